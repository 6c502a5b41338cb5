// Pipeline lanes: one column per pipeline stage in ikg:stageOrder, each tool in the column of its earliest
// stage, every other node in the column its placed neighbours average to (models and datasets follow what they
// connect to); what connects to nothing placed gets a column of its own on the right.
const COLUMN = 260;
const ROW = 70;

export function lanePositions(nodes, edges) {
  const stages = nodes.filter((n) => n.hasClass('type-pipeline-stage') && Number.isFinite(Number(n.data('order'))))
    .sort((a, b) => Number(a.data('order')) - Number(b.data('order')));
  const column = new Map();
  stages.forEach((s, i) => column.set(s.id(), i));
  const neighbours = new Map();
  const link = (a, b) => {
    if (!neighbours.has(a)) neighbours.set(a, []);
    neighbours.get(a).push(b);
  };
  edges.forEach((e) => {
    link(e.source().id(), e.target().id());
    link(e.target().id(), e.source().id());
  });
  // Tools (and anything else serving a stage) take the earliest stage they touch.
  nodes.forEach((n) => {
    if (column.has(n.id())) return;
    const touched = (neighbours.get(n.id()) || []).filter((id) => stages.some((s) => s.id() === id)).map((id) => column.get(id));
    if (touched.length) column.set(n.id(), Math.min(...touched));
  });
  // The rest follow their placed neighbours, a few sweeps outwards.
  const lanes = Math.max(1, stages.length);
  for (let sweep = 0; sweep < 4; sweep++) {
    const next = new Map(column);
    nodes.forEach((n) => {
      if (column.has(n.id())) return;
      const cols = (neighbours.get(n.id()) || []).filter((id) => column.has(id)).map((id) => column.get(id));
      if (cols.length) next.set(n.id(), Math.round(cols.reduce((a, b) => a + b, 0) / cols.length));
    });
    column.clear();
    next.forEach((v, k) => column.set(k, v));
  }
  const byColumn = new Map();
  nodes.forEach((n) => {
    const c = column.has(n.id()) ? column.get(n.id()) : lanes;
    if (!byColumn.has(c)) byColumn.set(c, []);
    byColumn.get(c).push(n);
  });
  const positions = new Map();
  const kind = (n) => (n.hasClass('type-pipeline-stage') ? 0 : n.hasClass('type-software-tool') ? 1 : 2);
  for (const [c, members] of byColumn) {
    members.sort((a, b) => kind(a) - kind(b) || String(a.data('label')).localeCompare(String(b.data('label'))));
    // Very tall columns wrap into sub-columns so lanes stay readable.
    const perColumn = 40;
    members.forEach((n, i) => positions.set(n.id(), {
      x: c * COLUMN + Math.floor(i / perColumn) * (COLUMN / 4),
      y: (i % perColumn) * ROW + (kind(n) === 0 ? 0 : ROW / 2),
    }));
  }
  return positions;
}
