// Deterministic placements: the first view in layers (families, tools, stages) and rings for expansions,
// so the same data always looks the same and nothing moves under the reader's pointer.

const LAYERS = ['type-model-family', 'type-software-tool', 'type-pipeline-stage'];
const COLUMN = 135;
const ROW = 210;
const PER_ROW = 12;

function layerOf(node) {
  const i = LAYERS.findIndex((c) => node.hasClass(c));
  return i < 0 ? LAYERS.length : i;
}

// Orders each layer by the mean position of its neighbours in the layer before (a barycentre sweep), so
// links mostly run straight down; wide layers wrap onto extra rows.
export function layeredPositions(nodes, edges) {
  const layers = [];
  nodes.forEach((n) => {
    const l = layerOf(n);
    (layers[l] ||= []).push(n);
  });
  const order = new Map();
  const neighbours = new Map();
  edges.forEach((e) => {
    const s = e.source().id();
    const t = e.target().id();
    if (!neighbours.has(s)) neighbours.set(s, []);
    if (!neighbours.has(t)) neighbours.set(t, []);
    neighbours.get(s).push(t);
    neighbours.get(t).push(s);
  });
  const byLabel = (a, b) => (a.data('order') ?? 1e9) - (b.data('order') ?? 1e9)
    || String(a.data('label')).localeCompare(String(b.data('label')));
  const sweep = [2, 1, 0, 3].filter((l) => layers[l]);
  const placed = [];
  for (const l of sweep) {
    const layer = layers[l];
    layer.sort(byLabel);
    if (placed.length && !layer.some((n) => n.data('order') !== undefined)) {
      const score = (n) => {
        const ks = (neighbours.get(n.id()) || []).filter((id) => order.has(id)).map((id) => order.get(id));
        return ks.length ? ks.reduce((a, b) => a + b, 0) / ks.length : Number.MAX_SAFE_INTEGER;
      };
      const scores = new Map(layer.map((n) => [n.id(), score(n)]));
      layer.sort((a, b) => scores.get(a.id()) - scores.get(b.id()) || byLabel(a, b));
    }
    layer.forEach((n, i) => order.set(n.id(), i / Math.max(1, layer.length - 1)));
    placed.push(l);
  }
  const positions = new Map();
  let y = 0;
  const widest = Math.min(PER_ROW, Math.max(...layers.filter(Boolean).map((l) => l.length)));
  for (const l of [0, 1, 2, 3]) {
    const layer = layers[l];
    if (!layer) continue;
    for (let start = 0; start < layer.length; start += PER_ROW) {
      const row = layer.slice(start, start + PER_ROW);
      const offset = ((widest - row.length) * COLUMN) / 2 + ((start / PER_ROW) % 2) * (COLUMN / 2);
      row.forEach((n, i) => positions.set(n.id(), { x: offset + i * COLUMN, y }));
      y += ROW * (row.length > 5 && start + PER_ROW < layer.length ? 0.7 : 1);
    }
    y += ROW * 0.35;
  }
  return positions;
}

// Places count new nodes on rings around centre, as many per ring as their labels leave room for, so a
// hub's fan stays legible; later pages continue on outer rings. Returns positions and each node's radius.
const LABEL_ROOM = 125;
const FIRST_RADIUS = 170;
const RING_GAP = 85;

export function ringPositions(centre, count, offset) {
  const out = [];
  let radius = FIRST_RADIUS;
  let skipped = offset;
  while (out.length < count) {
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / LABEL_ROOM));
    const free = capacity - Math.min(skipped, capacity);
    skipped = Math.max(0, skipped - capacity);
    const here = Math.min(free, count - out.length);
    const tilt = (radius / RING_GAP) * 0.35;
    for (let i = 0; i < here; i++) {
      const angle = tilt + (2 * Math.PI * i) / here - Math.PI / 2;
      out.push({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle), radius });
    }
    radius += RING_GAP;
  }
  return out;
}
