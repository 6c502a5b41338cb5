// A sortable, paged table of SPARQL JSON bindings. IRIs open in the explorer (/?focus=IRI); literals show
// their language or datatype. At most `maxRows` rows are kept; the rest is for "download all".
import { el } from '../dom.js';
import { t } from '../i18n.js';

const PAGE = 50;
const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;

function sortKey(term) {
  if (!term) return { n: null, s: '' };
  if (term.type === 'literal' && term.datatype && NUMERIC.test(term.datatype)) return { n: Number(term.value), s: term.value };
  return { n: null, s: term.value };
}

function compare(a, b) {
  const x = sortKey(a);
  const y = sortKey(b);
  if (x.n !== null && y.n !== null) return x.n - y.n;
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  return x.s.localeCompare(y.s);
}

export function renderTable(container, json, { maxRows, describe }) {
  const vars = json.head?.vars || [];
  const all = json.results?.bindings || [];
  const rows = all.slice(0, maxRows);
  let page = 0;
  let sort = null;
  const order = rows.map((_, i) => i);

  const cell = (term) => {
    if (!term) return el('td');
    if (term.type === 'uri') {
      return el('td', {}, [el('a', {
        text: describe(term.value),
        attrs: { href: `/?focus=${encodeURIComponent(term.value)}`, title: `${t('wb.openInExplorer')}: ${term.value}`, 'data-iri': term.value },
      })]);
    }
    if (term.type === 'bnode') return el('td', { text: `_:${term.value}` });
    const tag = term['xml:lang'] || (term.datatype ? term.datatype.replace(/^.*[#/]/, '') : null);
    return el('td', {}, [el('span', { text: term.value, attrs: { lang: term['xml:lang'] } }), tag ? el('span', { className: 'lit-tag', text: tag }) : null]);
  };

  const draw = () => {
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    page = Math.min(page, pages - 1);
    const head = el('tr', {}, vars.map((v) => {
      const button = el('button', { text: `?${v}`, attrs: { type: 'button', 'aria-label': t('wb.sortBy', { name: v }) } });
      button.addEventListener('click', () => {
        sort = sort?.v === v && sort.dir === 1 ? { v, dir: -1 } : { v, dir: 1 };
        order.sort((i, j) => sort.dir * compare(rows[i][v], rows[j][v]) || i - j);
        draw();
      });
      const aria = sort?.v === v ? (sort.dir === 1 ? 'ascending' : 'descending') : null;
      return el('th', { attrs: { scope: 'col', 'aria-sort': aria } }, [button]);
    }));
    const body = order.slice(page * PAGE, page * PAGE + PAGE).map((i) => el('tr', {}, vars.map((v) => cell(rows[i][v]))));
    const table = el('table', { className: 'wb-table', attrs: { 'data-row-count': rows.length } }, [el('thead', {}, [head]), el('tbody', {}, body)]);
    const parts = [];
    if (!all.length) parts.push(el('p', { className: 'wb-note', text: t('wb.noRows') }));
    if (all.length > rows.length) parts.push(el('p', { className: 'wb-note', text: t('wb.shownOf', { shown: rows.length, n: all.length }) }));
    parts.push(table);
    if (pages > 1) {
      const prev = el('button', { text: t('wb.prev'), attrs: { type: 'button', 'data-page': 'prev', disabled: page === 0 } });
      const next = el('button', { text: t('wb.next'), attrs: { type: 'button', 'data-page': 'next', disabled: page >= pages - 1 } });
      prev.addEventListener('click', () => { page--; draw(); });
      next.addEventListener('click', () => { page++; draw(); });
      parts.push(el('div', { className: 'wb-pager' }, [prev, el('span', { text: t('wb.page', { page: page + 1, pages }) }), next]));
    }
    container.replaceChildren(...parts);
  };
  draw();
  return { redraw: draw };
}
