// The explorer's layout menu, exports (PNG, Turtle of the visible subgraph, permalink), the list view and the
// language switch. Views only: everything goes through the controller.
import { el } from './dom.js';
import { applyTranslations, language, mountLanguageSwitch, pickLabel, t } from './i18n.js';
import { LAYOUTS } from './explorer-controller.js';
import { permalink } from './view-state.js';

const LAYOUT_KEYS = { layered: 'layout.layered', fcose: 'layout.fcose', concentric: 'layout.concentric', breadthfirst: 'layout.breadthfirst', lanes: 'layout.lanes' };

// Offers a blob as a download through a link that stays in the page (tests read it back).
function offer(id, blob, fileName, parent) {
  let link = document.getElementById(id);
  if (link) URL.revokeObjectURL(link.href);
  else {
    link = el('a', { attrs: { id, hidden: true } });
    parent.append(link);
  }
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
}

function statusLine(message, isError = false) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

export function mountViewTools(controller, graph) {
  const toolbar = document.querySelector('.toolbar');
  const wrap = document.querySelector('.canvas-wrap');

  const select = el('select', { attrs: { id: 'layout', 'aria-label': t('layout.label') } },
    LAYOUTS.map((name) => el('option', { text: t(LAYOUT_KEYS[name]), attrs: { value: name } })));
  select.addEventListener('change', () => controller.setLayout(select.value));
  controller.addEventListener('layoutChanged', (e) => { select.value = e.detail.name; });
  graph.dataset.layout = controller.layoutName();

  const button = (id, key, titleKey, onClick) => {
    const b = el('button', { text: t(key), attrs: { type: 'button', id, title: t(titleKey), 'aria-label': t(titleKey) } });
    b.addEventListener('click', onClick);
    return b;
  };
  const png = button('export-png', 'export.png', 'export.pngTitle', async () => {
    offer('export-png-link', await controller.png(), 'internkg-view.png', wrap);
  });
  const turtle = button('export-ttl', 'export.turtle', 'export.turtleTitle', async () => {
    const response = await fetch('/api/subgraph', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/turtle' },
      body: JSON.stringify({ nodes: controller.visibleNodeIds() }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      statusLine(problem?.detail || `${response.status} ${response.statusText}`, true);
      return;
    }
    offer('export-ttl-link', await response.blob(), 'internkg-view.ttl', wrap);
  });
  const link = button('permalink', 'export.permalink', 'export.permalinkTitle', async () => {
    const url = permalink(controller);
    window.history.replaceState(null, '', url);
    graph.dataset.permalink = url.href;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      // Clipboard refused (headless, insecure origin): the address bar holds the link.
    }
    statusLine(t('export.copied'));
  });

  // The list view: the visible nodes as a table, for screen readers and keyboards.
  const list = el('div', { className: 'node-list', attrs: { id: 'node-list', hidden: true, tabindex: '-1' } });
  wrap.append(list);
  const renderList = () => {
    if (list.hidden) return;
    const rows = controller.visibleNodes()
      .map((n) => ({ ...n, name: pickLabel({ en: n.label, zh: n.labelZh }, n.id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    list.replaceChildren(el('table', {}, [
      el('caption', { text: t('list.caption') }),
      el('thead', {}, [el('tr', {}, ['list.name', 'list.type', 'list.links'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
      el('tbody', {}, rows.map((n) => {
        const open = el('button', { className: 'link-button', text: n.name, attrs: { type: 'button', 'data-iri': n.id } });
        open.addEventListener('click', () => controller.select(n.id));
        return el('tr', {}, [el('td', {}, [open]), el('td', { text: n.typeLabel || '' }), el('td', { text: n.degree })]);
      })),
    ]));
  };
  const toggle = button('list-toggle', 'view.list', 'view.listTitle', () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-pressed', String(!list.hidden));
    toggle.textContent = t(list.hidden ? 'view.list' : 'view.canvas');
    renderList();
    if (!list.hidden) list.focus();
  });
  toggle.setAttribute('aria-pressed', 'false');
  controller.addEventListener('graphChanged', renderList);

  toolbar.append(select, png, turtle, link, toggle);

  const switcher = el('button', { className: 'lang-switch', attrs: { type: 'button', id: 'language' } });
  document.querySelector('.top-links').append(switcher);
  mountLanguageSwitch(switcher);

  applyTranslations([
    ['.brand-sub', 'brand.sub'], ['label[for="search-input"]', 'search.label'], ['#search-input', 'search.placeholder', 'placeholder'],
    ['.legend h2', 'legend.title'], ['.legend .hint', 'legend.hint'], ['.toolbar', 'toolbar.label', 'aria-label'],
    ['#zoom-in', 'toolbar.zoomIn', 'title'], ['#zoom-in', 'toolbar.zoomIn', 'aria-label'],
    ['#zoom-out', 'toolbar.zoomOut', 'title'], ['#zoom-out', 'toolbar.zoomOut', 'aria-label'],
    ['#fit', 'toolbar.fit'], ['#fit', 'toolbar.fitTitle', 'title'], ['#relayout', 'toolbar.layout'], ['#relayout', 'toolbar.layoutTitle', 'title'],
    ['#undo', 'toolbar.undo'], ['#undo', 'toolbar.undoTitle', 'title'], ['#details', 'details.label', 'aria-label'],
    ['#layout', 'layout.label', 'aria-label'], ['#export-png', 'export.png'], ['#export-png', 'export.pngTitle', 'title'],
    ['#export-ttl', 'export.turtle'], ['#export-ttl', 'export.turtleTitle', 'title'],
    ['#permalink', 'export.permalink'], ['#permalink', 'export.permalinkTitle', 'title'], ['#list-toggle', 'view.listTitle', 'title'],
    ['.top-links a[href="/sparql"]', 'nav.sparql'], ['.top-links a[href="/data"]', 'nav.data'], ['.top-links a[href="/query"]', 'nav.query'],
  ]);
  language.addEventListener('languageChanged', () => {
    [...select.options].forEach((o) => { o.textContent = t(LAYOUT_KEYS[o.value]); });
    toggle.textContent = t(list.hidden ? 'view.list' : 'view.canvas');
    controller.refreshLabels();
    renderList();
  });
}
