// The permalink of an explorer view: expansions replayed in order, hidden classes, layout, selection and
// language, all in the URL (no server-side state). Same data, same link, same view.
import { currentLanguage } from './i18n.js';

const ID = 'https://w3id.org/internkg/id/';
const short = (iri) => (iri.startsWith(ID) ? `id:${iri.slice(ID.length)}` : iri);
const long = (text) => (text.startsWith('id:') ? ID + text.slice(3) : text);

export function permalink(controller) {
  const state = controller.viewState();
  const url = new URL('/', window.location.origin);
  state.expansions.forEach((iri) => url.searchParams.append('x', short(iri)));
  if (state.hidden.length) url.searchParams.set('hide', state.hidden.join(','));
  url.searchParams.set('layout', state.layout);
  if (state.selected) url.searchParams.set('focus', state.selected);
  url.searchParams.set('lang', currentLanguage());
  if (state.at) url.searchParams.set('at', state.at);
  return url;
}

/**
 * Replays the view a permalink names onto a controller that has its first view; the legend's checkboxes follow.
 * The selection (focus=) is left to the explorer's own handling. data-restored on #graph says when it is done.
 */
export async function restoreView(controller, container, search = window.location.search) {
  const params = new URLSearchParams(search);
  for (const x of params.getAll('x')) {
    await controller.expand(long(x));
  }
  for (const typeClass of (params.get('hide') || '').split(',').filter((c) => /^type-[\w-]+$/.test(c))) {
    controller.setTypeVisible(typeClass, false);
    const box = document.querySelector(`input[data-type-class="${typeClass}"]`);
    if (box) box.checked = false;
  }
  const layout = params.get('layout');
  if (layout && layout !== 'layered') await controller.setLayout(layout);
  container.dataset.restored = 'true';
}
