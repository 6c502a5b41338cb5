// The query editor: CodeMirror 5 (global from its UMD script) in SPARQL mode, Ctrl+Enter to run, Ctrl+Space to
// complete the project's prefixed classes and properties and its entities by label (English or 中文).
const CodeMirror = window.CodeMirror;

/** Completion entries from /api/vocabulary: prefixed names for ikg: terms, <IRI> for entities found by label. */
function completions(vocabulary) {
  const prefixes = Object.entries(vocabulary.prefixes || {});
  const shorten = (iri) => {
    for (const [p, ns] of prefixes) {
      if (iri.startsWith(ns) && /^[A-Za-z_][\w-]*$/.test(iri.slice(ns.length))) return `${p}:${iri.slice(ns.length)}`;
    }
    return `<${iri}>`;
  };
  const entry = (term, kind) => {
    const text = shorten(term.iri);
    const names = [term.en, term.zh].filter(Boolean);
    return { text, kind, displayText: names.length ? `${text}  ${names.join(' · ')}` : text, keys: [text, ...names].map((k) => k.toLowerCase()) };
  };
  return [
    ...(vocabulary.classes || []).map((t) => entry(t, 'class')),
    ...(vocabulary.properties || []).map((t) => entry(t, 'property')),
    ...(vocabulary.entities || []).map((t) => entry(t, 'entity')),
  ];
}

export function createEditor(textarea, { onRun }) {
  let entries = [];
  const hint = (cm) => {
    const cursor = cm.getCursor();
    const line = cm.getLine(cursor.line).slice(0, cursor.ch);
    const word = line.match(/[^\s{}().;,<>"'?$]*$/)[0];
    const needle = word.toLowerCase();
    const list = needle
      ? entries.filter((e) => e.keys.some((k) => k.startsWith(needle) || (needle.length > 1 && k.includes(needle))))
      : entries.filter((e) => e.kind !== 'entity');
    return {
      list: list.slice(0, 60).map((e) => ({ text: e.text, displayText: e.displayText, className: `hint-${e.kind}` })),
      from: CodeMirror.Pos(cursor.line, cursor.ch - word.length),
      to: cursor,
    };
  };
  const cm = CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    autoCloseBrackets: true,
    indentUnit: 2,
    lineWrapping: true,
    screenReaderLabel: textarea.labels?.[0]?.textContent || 'SPARQL query',
    extraKeys: {
      'Ctrl-Enter': () => onRun(),
      'Cmd-Enter': () => onRun(),
      'Ctrl-Space': (editor) => editor.showHint({ hint, completeSingle: false }),
      // Tab leaves the editor for keyboard users unless a hint is open.
      Tab: false,
      'Shift-Tab': false,
    },
  });
  // A prefixed name being typed opens the hints by itself.
  cm.on('inputRead', (editor, change) => {
    if (change.origin === '+input' && /[:\w\u4e00-\u9fff]/.test(change.text.join('')) && !editor.state.completionActive) {
      const line = editor.getLine(change.from.line).slice(0, change.from.ch + 1);
      if (/\b[a-z]+:[\w-]*$/i.test(line)) editor.showHint({ hint, completeSingle: false });
    }
  });
  const container = cm.getWrapperElement().parentElement;
  let marked = null;

  return {
    get value() {
      return cm.getValue();
    },
    set value(text) {
      cm.setValue(text);
      this.clearError();
    },
    setVocabulary(vocabulary) {
      entries = completions(vocabulary);
    },
    markError(line) {
      this.clearError();
      if (!line || line > cm.lineCount()) return;
      marked = cm.addLineClass(line - 1, 'background', 'cm-error-line');
      container.dataset.errorLine = String(line);
      cm.scrollIntoView({ line: line - 1, ch: 0 }, 60);
    },
    clearError() {
      if (marked) cm.removeLineClass(marked, 'background', 'cm-error-line');
      marked = null;
      delete container.dataset.errorLine;
    },
    focus() {
      cm.focus();
    },
    refresh() {
      cm.refresh();
    },
  };
}
