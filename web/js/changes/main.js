// The "what changed" page: two version pickers, the changes grouped by resource with their sources, and the same
// changes on a graph. Everything shown comes from /api/versions and /api/changes; text goes through textContent.
import { fetchChanges, fetchVersions } from './changes-api.js';
import { renderChangeList } from './change-list.js';
import { ChangeGraph } from './change-graph.js';

const page = document.getElementById('changes');
const form = document.getElementById('changes-form');
const fromSelect = document.getElementById('from');
const toSelect = document.getElementById('to');
const status = document.getElementById('changes-status');
const summary = document.getElementById('changes-summary');
const json = document.getElementById('changes-json');
const truncated = document.getElementById('changes-truncated');
const list = document.getElementById('changes-list');
// Tapping a resource on the graph brings its changes into view in the list.
const graph = new ChangeGraph(document.getElementById('changes-graph'), (iri) => {
  const section = [...list.querySelectorAll('.change-entity')].find((s) => s.dataset.iri === iri);
  if (!section) return;
  list.querySelectorAll('.is-selected').forEach((s) => s.classList.remove('is-selected'));
  section.classList.add('is-selected');
  section.scrollIntoView({ block: 'nearest' });
});

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function group(label, options) {
  const g = document.createElement('optgroup');
  g.label = label;
  options.forEach((o) => g.append(o));
  return g;
}

// Releases, the live store, and harvested source versions (live and archived): the versions the API compares.
function fillPickers(versions, from, to) {
  for (const select of [fromSelect, toSelect]) {
    select.replaceChildren(
      group('Data releases', versions.releases.map((r) => option(r.id, `${r.id} (${r.issued})${r.bundled ? ' · bundled' : ''}`))),
      group('Store', [option('live', `live store (revision ${versions.storeRevision})`)]),
      group('Harvested source versions', [
        ...versions.sources.filter((s) => s.versionOf).map((s) => option(s.graph, `${s.label || s.graph} · live`)),
        ...versions.archivedSources.map((g) => option(g, `${g.replace('https://w3id.org/internkg/id/source/', 'src:')} · archived`)),
      ]),
    );
  }
  ensureOption(fromSelect, from);
  ensureOption(toSelect, to);
  fromSelect.value = from;
  toSelect.value = to;
}

// A version named in the address but not offered (another source graph) is still selectable.
function ensureOption(select, value) {
  if (![...select.options].some((o) => o.value === value)) select.append(option(value, value));
}

function describe(s) {
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed, about ${s.resources} resource${s.resources === 1 ? '' : 's'}`;
}

async function show(from, to) {
  page.dataset.state = 'loading';
  status.textContent = `Comparing ${from} with ${to}…`;
  json.href = `/api/changes?${new URLSearchParams({ from, to })}`;
  try {
    const changes = await fetchChanges(from, to);
    summary.textContent = `${changes.from.description} → ${changes.to.description}: ${describe(changes.summary)}`;
    status.textContent = changes.changes.length === 0 ? 'No differences.' : '';
    renderChangeList(list, changes.changes);
    truncated.hidden = !changes.truncated;
    graph.show(changes.elements);
    page.dataset.state = 'done';
  } catch (error) {
    status.textContent = error.message;
    summary.textContent = '';
    renderChangeList(list, []);
    graph.show([]);
    page.dataset.state = 'failed';
  }
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  let versions;
  try {
    versions = await fetchVersions();
  } catch (error) {
    status.textContent = error.message;
    page.dataset.state = 'failed';
    return;
  }
  // By default: what changed in the store since the newest data release.
  const from = params.get('from') || versions.dataRelease.id;
  const to = params.get('to') || 'live';
  fillPickers(versions, from, to);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ from: fromSelect.value, to: toSelect.value });
    window.history.pushState(null, '', `/changes?${query}`);
    show(fromSelect.value, toSelect.value);
  });
  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(window.location.search);
    const f = p.get('from') || versions.dataRelease.id;
    const t = p.get('to') || 'live';
    ensureOption(fromSelect, f);
    ensureOption(toSelect, t);
    fromSelect.value = f;
    toSelect.value = t;
    show(f, t);
  });
  show(from, to);
}

start();

// Test hook, read-only (browser tests read state, never the Cytoscape instance).
window.__internkgTest = Object.freeze({
  nodeClasses: (id) => graph.classesOf(id),
  renderedPosition: (id) => graph.renderedPosition(id),
});
