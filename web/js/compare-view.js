// How two models differ: a table of family, size, context, date, licence, base model, tools and benchmarks,
// each value with links to its sources; rows that differ stand out, disputed values are listed under them.
import { fetchComparison } from './api.js';
import { el, safeHref } from './dom.js';
import { createEntityPicker } from './entity-picker.js';
import { applyTranslations, language, otherLabel, pickLabel, statusLine, t } from './i18n.js';

const MODEL = 'Model';

export function mountCompareView(controller, section) {
  const a = createEntityPicker({ label: t('compare.a'), placeholder: t('compare.aExample'), type: MODEL, id: 'compare-a' });
  const b = createEntityPicker({ label: t('compare.b'), placeholder: t('compare.bExample'), type: MODEL, id: 'compare-b' });
  const go = el('button', { className: 'primary', attrs: { type: 'button', id: 'compare-go' } });
  const status = el('p', { className: 'muted insights-status', attrs: { role: 'status' } });
  const table = el('table', { className: 'compare', attrs: { id: 'compare-table' } });
  section.append(el('div', { className: 'insights-form' }, [a, b, go]), status, table);
  applyTranslations([
    ['label[for="compare-a"]', 'compare.a'], ['#compare-a', 'compare.aExample', 'placeholder'],
    ['label[for="compare-b"]', 'compare.b'], ['#compare-b', 'compare.bExample', 'placeholder'], ['#compare-go', 'compare.go'],
  ], section);
  const say = statusLine(status);
  let result = null;

  const name = pickLabel;
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
      v.property.endsWith('/parameterCount') ? el('span', { className: 'muted', text: ` ${t('compare.billions')}` }) : null,
      v.via ? el('span', { className: 'muted', text: ` ${t('compare.via', { name: name(v.via.label, v.via.iri) })}` }) : null,
      v.confidence ? el('span', { className: `badge badge-${v.confidence}`, text: v.confidence }) : null,
      refs(v.sources),
    ])));
    c.reported.forEach((r) => ul.append(el('li', { className: 'reported' }, [
      el('span', { className: 'badge badge-disputed', text: t('compare.alsoReported') }), el('span', { text: ' ' }), valueNode(r.value), refs(r.sources),
    ])));
    if (c.values.length || c.reported.length) td.append(ul);
    return td;
  };

  const render = () => {
    const head = el('tr', {}, [el('th', { text: '' }), ...[result.a, result.b].map((m) => el('th', {}, [
      el('span', { text: name(m.label, m.iri) }), otherLabel(m.label),
    ]))]);
    const rows = result.rows
      .filter((r) => r.a.values.length || r.b.values.length || r.a.reported.length || r.b.reported.length)
      .map((r) => {
        // the server's English row name where the interface has no string for the row
        const key = `compare.row.${r.key}`;
        const title = t(key) === key ? r.label : t(key);
        return el('tr', { className: r.same ? 'is-same' : 'is-different', attrs: { 'data-row': r.key } }, [
          el('th', { text: title, attrs: { scope: 'row' } }), cell(r.a), cell(r.b)]);
      });
    table.replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
  };

  const run = async () => {
    if (!a.value() || !b.value()) {
      say('compare.chooseTwo');
      return;
    }
    say('compare.comparing');
    section.dataset.loaded = 'false';
    try {
      result = await fetchComparison(a.value(), b.value());
    } catch (error) {
      say.text(error.message);
      result = null;
      table.replaceChildren();
      return;
    }
    say('compare.done');
    render();
    section.dataset.loaded = 'true';
  };
  language.addEventListener('languageChanged', () => {
    if (result) render();
  });
  go.addEventListener('click', run);
  return {
    compareWith(iri, label) {
      a.set(iri, label);
      say('compare.chooseOther');
      b.querySelector('input').focus();
    },
  };
}
