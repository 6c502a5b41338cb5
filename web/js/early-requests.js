// The data the page's URL asks for, requested as soon as this small module runs: the first view and a
// permalink's replayed pages (replay-runs.js says which can be asked at once). index.html loads it async, ahead of
// the graph library and the explorer's other scripts, and preloads its few imports, so the answers travel while
// those load instead of after. main.js hands the pending answers to the explorer; a failure surfaces there, when it
// is awaited, not as an unhandled rejection here.
import { fetchOverview } from './api.js';
import { fetchPages } from './page-requests.js';
import { replayRuns } from './replay-runs.js';

function pending(promise) {
  promise.catch(() => {});
  return promise;
}

export const firstView = pending(fetchOverview());

export const replay = replayRuns(window.location.search).map((run) =>
  (run.independent && run.pages > 1 ? { ...run, prefetched: pending(fetchPages(run.iri, run.pages, 0)) } : run));
