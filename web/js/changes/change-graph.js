// The changed resources on a graph: added nodes green with a solid border, removed red and dashed, changed amber with
// a double border, unchanged neighbours grey; every label starts with its sign, so colour is never the only cue.
import cytoscape from 'cytoscape';

const STYLE = [
  { selector: 'node', style: {
    label: 'data(display)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis',
    'text-max-width': 150, width: 22, height: 22, 'background-color': '#d5d8dc', 'border-width': 2, 'border-color': '#7f8c8d',
  } },
  { selector: 'node.is-added', style: { 'background-color': '#abebc6', 'border-color': '#1e8449', 'border-style': 'solid', 'border-width': 3 } },
  { selector: 'node.is-removed', style: { 'background-color': '#f5b7b1', 'border-color': '#b03a2e', 'border-style': 'dashed', 'border-width': 3 } },
  { selector: 'node.is-changed', style: { 'background-color': '#f9e79f', 'border-color': '#b9770e', 'border-style': 'double', 'border-width': 5 } },
  { selector: 'node.is-context', style: { label: 'data(label)', color: '#5d6d7e' } },
  { selector: 'edge', style: {
    label: 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2,
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
  } },
  { selector: 'edge.is-added', style: { 'line-color': '#1e8449', 'target-arrow-color': '#1e8449', 'line-style': 'solid' } },
  { selector: 'edge.is-removed', style: { 'line-color': '#b03a2e', 'target-arrow-color': '#b03a2e', 'line-style': 'dashed' } },
];

export class ChangeGraph {
  constructor(container, onSelect = () => {}) {
    this.container = container;
    this.cy = cytoscape({ container, style: STYLE, elements: [], wheelSensitivity: 0.3 });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.id()));
  }

  show(elements) {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements.map((e) => ({ group: e.group, data: e.data, classes: e.classes })));
    });
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
    this.cy.fit(undefined, 30);
    this.container.dataset.nodeCount = String(this.cy.nodes().length);
    this.container.dataset.edgeCount = String(this.cy.edges().length);
    this.container.dataset.ready = 'true';
  }

  // Read-only views for tests: the classes of a node and where it is drawn, by IRI.
  classesOf(id) {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.classes();
  }

  renderedPosition(id) {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : { ...node.renderedPosition() };
  }
}
