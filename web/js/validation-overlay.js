// The validation overlay: runs the shapes and data checks (/api/validation, cached on the server per store
// revision), marks the drawn nodes that have findings (has-violation, has-warning), lists the findings to step
// through (previous / next focus the node, fetching it when it is not drawn) and adds a node's messages to the
// details panel.
import { el } from './dom.js';
import { t } from './i18n.js';

function shortPath(path) {
  if (!path) return '';
  const m = /[#/]([^#/>]+)>?$/.exec(path);
  return m ? m[1] : path;
}

export function mountValidationOverlay(controller, toolbar, wrap, details) {
  const open = el('button', { text: t('check.open'), attrs: { type: 'button', id: 'validation-open', title: t('check.openTitle') } });
  toolbar.append(open);
  const summary = el('p', { className: 'validation-summary', attrs: { id: 'validation-summary', role: 'status' } });
  const previous = el('button', { text: t('check.previous'), attrs: { type: 'button', id: 'validation-previous' } });
  const next = el('button', { text: t('check.next'), attrs: { type: 'button', id: 'validation-next' } });
  const close = el('button', { text: t('check.close'), attrs: { type: 'button', id: 'validation-close' } });
  const list = el('ol', { className: 'validation-list', attrs: { id: 'validation-list' } });
  const panel = el('section', { className: 'validation-panel', attrs: { id: 'validation', hidden: true, 'aria-label': t('check.heading') } }, [
    el('h2', { text: t('check.heading') }),
    summary,
    el('div', { className: 'actions' }, [previous, next, close]),
    list,
  ]);
  wrap.append(panel);

  let findings = [];
  let byFocus = new Map();
  let index = -1;

  const mark = () => {
    const violations = [];
    const warnings = [];
    for (const [focus, fs] of byFocus) {
      if (fs.some((f) => f.severity === 'VIOLATION')) violations.push(focus);
      else if (fs.some((f) => f.severity === 'WARNING')) warnings.push(focus);
    }
    controller.markNodes('has-violation', violations);
    controller.markNodes('has-warning', warnings);
  };

  const step = async (delta) => {
    if (!findings.length) return;
    index = (index + delta + findings.length) % findings.length;
    list.querySelectorAll('li').forEach((li, i) => li.classList.toggle('is-current', i === index));
    panel.dataset.index = String(index);
    // A finding about the dataset as a whole, or a blank node, has nothing to focus.
    if (/^https?:\/\//.test(findings[index].focus)) await controller.focus(findings[index].focus);
  };

  const load = async () => {
    summary.textContent = '…';
    panel.dataset.loaded = 'false';
    try {
      const response = await fetch('/api/validation', { headers: { Accept: 'application/json' } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail || response.statusText);
      findings = body.findings;
      byFocus = new Map();
      findings.forEach((f) => byFocus.set(f.focus, [...(byFocus.get(f.focus) || []), f]));
      index = -1;
      summary.textContent = findings.length ? t('check.summary', body) : t('check.none');
      list.replaceChildren(...findings.map((f, i) => {
        const item = el('li', { className: `is-${f.severity.toLowerCase()}`, attrs: { 'data-focus': f.focus, 'data-severity': f.severity } }, [
          el('button', { className: 'link-button', text: f.focus.replace('https://w3id.org/internkg/id/', ''), attrs: { type: 'button' } }),
          el('span', { className: 'muted', text: ` ${f.severity.toLowerCase()}${f.path ? ` · ${shortPath(f.path)}` : ''}` }),
          el('div', { text: f.message }),
        ]);
        item.querySelector('button').addEventListener('click', () => step(i - index));
        return item;
      }));
      mark();
      panel.dataset.loaded = 'true';
      panel.dataset.count = String(findings.length);
    } catch (error) {
      summary.textContent = error.message;
    }
  };

  // The details panel renders on its own; once it has loaded a resource with findings, they go on top of it.
  const annotate = () => {
    if (details.dataset.loaded !== 'true' || details.querySelector('.validation-findings')) return;
    const fs = byFocus.get(details.dataset.iri);
    if (!fs) return;
    const section = el('section', { className: 'validation-findings', attrs: { 'data-count': fs.length } }, [
      el('h3', { text: t('check.inDetails') }),
      el('ul', {}, fs.map((f) => el('li', { className: `is-${f.severity.toLowerCase()}` }, [
        el('strong', { text: `${f.severity.toLowerCase()}${f.path ? ` · ${shortPath(f.path)}` : ''}: ` }),
        document.createTextNode(f.message),
      ]))),
    ]);
    const head = details.querySelector('.details-head');
    if (head) head.after(section);
    else details.prepend(section);
  };
  new MutationObserver(annotate).observe(details, { attributes: true, attributeFilter: ['data-loaded'], childList: true });

  open.addEventListener('click', async () => {
    panel.hidden = false;
    await load();
    annotate();
  });
  close.addEventListener('click', () => {
    panel.hidden = true;
    byFocus = new Map();
    findings = [];
    mark();
  });
  previous.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  controller.addEventListener('graphChanged', () => {
    if (byFocus.size) mark();
  });
}
