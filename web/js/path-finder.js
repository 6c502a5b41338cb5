// How are two things connected: two pickers, the shortest paths listed as sentences whose arrows follow the
// triples, and the chosen path drawn and marked in the graph.
import { fetchPaths } from './api.js';
import { el } from './dom.js';
import { createEntityPicker } from './entity-picker.js';

export function mountPathFinder(controller, section) {
  const from = createEntityPicker({ label: 'From', placeholder: 'e.g. QLoRA', id: 'path-from' });
  const to = createEntityPicker({ label: 'To', placeholder: 'e.g. InternLM2-Chat-7B', id: 'path-to' });
  const length = el('select', { attrs: { id: 'path-max-length', 'aria-label': 'Longest path' } },
    [2, 3, 4, 5, 6].map((n) => el('option', { text: `≤ ${n} links`, attrs: { value: n, selected: n === 4 } })));
  const find = el('button', { className: 'primary', text: 'Find paths', attrs: { type: 'button', id: 'path-find' } });
  const status = el('p', { className: 'muted insights-status', attrs: { role: 'status' } });
  const results = el('ol', { className: 'path-results', attrs: { id: 'path-results' } });
  section.append(
    el('p', { className: 'insights-intro', text: 'How are two things connected? The shortest paths, following links in either direction.' }),
    el('div', { className: 'insights-form' }, [from, to, length, find]), status, results,
  );

  let result = null;
  const show = async (i) => {
    if (!result) return;
    const path = result.paths[i];
    results.querySelectorAll('li').forEach((li, k) => li.classList.toggle('is-current', k === i));
    const nodes = result.nodes.filter((n) => path.nodes.includes(n.data.id));
    const edges = result.edges.filter((e) => path.edges.includes(e.data.id));
    await controller.showMarked({ nodes, edges }, { focus: path.nodes[0] });
    section.dataset.shown = String(i);
  };

  const run = async () => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) {
      status.textContent = 'Choose both ends from the suggestions first.';
      return;
    }
    status.textContent = 'Searching…';
    results.replaceChildren();
    section.dataset.loaded = 'false';
    try {
      result = await fetchPaths(a, b, { maxLength: length.value, limit: 8 });
    } catch (error) {
      status.textContent = error.message;
      return;
    }
    status.textContent = result.paths.length
      ? `${result.paths.length} path${result.paths.length > 1 ? 's' : ''}, shortest first (${result.paths[0].length} link${result.paths[0].length > 1 ? 's' : ''}). Click one to draw it.`
      : `No connection within ${result.maxLength} links.`;
    result.paths.forEach((p, i) => {
      const item = el('li', { attrs: { 'data-path-index': i, tabindex: 0 } }, [
        el('span', { className: 'path-length', text: `${p.length}` }),
        el('span', { className: 'path-sentence', text: p.sentence }),
      ]);
      item.addEventListener('click', () => show(i));
      item.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') show(i);
      });
      results.append(item);
    });
    section.dataset.loaded = 'true';
    if (result.paths.length) await show(0);
  };
  find.addEventListener('click', run);
  return {};
}
