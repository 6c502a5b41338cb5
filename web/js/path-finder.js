// How are two things connected: two pickers, the shortest paths listed as sentences whose arrows follow the
// triples, and the chosen path drawn and marked in the graph.
import { fetchPaths } from './api.js';
import { el } from './dom.js';
import { createEntityPicker } from './entity-picker.js';
import { applyTranslations, language, pickLabel, statusLine, t } from './i18n.js';

export function mountPathFinder(controller, section) {
  const from = createEntityPicker({ label: t('paths.from'), placeholder: t('paths.fromExample'), id: 'path-from' });
  const to = createEntityPicker({ label: t('paths.to'), placeholder: t('paths.toExample'), id: 'path-to' });
  const length = el('select', { attrs: { id: 'path-max-length' } },
    [2, 3, 4, 5, 6].map((n) => el('option', { attrs: { value: n, selected: n === 4 } })));
  const find = el('button', { className: 'primary', attrs: { type: 'button', id: 'path-find' } });
  const status = el('p', { className: 'muted insights-status', attrs: { role: 'status' } });
  const results = el('ol', { className: 'path-results', attrs: { id: 'path-results' } });
  section.append(
    el('p', { className: 'insights-intro' }),
    el('div', { className: 'insights-form' }, [from, to, length, find]), status, results,
  );
  applyTranslations([
    ['.insights-intro', 'paths.intro'], ['label[for="path-from"]', 'paths.from'], ['#path-from', 'paths.fromExample', 'placeholder'],
    ['label[for="path-to"]', 'paths.to'], ['#path-to', 'paths.toExample', 'placeholder'],
    ['#path-max-length', 'paths.longest', 'aria-label'], ['#path-find', 'paths.find'],
  ], section);
  let result = null;
  const say = statusLine(status);
  const translate = () => {
    length.querySelectorAll('option').forEach((o) => { o.textContent = t('paths.links', { n: o.value }); });
    if (result) results.querySelectorAll('li').forEach((li, i) => { li.querySelector('.path-sentence').textContent = sentence(result.paths[i]); });
  };
  translate();
  language.addEventListener('languageChanged', translate);

  // The path worded in the language of the moment, arrows following the triples, from its steps' labels.
  const sentence = (p) => {
    const node = (iri) => {
      const d = result.nodes.find((n) => n.data.id === iri)?.data;
      return pickLabel(d && { en: d.label, zh: d.labelZh }, iri);
    };
    return p.steps.reduce((text, s) => {
      const link = pickLabel({ en: s.predicateLabel, zh: s.predicateLabelZh }, s.predicate);
      return `${text}${s.forward ? ` — ${link} → ` : ` ← ${link} — `}${node(s.to)}`;
    }, node(p.nodes[0]));
  };
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
      say('paths.chooseBoth');
      return;
    }
    say('paths.searching');
    results.replaceChildren();
    section.dataset.loaded = 'false';
    try {
      result = await fetchPaths(a, b, { maxLength: length.value, limit: 8 });
    } catch (error) {
      say.text(error.message);
      return;
    }
    if (!result.paths.length) say('paths.none', { n: result.maxLength });
    else say(result.paths.length > 1 ? 'paths.found' : 'paths.foundOne', { n: result.paths.length, length: result.paths[0].length });
    result.paths.forEach((p, i) => {
      const item = el('li', { attrs: { 'data-path-index': i, tabindex: 0 } }, [
        el('span', { className: 'path-length', text: `${p.length}` }),
        el('span', { className: 'path-sentence', text: sentence(p) }),
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
