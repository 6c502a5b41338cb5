// The SPARQL workbench at /query: editor, examples, history, running with elapsed time and Cancel, and the
// results as table, graph or raw text. State for tests: #workbench carries data-state
// (idle | running | done | error | cancelled); #results carries data-kind and data-row-count.
import { el } from '../dom.js';
import { applyTranslations, currentLanguage, language, mountLanguageSwitch, pickLabel, t } from '../i18n.js';
import { createEditor } from './query-editor.js';
import { loadHistory, remember } from './query-history.js';
import { parseNTriples } from './ntriples.js';
import { renderTable } from './results-table.js';
import { renderGraph, triplesFromBindings } from './results-graph.js';
import { renderChart } from './results-chart.js';
import { downloadFormats, downloadUrl, isGraphForm, queryForm, runQuery } from './sparql-client.js';

const $ = (id) => document.getElementById(id);
const root = $('workbench');
const status = $('wb-status');
const results = $('results');
const runButton = $('run');
const cancelButton = $('cancel');

applyTranslations([
  ['#wb-title', 'wb.title'], ['#nav-explorer', 'nav.explorer'], ['#nav-sparql', 'nav.sparql'], ['#nav-data', 'nav.data'],
  ['#examples-title', 'wb.examples'], ['#history-title', 'wb.history'], ['#editor-label', 'wb.editor'],
  ['#run', 'wb.run'], ['#run', 'wb.runTitle', 'title'], ['#cancel', 'wb.cancel'], ['#cancel', 'wb.cancelTitle', 'title'],
  ['#permalink', 'wb.permalink'], ['#permalink', 'wb.permalinkTitle', 'title'], ['#wb-hint', 'wb.hint'],
  ['#tab-table', 'wb.table'], ['#tab-graph', 'wb.graph'], ['#tab-raw', 'wb.raw'], ['#results-title', 'wb.results'],
  ['#tab-chart', 'chart.tab'],
]);
mountLanguageSwitch($('language'));

let labels = new Map();
let prefixes = [];
const describe = (iri) => {
  const label = labels.get(iri);
  if (label) return pickLabel(label, iri);
  for (const [p, ns] of prefixes) if (iri.startsWith(ns)) return `${p}:${iri.slice(ns.length)}`;
  return iri;
};

const editor = createEditor($('query-text'), { onRun: () => run() });

function defaultQuery(prefixTable) {
  const lines = Object.entries(prefixTable).map(([p, ns]) => `PREFIX ${p}: <${ns}>`);
  return `${lines.join('\n')}\n\nSELECT ?tool ?label WHERE {\n  ?tool a ikg:SoftwareTool ;\n        rdfs:label ?label .\n  FILTER(LANG(?label) = "en")\n}\nORDER BY ?label\nLIMIT 100\n`;
}

// ---- running ----
let running = null;
let last = null;
let tableRows = 1000;
let view = 'table';

function setState(state) {
  root.dataset.state = state;
  runButton.disabled = state === 'running';
  cancelButton.hidden = state !== 'running';
}

function seconds(start) {
  return ((performance.now() - start) / 1000).toFixed(1);
}

async function run() {
  if (running) return;
  const query = editor.value;
  editor.clearError();
  const controller = new AbortController();
  const start = performance.now();
  running = { controller, start };
  setState('running');
  status.classList.remove('error');
  status.textContent = t('wb.running', { s: '0.0' });
  const ticker = setInterval(() => { status.textContent = t('wb.running', { s: seconds(start) }); }, 100);
  renderHistory(remember(query));
  try {
    const answer = await runQuery(query, controller.signal);
    last = { ...answer, query, took: seconds(start) };
    setState('done');
    showResults();
  } catch (error) {
    if (error.name === 'AbortError') {
      setState('cancelled');
      status.textContent = t('wb.cancelled', { s: seconds(start) });
    } else {
      setState('error');
      status.classList.add('error');
      status.textContent = error.line ? `${t('wb.errorAt', { line: error.line })}${error.message}` : error.message;
      if (error.line) editor.markError(error.line);
    }
  } finally {
    clearInterval(ticker);
    running = null;
  }
}

cancelButton.addEventListener('click', () => running?.controller.abort());
runButton.addEventListener('click', () => run());

// ---- results ----
let graph = null;
let chart = null;

function showResults() {
  if (!last) return;
  results.hidden = false;
  const graphForm = isGraphForm(last.form);
  const triples = graphForm ? parseNTriples(last.text) : triplesFromBindings(last.json);
  results.dataset.kind = last.form.toLowerCase();
  if (graphForm) {
    status.textContent = t('wb.triples', { n: triples.length, s: last.took });
    results.dataset.rowCount = String(triples.length);
  } else if (last.json.boolean !== undefined) {
    status.textContent = t('wb.boolean', { value: String(last.json.boolean), s: last.took });
    results.dataset.rowCount = '1';
  } else {
    status.textContent = t('wb.rows', { n: last.json.results.bindings.length, s: last.took });
    results.dataset.rowCount = String(last.json.results.bindings.length);
  }
  // The table of a graph answer lists its triples.
  const tableJson = graphForm
    ? { head: { vars: ['s', 'p', 'o'] }, results: { bindings: triples } }
    : last.json.boolean !== undefined ? { head: { vars: ['boolean'] }, results: { bindings: [{ boolean: { type: 'literal', value: String(last.json.boolean) } }] } } : last.json;
  renderTable($('view-table'), tableJson, { maxRows: tableRows, describe });
  $('view-raw').textContent = last.text;
  $('tab-graph').disabled = !triples;
  last.triples = triples;
  if (graph) { graph.destroy(); graph = null; }
  if (chart) { chart.dispose(); chart = null; }
  $('tab-chart').disabled = isGraphForm(last.form) || last.json.boolean !== undefined;
  const downloads = $('downloads');
  downloads.replaceChildren(el('span', { text: t('wb.download') }), ...downloadFormats(last.form).map((f) => el('a', {
    text: f, attrs: { href: downloadUrl(last.query, f), download: `internkg-query.${f}`, 'data-format': f },
  })));
  selectView(graphForm ? 'graph' : view === 'graph' && !triples ? 'table' : view === 'chart' && $('tab-chart').disabled ? 'table' : view);
}

function selectView(name) {
  view = name;
  for (const v of ['table', 'graph', 'chart', 'raw']) {
    $(`tab-${v}`).setAttribute('aria-selected', String(v === name));
    $(`view-${v}`).hidden = v !== name;
  }
  if (name === 'graph' && last?.triples && !graph) {
    graph = renderGraph($('result-graph'), last.triples, { describe });
  } else if (name === 'graph' && !last?.triples) {
    $('result-graph').replaceChildren(el('p', { className: 'wb-note', text: t('wb.noGraph') }));
  }
  if (name === 'chart' && last?.json?.results && !chart) {
    chart = renderChart($('view-chart'), last.json, { describe });
  }
}

for (const v of ['table', 'graph', 'chart', 'raw']) $(`tab-${v}`).addEventListener('click', () => selectView(v));
language.addEventListener('languageChanged', () => {
  if (!last) return;
  if (graph) { graph.destroy(); graph = null; }
  if (chart) { chart.dispose(); chart = null; }
  showResults();
});

// ---- examples, history, permalink ----
function listButton(title, code, onClick, attrs = {}) {
  const button = el('button', { attrs: { type: 'button', ...attrs } }, [el('span', { text: title }), code ? el('span', { className: 'code', text: code }) : null]);
  button.addEventListener('click', onClick);
  return el('li', {}, [button]);
}

function renderHistory(list) {
  const ul = $('history');
  if (!list.length) {
    ul.replaceChildren(el('li', { className: 'wb-note', text: t('wb.historyEmpty') }));
    return;
  }
  ul.replaceChildren(...list.map((h) => {
    const first = h.query.split('\n').find((l) => l.trim() && !/^\s*(PREFIX|BASE)\b/i.test(l)) || h.query;
    const li = listButton(new Date(h.at).toLocaleString(currentLanguage() === 'zh' ? 'zh-CN' : 'en'), first.trim(), () => { editor.value = h.query; editor.focus(); });
    li.firstChild.firstChild.className = 'when';
    return li;
  }));
}
renderHistory(loadHistory());
language.addEventListener('languageChanged', () => renderHistory(loadHistory()));

$('permalink').addEventListener('click', async () => {
  const url = new URL('/query', window.location.origin);
  url.searchParams.set('q', editor.value);
  window.history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url.href);
  } catch {
    // Clipboard refused (insecure origin, headless): the address bar holds the link.
  }
  status.classList.remove('error');
  status.textContent = t('wb.copied');
});

const fromUrl = new URLSearchParams(window.location.search).get('q');
const [settings, vocabulary] = await Promise.all([
  fetch('/api/workbench').then((r) => r.json()),
  fetch('/api/vocabulary').then((r) => r.json()),
]);
tableRows = settings.tableRows;
prefixes = Object.entries(vocabulary.prefixes);
labels = new Map([...vocabulary.classes, ...vocabulary.properties, ...vocabulary.entities].map((v) => [v.iri, { en: v.en, zh: v.zh }]));
editor.setVocabulary(vocabulary);
$('examples').replaceChildren(...settings.examples.map((x) => listButton(x.title, null, () => {
  editor.value = x.query;
  editor.focus();
}, { 'data-example': x.id, title: x.id })));
editor.value = fromUrl ?? defaultQuery(vocabulary.prefixes);
if (queryForm(editor.value)) root.dataset.ready = 'true';
