// Search with autocomplete: debounced calls to /api/search, a keyboard-navigable listbox; choosing a hit
// asks the controller to focus the resource.
import { searchResources } from './api.js';
import { debounce, el } from './dom.js';
import { typeStyle } from './graph-style.js';
import { hitTitle, pickLabel, t } from './i18n.js';

export function mountSearchBox(controller, input, list) {
  let hits = [];
  let active = -1;
  let inflight = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i) => {
    const items = list.querySelectorAll('[role="option"]');
    items.forEach((item, k) => item.setAttribute('aria-selected', String(k === i)));
    active = i;
    if (i >= 0 && items[i]) {
      input.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({ block: 'nearest' });
    }
  };

  const choose = (hit) => {
    close();
    input.value = pickLabel(hit.label, hit.matched || hit.iri);
    controller.focus(hit.iri);
  };

  const render = (query) => {
    list.replaceChildren();
    if (!hits.length) {
      list.append(el('li', { className: 'search-empty', text: t('search.noMatch', { query }) }));
    }
    hits.forEach((hit, i) => {
      const style = typeStyle(`type-${(hit.type || '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`);
      const swatch = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = style.color;
      const title = hitTitle(hit.label, hit.matched);
      const meta = el('span', { className: 'hit-meta', text: [hit.typeLabel, hit.huggingFaceId].filter(Boolean).join(' · ') });
      const item = el('li', { attrs: { role: 'option', id: `search-hit-${i}`, 'aria-selected': 'false', 'data-iri': hit.iri } }, [
        swatch, el('span', { className: 'hit-body' }, [title, meta, hit.snippet ? el('span', { className: 'hit-snippet', text: hit.snippet }) : null]),
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
    const query = input.value.trim();
    if (!query) {
      close();
      return;
    }
    inflight?.abort();
    inflight = new AbortController();
    try {
      const result = await searchResources(query, { limit: 10, signal: inflight.signal });
      if (input.value.trim() !== query) return;
      hits = result.hits;
      render(query);
    } catch (error) {
      if (error.name !== 'AbortError') controller.dispatchEvent(new CustomEvent('failed', { detail: { message: error.message } }));
    }
  }, 180);

  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      if (list.hidden) render(input.value.trim());
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
}
