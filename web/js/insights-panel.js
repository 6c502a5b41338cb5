// The bottom drawer of question views (paths, timeline, stages, course, compare): a tab strip that opens one
// view at a time. Views mount lazily on first open and talk to the graph through the controller only.
// A view's title and hint are interface-string keys.
import { el } from './dom.js';
import { applyTranslations } from './i18n.js';

export function mountInsightsPanel(controller, root, views) {
  const tabs = el('div', { className: 'insights-tabs', attrs: { role: 'tablist' } });
  const body = el('div', { className: 'insights-body' });
  const close = el('button', { className: 'insights-close', text: '×', attrs: { type: 'button' } });
  const mounted = new Map();
  const buttons = new Map();
  root.replaceChildren(el('div', { className: 'insights-bar' }, [tabs, close]), body);
  root.dataset.open = 'false';

  const open = (name) => {
    const view = views.find((v) => v.name === name);
    if (!view) return null;
    if (!mounted.has(name)) {
      const section = el('section', { className: 'insights-view', attrs: { id: `insights-${name}`, role: 'tabpanel', 'aria-labelledby': `insights-tab-${name}` } });
      body.append(section);
      mounted.set(name, { section, api: view.mount(controller, section) });
    }
    for (const [n, m] of mounted) m.section.hidden = n !== name;
    for (const [n, b] of buttons) b.setAttribute('aria-selected', String(n === name));
    root.dataset.open = 'true';
    root.dataset.view = name;
    return mounted.get(name).api;
  };

  for (const view of views) {
    const button = el('button', { className: 'insights-tab', attrs: { type: 'button', role: 'tab', id: `insights-tab-${view.name}`, 'aria-selected': 'false' } });
    button.addEventListener('click', () => (root.dataset.open === 'true' && root.dataset.view === view.name ? hide() : open(view.name)));
    buttons.set(view.name, button);
    tabs.append(button);
  }
  applyTranslations([
    ['.insights-tabs', 'insights.label', 'aria-label'],
    ['.insights-close', 'insights.close', 'title'],
    ['.insights-close', 'insights.close', 'aria-label'],
    ...views.flatMap((v) => [[`#insights-tab-${v.name}`, v.title], [`#insights-tab-${v.name}`, v.hint, 'title']]),
  ], root);
  const hide = () => {
    root.dataset.open = 'false';
    for (const b of buttons.values()) b.setAttribute('aria-selected', 'false');
    controller.clearMarks();
  };
  close.addEventListener('click', hide);

  // A model's "Compare with…" opens the compare view with that model on the left.
  controller.addEventListener('compareRequested', (e) => open('compare')?.compareWith(e.detail.iri, controller.nodeData(e.detail.iri)?.label));
  return { open, hide };
}
