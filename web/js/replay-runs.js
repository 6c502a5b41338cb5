// A permalink's expansions (x=, in order) and the short form of the IRIs it names. No imports: the page's early
// requests (early-requests.js) read the runs before the explorer's other scripts have loaded.

const ID = 'https://w3id.org/internkg/id/';

export const shortId = (iri) => (iri.startsWith(ID) ? `id:${iri.slice(ID.length)}` : iri);
const longId = (text) => (text.startsWith('id:') ? ID + text.slice(3) : text);

/**
 * The permalink's expansions as runs of consecutive pages of one resource. A run is independent when its resource
 * is named in no other run: its requests depend on nothing drawn, so they can start at once (early-requests.js).
 */
export function replayRuns(search = window.location.search) {
  const runs = [];
  for (const x of new URLSearchParams(search).getAll('x').map(longId)) {
    if (runs.length && runs[runs.length - 1].iri === x) runs[runs.length - 1].pages++;
    else runs.push({ iri: x, pages: 1 });
  }
  const named = new Map();
  runs.forEach((r) => named.set(r.iri, (named.get(r.iri) || 0) + 1));
  return runs.map((r) => ({ ...r, independent: named.get(r.iri) === 1 }));
}
