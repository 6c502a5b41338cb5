// The browser benchmark's floor (LargeGraphBrowserBenchmark; a test resource, served only by tests): the same
// 2,000-node view drawn by Cytoscape.js alone, with the explorer's data and ring placement, so the benchmark can
// report what Cytoscape itself costs on this machine next to what the explorer costs, as the SPARQL benchmark
// reports ARQ's in-process floor. ?hub=IRI (repeated): the neighbourhoods drawn; ?style=explorer|minimal|bare.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { ringPositions } from '/js/layouts.js';
import { graphStyle } from '/js/graph-style.js';
import { fetchNeighbourhood } from '/js/api.js';

const params = new URLSearchParams(location.search);
const graph = document.getElementById('graph');
const minimal = [
  { selector: 'node', style: { label: 'data(label)', 'background-color': '#e67e22', width: 30, height: 30,
    'font-size': 14, 'text-valign': 'bottom', 'min-zoomed-font-size': 6 } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#aeb6bf', 'curve-style': 'haystack', 'haystack-radius': 0, events: 'no' } },
  { selector: 'node:selected', style: { 'border-color': '#f1c40f', 'border-width': 5 } },
];
const bare = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, events: 'no' } },
];
const styles = { minimal, bare };
// each hub's 2,000 links in one request, as the explorer's replay asks for them
const pages = await Promise.all(params.getAll('hub').map((iri) => fetchNeighbourhood(iri, { limit: 2000 })));
const nodes = new Map();
const edges = new Map();
// as the explorer places them (explorer-controller.js expandPages): the first resource at the origin, each next one
// below what is drawn; the explorer's first view (about 25 nodes) is left out
pages.forEach((page) => {
  const ys = [...nodes.values()].map((n) => n.position.y);
  const xs = [...nodes.values()].map((n) => n.position.x);
  const centre = nodes.size ? { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: Math.max(...ys) + 320 } : { x: 0, y: 0 };
  nodes.set(page.focus.data.id, { group: 'nodes', ...page.focus, position: centre });
  const fresh = page.nodes.filter((n) => !nodes.has(n.data.id));
  const ring = ringPositions(centre, fresh.length, 0);
  fresh.forEach((n, i) => nodes.set(n.data.id, { group: 'nodes', ...n, classes: `${n.classes} is-crowded`, position: { x: ring[i].x, y: ring[i].y } }));
  page.edges.forEach((e) => edges.set(e.data.id, { group: 'edges', ...e, classes: 'is-crowded' }));
});
performance.mark('internkg:floor-fetched');
const started = performance.now();
const cy = cytoscape({
  container: graph,
  style: params.get('style') === 'explorer' ? graphStyle() : styles[params.get('style')],
  elements: [...nodes.values(), ...edges.values()],
  layout: { name: 'preset', fit: false },
  selectionType: 'single',
  boxSelectionEnabled: false,
});
// framed by positions, as the explorer frames a big view (cy.fit would measure every label first)
const xs = cy.nodes().map((n) => n.position('x'));
const ys = cy.nodes().map((n) => n.position('y'));
const box = { x1: Math.min(...xs) - 60, x2: Math.max(...xs) + 60, y1: Math.min(...ys) - 60, y2: Math.max(...ys) + 60 };
const zoom = Math.min((cy.width() - 80) / (box.x2 - box.x1), (cy.height() - 80) / (box.y2 - box.y1));
cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 } });
performance.measure('internkg:floor-create', { start: started, end: performance.now() });
cy.on('select', 'node', (e) => { graph.dataset.selected = e.target.id(); });
// the explorer's test hook, as far as the benchmark uses it
window.__internkgTest = { renderedPosition: (id) => ({ ...cy.getElementById(id).renderedPosition() }),
  nodeIds: () => cy.nodes().map((n) => n.id()) };
graph.dataset.nodeCount = cy.nodes().length;
graph.dataset.edgeCount = cy.edges().length;
graph.dataset.busy = 'false';
graph.dataset.restored = 'true';
