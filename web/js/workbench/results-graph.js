// Triples drawn with Cytoscape: resources as nodes (double-click opens the explorer), literals as small
// boxes, predicates as labelled edges. Capped so that a large answer never freezes the page.
import cytoscape from 'cytoscape';
import { fcose } from '../fcose.js';

if (fcose) cytoscape.use(fcose);

const MAX_TRIPLES = 600;

function key(term) {
  return term.type === 'uri' ? term.value : term.type === 'bnode' ? `_:${term.value}` : null;
}

export function renderGraph(container, triples, { describe }) {
  const elements = [];
  const seen = new Set();
  let literals = 0;
  const node = (term) => {
    const id = key(term);
    if (id === null) {
      const lid = `literal-${literals++}`;
      elements.push({ group: 'nodes', data: { id: lid, label: term.value.slice(0, 60) }, classes: 'literal' });
      return lid;
    }
    if (!seen.has(id)) {
      seen.add(id);
      elements.push({ group: 'nodes', data: { id, label: term.type === 'uri' ? describe(term.value) : id }, classes: term.type });
    }
    return id;
  };
  triples.slice(0, MAX_TRIPLES).forEach((tr, i) => {
    const s = node(tr.s);
    const o = node(tr.o);
    elements.push({ group: 'edges', data: { id: `e${i}`, source: s, target: o, label: describe(tr.p.value) } });
  });
  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.1,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, 'background-color': '#2471a3', 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
      { selector: 'node.literal', style: { shape: 'round-rectangle', 'background-color': '#f4d03f', width: 12, height: 12 } },
      { selector: 'node.bnode', style: { 'background-color': '#95a5a6' } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#aab7b8', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#aab7b8', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#5d6d7e', 'text-rotation': 'autorotate' } },
    ],
  });
  cy.on('dbltap', 'node.uri', (e) => window.location.assign(`/?focus=${encodeURIComponent(e.target.id())}`));
  cy.layout(fcose ? { name: 'fcose', animate: false, nodeRepulsion: 8000, idealEdgeLength: 110, padding: 30 } : { name: 'cose', animate: false }).run();
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.edgeCount = String(cy.edges().length);
  return cy;
}

/** Triples from a SELECT whose variables include s, p and o. */
export function triplesFromBindings(json) {
  const vars = json.head?.vars || [];
  if (!['s', 'p', 'o'].every((v) => vars.includes(v))) return null;
  return (json.results?.bindings || []).filter((b) => b.s && b.p && b.o).map((b) => ({ s: b.s, p: b.p, o: b.o }));
}
