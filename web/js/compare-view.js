// How two models differ: a table of family, size, context, date, licence, base model, tools and benchmarks,
// each value with links to its sources; rows that differ stand out, disputed values are listed under them.
import { fetchComparison } from './api.js';
import { el, safeHref } from './dom.js';
import { createEntityPicker } from './entity-picker.js';

const MODEL = 'Model';

export function mountCompareView(controller, section) {
  const a = createEntityPicker({ label: 'Model A', placeholder: 'e.g. InternLM2.5-7B-Chat', type: MODEL, id: 'compare-a' });
  const b = createEntityPicker({ label: 'Model B', placeholder: 'e.g. InternLM2-Chat-7B', type: MODEL, id: 'compare-b' });
  const go = el('button', { className: 'primary', text: 'Compare', attrs: { type: 'button', id: 'compare-go' } });
  const status = el('p', { className: 'muted insights-status', attrs: { role: 'status' } });
  const table = el('table', { className: 'compare', attrs: { id: 'compare-table' } });
  section.append(el('div', { className: 'insights-form' }, [a, b, go]), status, table);

  const name = (labels, fallback) => labels?.en || labels?.zh || fallback;
  const valueNode = (v) => {
    if (v.iri) {
      const link = el('button', { className: 'link-button', text: name(v.label, v.iri), attrs: { type: 'button', 'data-iri': v.iri } });
      link.addEventListener('click', () => controller.focus(v.iri));
      return link;
    }
    return el('span', { text: v.value, attrs: v.lang ? { lang: v.lang } : {} });
  };
  const refs = (sources) => el('span', { className: 'refs' }, sources.map((s, i) => el('a', {
    className: 'ref', text: `[${i + 1}]`, attrs: { href: safeHref(s.document) || safeHref(s.iri), title: s.label, target: '_blank', rel: 'noopener' },
  })));
  const cell = (c) => {
    const td = el('td');
    if (!c.values.length && !c.reported.length) td.append(el('span', { className: 'muted', text: '—' }));
    const ul = el('ul');
    c.values.forEach((v) => ul.append(el('li', {}, [
      valueNode(v.value),
      v.property.endsWith('/parameterCount') ? el('span', { className: 'muted', text: ' billion parameters (nominal)' }) : null,
      v.via ? el('span', { className: 'muted', text: ` (via ${name(v.via.label, v.via.iri)})` }) : null,
      v.confidence ? el('span', { className: `badge badge-${v.confidence}`, text: v.confidence }) : null,
      refs(v.sources),
    ])));
    c.reported.forEach((r) => ul.append(el('li', { className: 'reported' }, [
      el('span', { className: 'badge badge-disputed', text: 'also reported' }), el('span', { text: ' ' }), valueNode(r.value), refs(r.sources),
    ])));
    if (c.values.length || c.reported.length) td.append(ul);
    return td;
  };

  const run = async () => {
    if (!a.value() || !b.value()) {
      status.textContent = 'Choose two models from the suggestions first.';
      return;
    }
    status.textContent = 'Comparing…';
    section.dataset.loaded = 'false';
    let result;
    try {
      result = await fetchComparison(a.value(), b.value());
    } catch (error) {
      status.textContent = error.message;
      table.replaceChildren();
      return;
    }
    status.textContent = 'Every value links to its sources; differing rows are highlighted.';
    const head = el('tr', {}, [el('th', { text: '' }), ...[result.a, result.b].map((m) => el('th', {}, [
      el('span', { text: name(m.label, m.iri) }), m.label?.zh ? el('span', { className: 'hit-zh', text: m.label.zh, attrs: { lang: 'zh' } }) : null,
    ]))]);
    const rows = result.rows
      .filter((r) => r.a.values.length || r.b.values.length || r.a.reported.length || r.b.reported.length)
      .map((r) => el('tr', { className: r.same ? 'is-same' : 'is-different', attrs: { 'data-row': r.key } }, [el('th', { text: r.label, attrs: { scope: 'row' } }), cell(r.a), cell(r.b)]));
    table.replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
    section.dataset.loaded = 'true';
  };
  go.addEventListener('click', run);
  return {
    compareWith(iri, label) {
      a.set(iri, label);
      status.textContent = 'Now choose the model to compare with.';
      b.querySelector('input').focus();
    },
  };
}
