// A small search field that picks one resource (the path finder's ends, the compare view's models): the same
// /api/search as the main search box, a keyboard-navigable listbox, and the choice kept on the element as
// data-iri. Emits 'picked' on the returned element.
import { searchResources } from './api.js';
import { debounce, el } from './dom.js';
import { hitTitle, otherLabelText, pickLabel, t } from './i18n.js';

let pickers = 0;

export function createEntityPicker({ label, placeholder, type, id }) {
  const n = ++pickers;
  const listId = `${id || `picker-${n}`}-results`;
  const input = el('input', {
    attrs: {
      id: id || `picker-${n}`, type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder,
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    },
  });
  const list = el('ul', { className: 'search-results picker-results', attrs: { id: listId, role: 'listbox', hidden: true } });
  const chosen = el('span', { className: 'picker-chosen muted' });
  const root = el('div', { className: 'picker' }, [
    el('label', { className: 'picker-label', text: label, attrs: { for: input.id } }), el('div', { className: 'picker-field' }, [input, list]), chosen,
  ]);
  let hits = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const setActive = (i) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((item, k) => item.setAttribute('aria-selected', String(k === i)));
  };
  const choose = (hit) => {
    close();
    const name = pickLabel(hit.label, hit.matched || hit.iri);
    input.value = name;
    root.dataset.iri = hit.iri;
    chosen.textContent = otherLabelText(hit.label) || '';
    root.dispatchEvent(new CustomEvent('picked', { detail: { iri: hit.iri, label: name } }));
  };
  const render = () => {
    list.replaceChildren();
    if (!hits.length) list.append(el('li', { className: 'search-empty', text: t('search.noMatchShort') }));
    hits.forEach((hit, i) => {
      const item = el('li', { attrs: { role: 'option', 'aria-selected': 'false', 'data-iri': hit.iri } }, [
        el('span', { className: 'hit-body' }, [
          hitTitle(hit.label, hit.matched),
          el('span', { className: 'hit-meta', text: hit.typeLabel || '' }),
        ]),
      ]);
      item.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(hit);
      });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length ? 0 : -1);
  };
  const run = debounce(async () => {
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    try {
      const result = await searchResources(q, { type, limit: 8 });
      if (input.value.trim() !== q) return;
      hits = result.hits;
      render();
    } catch {
      hits = [];
      close();
    }
  }, 180);

  input.addEventListener('input', () => {
    delete root.dataset.iri;
    chosen.textContent = '';
    run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && hits[active]) choose(hits[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  // Sets the choice from outside (a model's "Compare with…").
  root.set = (iri, name) => {
    input.value = name || iri;
    root.dataset.iri = iri;
    chosen.textContent = '';
  };
  root.value = () => root.dataset.iri || null;
  return root;
}
