// The Cytoscape stylesheet and the per-class palette (colour and shape), shared with the legend.
// State is styled through classes only: is-faded, is-highlighted, is-hidden, is-expanded, is-derived.
import { currentLanguage } from './i18n.js';

export const TYPE_STYLES = {
  'type-model-family': { color: '#c0392b', shape: 'hexagon', size: 46 },
  'type-model': { color: '#e67e22', shape: 'ellipse', size: 30 },
  'type-release': { color: '#d4a017', shape: 'ellipse', size: 26 },
  'type-software-tool': { color: '#2471a3', shape: 'round-rectangle', size: 36 },
  'type-dataset': { color: '#148f77', shape: 'barrel', size: 30 },
  'type-benchmark': { color: '#1e8449', shape: 'diamond', size: 32 },
  'type-paper': { color: '#7d3c98', shape: 'rectangle', size: 26 },
  'type-organization': { color: '#566573', shape: 'octagon', size: 34 },
  'type-platform': { color: '#a04000', shape: 'round-tag', size: 32 },
  'type-course': { color: '#b03a6f', shape: 'star', size: 34 },
  'type-lesson': { color: '#d98880', shape: 'star', size: 24 },
  'type-pipeline-stage': { color: '#117a65', shape: 'round-pentagon', size: 44 },
  'type-concept': { color: '#5d6d7e', shape: 'round-triangle', size: 28 },
  'type-technique': { color: '#2e86c1', shape: 'round-triangle', size: 28 },
  'type-source-document': { color: '#909497', shape: 'rectangle', size: 22 },
  'type-reported-value': { color: '#aab7b8', shape: 'ellipse', size: 18 },
};

export const UNTYPED_STYLE = { color: '#95a5a6', shape: 'ellipse', size: 24 };

export function typeStyle(typeClass) {
  return TYPE_STYLES[typeClass] || UNTYPED_STYLE;
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// "InternLM" plus its Chinese name on a second line when the data has one; long titles (lessons, papers)
// are cut on the canvas and shown whole in the details panel.
// With the interface in 中文 the Chinese name comes first.
function nodeLabel(node) {
  const en = shorten(node.data('label') || '', 40);
  const zh = node.data('labelZh');
  if (!zh || zh === node.data('label')) return en;
  return currentLanguage() === 'zh' ? `${shorten(zh, 16)}\n${en}` : `${en}\n${shorten(zh, 16)}`;
}

export function graphStyle() {
  const rules = [
    {
      selector: 'node',
      style: {
        label: nodeLabel,
        'background-color': UNTYPED_STYLE.color,
        shape: UNTYPED_STYLE.shape,
        width: UNTYPED_STYLE.size,
        height: UNTYPED_STYLE.size,
        'font-family': 'system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif',
        'font-size': 14,
        color: '#1c2833',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 125,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': 2,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 6,
        'border-width': 2,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge',
      style: {
        label: '',
        width: 1.5,
        'line-color': '#aeb6bf',
        'target-arrow-color': '#aeb6bf',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
      },
    },
    // The look of a link's label only on links that show one: every property an element gets costs time at each
    // restyle, and a crowded drawing restyles thousands of unlabelled links.
    {
      selector: 'edge.has-label, edge.is-highlighted, edge.is-selected-edge, edge.is-marked',
      style: {
        'font-size': 9,
        color: '#566573',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.has-label, edge.is-highlighted, edge.is-selected-edge', style: { label: 'data(label)' } },
    { selector: 'edge.is-selected-edge', style: { 'line-color': '#7d6608', 'target-arrow-color': '#7d6608', width: 2.5, color: '#1c2833' } },
    { selector: 'edge.is-derived', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    // Links added to a drawing of hundreds of nodes (explorer-controller.js SETTLE_LIMIT): haystack lines, the
    // cheapest Cytoscape draws (no bundling, no arrowheads, which are specks at the zoom that shows such a drawing).
    // They take no pointer events: finding what is under the pointer then skips thousands of lines on every move
    // (no link has a click or hover of its own; a click on one reaches the background).
    {
      selector: 'edge.is-crowded',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', events: 'no' },
    },
  ];
  for (const [typeClass, s] of Object.entries(TYPE_STYLES)) {
    rules.push({
      selector: `node.${typeClass}`,
      style: { 'background-color': s.color, shape: s.shape, width: s.size, height: s.size },
    });
  }
  rules.push(
    { selector: 'node.is-expanded', style: { 'border-color': '#1c2833', 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node:selected', style: { 'border-color': '#f1c40f', 'border-width': 5, 'font-weight': 'bold' } },
    { selector: '.is-faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
    { selector: 'node.is-highlighted', style: { 'font-weight': 'bold', 'z-index': 10 } },
    // a new z-index re-sorts every element for drawing: not worth it for one hovered node among thousands
    { selector: 'node.is-highlighted.is-crowded', style: { 'z-index': 0 } },
    {
      selector: 'edge.is-highlighted',
      style: { 'line-color': '#1c2833', 'target-arrow-color': '#1c2833', width: 2.5, 'min-zoomed-font-size': 0, color: '#1c2833' },
    },
    { selector: 'node.has-warning', style: { 'outline-color': '#e67e22', 'outline-width': 5, 'outline-offset': 3, 'outline-opacity': 0.9 } },
    { selector: 'node.has-violation', style: { 'outline-color': '#c0392b', 'outline-width': 6, 'outline-offset': 3, 'outline-opacity': 0.95 } },
    { selector: '.is-hidden', style: { display: 'none' } },
    { selector: 'node.is-future', style: { display: 'none' } },
    { selector: 'node.is-recent', style: { 'outline-color': '#27ae60', 'outline-width': 6, 'outline-offset': 3, 'outline-opacity': 0.9 } },
    { selector: 'node.is-marked', style: { 'border-color': '#c0392b', 'border-width': 5, 'font-weight': 'bold', 'z-index': 20 } },
    {
      selector: 'edge.is-marked',
      style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', width: 4, label: 'data(label)', color: '#922b21', 'z-index': 20 },
    },
  );
  return rules;
}
