// The changes grouped by the resource they are about: one section per resource, one line per change with its sign,
// property, value(s) and source document. Built with textContent only: labels and values are data.
import { el, safeHref } from '../dom.js';

const SIGNS = { added: '+', removed: '−', changed: '~' };
const WORDS = { added: 'added', removed: 'removed', changed: 'changed' };

function valueText(value) {
  if (!value) return '';
  if (value.iri) return value.label ? `${value.label} (${value.name})` : value.name;
  // A literal reads as its text (a date as 2024-07-03), with its language where it has one.
  if (value.literal !== undefined) return value.language ? `${value.literal} @${value.language}` : value.literal;
  return value.text;
}

function sourceLink(source) {
  if (!source) return el('span', { className: 'change-source', text: 'no source' });
  const href = safeHref(source.document);
  const text = source.label || source.graph || 'source';
  const children = [href ? el('a', { text, attrs: { href, rel: 'noopener' } }) : el('span', { text })];
  if (source.commit) children.push(el('span', { className: 'change-commit', text: ` @ ${source.commit}` }));
  return el('span', { className: 'change-source' }, children);
}

function changeItem(change) {
  const what = change.predicate ? (change.predicate.label || change.predicate.name) : 'statement';
  const value = change.change === 'changed'
    ? [el('span', { className: 'change-before', text: valueText(change.before) }), el('span', { text: ' → ' }),
      el('span', { className: 'change-after', text: valueText(change.after) })]
    : [el('span', { className: 'change-value', text: valueText(change.after || change.before) })];
  const source = change.sourceBefore
    ? [sourceLink(change.sourceBefore), el('span', { text: ' → ' }), sourceLink(change.source)]
    : [sourceLink(change.source)];
  return el('li', { className: `change is-${change.change}`, attrs: { 'data-change': change.change } }, [
    el('span', { className: 'change-sign', text: SIGNS[change.change], attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'visually-hidden', text: `${WORDS[change.change]}: ` }),
    el('span', { className: 'change-property', text: what }),
    el('span', { className: 'change-values' }, value),
    el('span', { className: 'change-from' }, [el('span', { text: 'source: ' }), ...source]),
  ]);
}

// Resources of this knowledge base open on their page here; a source document opens where it lives.
function pageOf(iri) {
  const ns = 'https://w3id.org/internkg';
  return iri.startsWith(`${ns}/`) ? iri.slice(ns.length) : safeHref(iri);
}

function subjectHeading(subject) {
  if (!subject) return el('h3', { text: '(about no resource)' });
  const text = subject.label || subject.name;
  const href = pageOf(subject.iri);
  return el('h3', {}, [
    el('span', { text }),
    el('span', { className: 'change-iri', text: subject.name }),
    href ? el('a', { className: 'change-open', text: 'open', attrs: { href, 'aria-label': `Open ${text}` } }) : null,
  ]);
}

export function renderChangeList(container, changes) {
  const groups = new Map();
  for (const change of changes) {
    const key = change.subject ? change.subject.iri : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(change);
  }
  const sections = [...groups.values()].map((items) => el('section', {
    className: 'change-entity', attrs: { 'data-iri': items[0].subject ? items[0].subject.iri : '' },
  }, [subjectHeading(items[0].subject), el('ul', {}, items.map(changeItem))]));
  container.replaceChildren(...sections);
  container.dataset.count = String(changes.length);
  container.dataset.loaded = 'true';
}
