// The permalink of an explorer view: expansions replayed in order, hidden classes, layout, selection and
// language, all in the URL (no server-side state). Same data, same link, same view.
import { currentLanguage } from './i18n.js';
import { replayRuns, shortId } from './replay-runs.js';

export function permalink(controller) {
  const state = controller.viewState();
  const url = new URL('/', window.location.origin);
  state.expansions.forEach((iri) => url.searchParams.append('x', shortId(iri)));
  if (state.hidden.length) url.searchParams.set('hide', state.hidden.join(','));
  url.searchParams.set('layout', state.layout);
  if (state.selected) url.searchParams.set('focus', state.selected);
  url.searchParams.set('lang', currentLanguage());
  if (state.at) url.searchParams.set('at', state.at);
  return url;
}

/**
 * Replays the view a permalink names onto a controller that has its first view; the legend's checkboxes follow.
 * Consecutive pages of one resource come back in one request (a hub's 80 pages in one round trip).
 * The selection (focus=) is left to the explorer's own handling. data-restored on #graph says when it is done.
 */
export async function restoreView(controller, container, search = window.location.search, runs = replayRuns(search)) {
  const params = new URLSearchParams(search);
  for (const { iri, pages, prefetched } of runs) {
    await controller.expandPages(iri, pages, prefetched);
  }
  for (const typeClass of (params.get('hide') || '').split(',').filter((c) => /^type-[\w-]+$/.test(c))) {
    controller.setTypeVisible(typeClass, false);
    const box = document.querySelector(`input[data-type-class="${typeClass}"]`);
    if (box) box.checked = false;
  }
  const layout = params.get('layout');
  if (layout && layout !== 'layered') await controller.setLayout(layout);
  performance.mark('internkg:restored');
  container.dataset.restored = 'true';
}
