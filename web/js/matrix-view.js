// The compatibility matrix view: models × tools from /api/matrix, each cell yes / no / unknown with the
// engine, platform and precision a source names and links to those sources. A cell links to the explorer
// with the model and the tool expanded and the model selected (a permalink, so it also opens in a new tab).
// Opened by the "Matrix" link in the top bar or by ?view=matrix; it covers the explorer, which keeps its state.
// On a store with more models than the server answers in one matrix, the view asks for one family at a time,
// chosen with a search field (?family=IRI in the address opens that family).
import { el, safeHref } from './dom.js';
import { createEntityPicker } from './entity-picker.js';
import { language, pickLabel, t } from './i18n.js';
import { shortId } from './replay-runs.js';

const ID = 'https://w3id.org/internkg/id/';
const SYMBOL = { yes: '✓', no: '✗', unknown: '?' };

/** The explorer URL that shows the subgraph behind a cell: model and tool expanded, the model selected. */
export function cellHref(model, tool) {
  const url = new URL('/', window.location.origin);
  url.searchParams.append('x', shortId(model));
  url.searchParams.append('x', shortId(tool));
  url.searchParams.set('focus', model);
  return `${url.pathname}${url.search}`;
}

function qualifiers(evidence) {
  const parts = new Set();
  for (const e of evidence) {
    if (!e.supported) continue;
    const q = [e.engine, e.platform, e.precision, e.backend].filter(Boolean).join(' ');
    if (q) parts.add(q);
  }
  return [...parts].join('; ');
}

function sourceTitle(e) {
  const verdict = e.supported ? t('matrix.yes') : t('matrix.no');
  const scope = e.viaFamily ? ` (${t('matrix.viaFamily')})` : '';
  const settings = [e.engine, e.platform, e.precision, e.backend].filter(Boolean).join(' ');
  const commit = e.commit ? ` @ ${e.commit.slice(0, 7)}` : '';
  return `${verdict}${scope}${settings ? ` · ${settings}` : ''} — ${e.sourceLabel || e.sourceGraph}${commit}`;
}

export function mountMatrixView(nav, layout) {
  const familySelect = el('select', { attrs: { id: 'matrix-family', 'aria-label': t('matrix.family') } });
  const familyChoice = el('label', { text: `${t('matrix.family')} ` }, [familySelect]);
  const familyPicker = createEntityPicker({ label: t('matrix.family'), placeholder: t('matrix.pickFamily'), type: 'ModelFamily', id: 'matrix-family-search' });
  familyPicker.hidden = true;
  const csv = el('a', { className: 'button-link', text: t('matrix.csv'), attrs: { id: 'matrix-csv', href: '/api/matrix?format=csv', download: 'internkg-matrix.csv' } });
  const close = el('button', { text: t('matrix.close'), attrs: { type: 'button', id: 'matrix-close' } });
  const summary = el('p', { className: 'muted', attrs: { id: 'matrix-summary', role: 'status' } });
  const tableWrap = el('div', { className: 'matrix-table-wrap' });
  const section = el('section', { className: 'matrix-view', attrs: { id: 'matrix-view', 'aria-label': t('matrix.heading'), hidden: true, 'data-loaded': 'false' } }, [
    el('div', { className: 'matrix-head' }, [
      el('h2', { text: t('matrix.heading') }),
      familyChoice,
      familyPicker,
      csv,
      close,
    ]),
    el('p', { className: 'hint', text: t('matrix.intro') }),
    summary,
    tableWrap,
  ]);
  layout.after(section);

  const link = el('a', { text: t('views.matrix'), attrs: { id: 'matrix-open', href: '/?view=matrix', title: t('views.matrixTitle') } });
  nav.prepend(link);

  let matrix = null;
  let families = null;
  let oneFamily = null; // the family asked for, when the server answers one family at a time

  const render = () => {
    const family = oneFamily || familySelect.value;
    const rows = matrix.models.filter((m) => !family || m.families.includes(family));
    const cells = new Map(matrix.cells.map((c) => [`${c.model} ${c.tool}`, c]));
    const counts = { yes: 0, no: 0, unknown: 0 };
    const head = el('tr', {}, [
      el('th', { text: t('matrix.model'), attrs: { scope: 'col' } }),
      el('th', { text: t('matrix.family'), attrs: { scope: 'col' } }),
      ...matrix.tools.map((tool) => el('th', { attrs: { scope: 'col', 'data-tool': tool.iri } }, [
        el('a', { text: pickLabel({ en: tool.label, zh: tool.labelZh }, tool.iri), attrs: { href: `/?focus=${encodeURIComponent(tool.iri)}` } }),
      ])),
    ]);
    const body = rows.map((model) => el('tr', { attrs: { 'data-model': model.iri } }, [
      el('th', { attrs: { scope: 'row' } }, [
        el('a', { text: pickLabel({ en: model.label, zh: model.labelZh }, model.iri), attrs: { href: `/?focus=${encodeURIComponent(model.iri)}` } }),
      ]),
      el('td', { className: 'muted', text: model.familyLabels.join(', ') }),
      ...matrix.tools.map((tool) => {
        const cell = cells.get(`${model.iri} ${tool.iri}`);
        counts[cell.status]++;
        const q = qualifiers(cell.evidence);
        const main = el('a', {
          className: 'matrix-cell-link',
          attrs: { href: cellHref(model.iri, tool.iri), title: cell.evidence.map(sourceTitle).join('\n') || t('matrix.unknown') },
        }, [
          el('span', { className: 'matrix-symbol', text: SYMBOL[cell.status] }),
          el('span', { className: 'matrix-status', text: ` ${t(`matrix.${cell.status}`)}` }),
          cell.viaFamily ? el('span', { className: 'matrix-scope', text: ` (${t('matrix.viaFamily')})` }) : null,
          q ? el('span', { className: 'matrix-qualifiers', text: ` ${q}` }) : null,
        ]);
        const refs = cell.evidence.map((e, i) => {
          const href = safeHref(e.sourceUrl) || `/id/${e.sourceGraph.slice(ID.length)}`;
          return el('a', { className: 'ref', text: `[${i + 1}]`, attrs: { href, title: sourceTitle(e), rel: 'noopener', target: '_blank' } });
        });
        return el('td', {
          className: `matrix-cell is-${cell.status}`,
          attrs: { 'data-model': model.iri, 'data-tool': tool.iri, 'data-status': cell.status },
        }, [main, refs.length ? el('span', { className: 'refs' }, refs) : null]);
      }),
    ]));
    tableWrap.replaceChildren(el('table', { className: 'matrix', attrs: { id: 'matrix-table' } }, [el('thead', {}, [head]), el('tbody', {}, body)]));
    summary.textContent = t('matrix.counts', { models: rows.length, tools: matrix.tools.length, ...counts });
    const csvUrl = new URL('/api/matrix', window.location.origin);
    csvUrl.searchParams.set('format', 'csv');
    if (family) csvUrl.searchParams.set('family', family);
    csv.href = `${csvUrl.pathname}${csvUrl.search}`;
  };

  const fetchMatrix = async (family) => {
    const url = new URL('/api/matrix', window.location.origin);
    if (family) url.searchParams.set('family', family);
    const response = await fetch(`${url.pathname}${url.search}`, { headers: { Accept: 'application/json' } });
    return { response, body: await response.json() };
  };

  const shown = (body) => {
    matrix = body;
    render();
    section.dataset.loaded = 'true';
  };

  const fail = (error) => {
    summary.textContent = error.message;
    summary.classList.add('error');
  };

  // One family at a time: the search field picks it, the address keeps it.
  const loadFamily = async (family) => {
    summary.classList.remove('error');
    summary.textContent = t('matrix.loading');
    section.dataset.loaded = 'false';
    try {
      const { response, body } = await fetchMatrix(family);
      if (!response.ok) throw new Error(body.detail || response.statusText);
      oneFamily = family;
      section.dataset.family = family;
      const url = new URL(window.location.href);
      url.searchParams.set('family', family);
      window.history.replaceState(null, '', url);
      shown(body);
    } catch (error) {
      fail(error);
    }
  };

  const load = async () => {
    summary.textContent = t('matrix.loading');
    const wanted = new URLSearchParams(window.location.search).get('family');
    try {
      const { response, body } = await fetchMatrix(null);
      if (response.ok && body.familyRequired) {
        familyChoice.hidden = true;
        familyPicker.hidden = false;
        section.dataset.oneFamily = 'true';
        tableWrap.replaceChildren();
        summary.textContent = `${t('matrix.manyModels')} ${body.familyRequired.detail}`;
        if (wanted) loadFamily(wanted);
        return;
      }
      if (!response.ok) throw new Error(body.detail || response.statusText);
      families = new Map();
      body.models.forEach((m) => m.families.forEach((f, i) => families.set(f, m.familyLabels[i])));
      familySelect.replaceChildren(el('option', { text: t('matrix.allFamilies'), attrs: { value: '' } }),
        ...[...families].sort((a, b) => a[1].localeCompare(b[1])).map(([iri, label]) => el('option', { text: label, attrs: { value: iri } })));
      if (wanted && families.has(wanted)) familySelect.value = wanted;
      shown(body);
    } catch (error) {
      fail(error);
    }
  };

  const show = (visible) => {
    section.hidden = !visible;
    link.classList.toggle('is-current', visible);
    const url = new URL(window.location.href);
    if (visible) url.searchParams.set('view', 'matrix');
    else url.searchParams.delete('view');
    window.history.replaceState(null, '', url);
    if (visible && !matrix && !section.dataset.oneFamily) load();
  };

  link.addEventListener('click', (e) => {
    e.preventDefault();
    show(true);
  });
  close.addEventListener('click', () => show(false));
  familySelect.addEventListener('change', () => {
    if (matrix) render();
  });
  familyPicker.addEventListener('picked', (e) => loadFamily(e.detail.iri));
  language.addEventListener('languageChanged', () => {
    if (matrix) render();
  });
  if (new URLSearchParams(window.location.search).get('view') === 'matrix') show(true);
}
