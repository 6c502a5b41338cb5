// Neighbourhood pages fetched in as few requests as the server's cap allows: a permalink that replays a hub's 80
// pages asks once, not 80 times. Used by the explorer and by the requests a page starts early (early-requests.js).
import { fetchNeighbourhood } from './api.js';

export const PAGE_SIZE = 25;
// The most neighbours one request asks for (NeighbourhoodQuery.MAX_LIMIT on the server).
const MAX_REQUEST = 2000;

/** pages × PAGE_SIZE links of iri from offset: { page (the first answer), links, found (nodes by id) }. */
export async function fetchPages(iri, pages, offset) {
  const wanted = pages * PAGE_SIZE;
  let page = null;
  const links = [];
  const found = new Map();
  while (links.length < wanted) {
    const next = await fetchNeighbourhood(iri, { limit: Math.min(MAX_REQUEST, wanted - links.length), offset: offset + links.length });
    page ||= next;
    links.push(...next.edges);
    next.nodes.forEach((n) => found.set(n.data.id, n));
    if (!next.edges.length || offset + links.length >= next.total) break;
  }
  return { page, links, found };
}
