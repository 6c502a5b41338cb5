// The one owner of the graph and the UI state. Views never touch the Cytoscape instance: they call the
// methods below and listen to its events (overviewLoaded, nodeSelected, selectionCleared, graphChanged,
// expansionChanged, busyChanged, failed, marksChanged, compareRequested).
import cytoscape from 'cytoscape';
import { fcose } from './fcose.js';
import { graphStyle } from './graph-style.js';
import { fetchNeighbourhood, fetchOverview } from './api.js';
import { PAGE_SIZE, fetchPages } from './page-requests.js';
import { layeredPositions, ringPositions } from './layouts.js';
import { lanePositions } from './lane-layout.js';

if (fcose) cytoscape.use(fcose);

export class ExplorerController extends EventTarget {
  #cy;
  #container;
  #history = [];            // expansions, newest last: { iri, nodes: [ids], edges: [ids] }
  #paging = new Map();      // iri -> { loaded, total } of the neighbourhood pages fetched so far
  #hiddenTypes = new Set();
  #busy = 0;

  constructor(container) {
    super();
    this.#container = container;
    // Cytoscape resizes, and so redraws every element, 100 ms after any attribute of its container changes (a
    // MutationObserver of its own): the state attributes (data-busy, data-selected …) live on container, the
    // drawing in a plain element inside it, so a selection or a finished load costs no second full redraw.
    const drawing = document.createElement('div');
    drawing.className = 'graph-drawing';
    container.append(drawing);
    this.#cy = cytoscape({
      container: drawing,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.#wireEvents();
    this.#exposeTestHook();
  }

  #emit(type, detail = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #wireEvents() {
    const cy = this.#cy;
    cy.on('tap', 'node', (e) => this.select(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) this.clearSelection();
    });
    cy.on('dbltap', 'node', (e) => this.expand(e.target.id()));
    cy.on('mouseover', 'node', (e) => this.#hover(e.target));
    cy.on('mouseout', 'node', () => {
      clearTimeout(this.#hoverTimer);
      this.#unhighlight();
    });
    // A press is not a hover: the selection paints without waiting for a highlight frame first.
    cy.on('tapstart', () => clearTimeout(this.#hoverTimer));
  }

  #hoverTimer;

  // Every restyle of a crowded drawing repaints thousands of elements (a frame of hundreds of ms on a slow
  // machine): there the highlight waits until the pointer rests on the node, so passing over nodes or clicking
  // one costs no extra frame.
  #hover(node) {
    clearTimeout(this.#hoverTimer);
    if (!this.#crowded()) this.#highlight(node);
    else this.#hoverTimer = setTimeout(() => this.#highlight(node), HOVER_REST);
  }

  #highlight(node) {
    this.#cy.batch(() => {
      if (!this.#crowded()) {
        this.#cy.elements().addClass('is-faded');
        node.closedNeighborhood().removeClass('is-faded').addClass('is-highlighted');
      } else {
        // Fading everything else restyles every element, and restyling a neighbour restyles all its links (a
        // hub's thousands): on a crowded drawing only the node and its own links light up, so the hover stays quick.
        node.connectedEdges().add(node).addClass('is-highlighted');
      }
    });
  }

  // Whether the drawing (with extra nodes about to be added) is past SETTLE_LIMIT: the light look and behaviour
  // of hover, placement and settle.
  #crowded(extra = 0) {
    return this.#cy.nodes().length + extra > SETTLE_LIMIT;
  }

  #unhighlight() {
    this.#cy.batch(() => this.#cy.elements('.is-faded, .is-highlighted').removeClass('is-faded is-highlighted'));
  }

  // Counters for browser tests and the status line; read-only snapshots, never the instance itself.
  #publishCounts() {
    this.#applyAsOf();
    const d = this.#container.dataset;
    d.nodeCount = String(this.#cy.nodes().length);
    d.edgeCount = String(this.#cy.edges().length);
    d.visibleNodeCount = String(this.#cy.nodes().not(HIDDEN).length);
    d.selected = this.selectedIri() || '';
    d.undoDepth = String(this.#history.length);
    this.#emit('graphChanged', { nodes: this.#cy.nodes().length, edges: this.#cy.edges().length });
  }

  #exposeTestHook() {
    const cy = this.#cy;
    Object.defineProperty(window, '__internkgTest', {
      value: Object.freeze({
        nodeIds: () => cy.nodes().map((n) => n.id()),
        edgeIds: () => cy.edges().map((e) => e.id()),
        visibleNodeIds: () => cy.nodes().not(HIDDEN).map((n) => n.id()),
        markedIds: () => cy.elements('.is-marked').map((e) => e.id()),
        nodeClasses: (id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? n.classes() : null;
        },
        renderedPosition: (id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? { ...n.renderedPosition() } : null;
        },
      }),
      configurable: false,
      writable: false,
    });
  }

  async #track(promise) {
    this.#busy++;
    this.#container.dataset.busy = 'true';
    this.#emit('busyChanged', { busy: true });
    try {
      return await promise;
    } catch (error) {
      this.#emit('failed', { message: error.message });
      return null;
    } finally {
      this.#busy--;
      if (this.#busy === 0) {
        this.#container.dataset.busy = 'false';
        this.#emit('busyChanged', { busy: false });
      }
    }
  }

  /**
   * Draws the first view. A permalink passes its replay's pending requests as after: the first view is then drawn
   * when they are in, right before the replay adds to it, so the browser paints the whole view once instead of the
   * first view and then everything again; and it is framed by positions only (measuring every label for cy.fit
   * costs more than the frame, which the replay moves anyway). overview is the first view's answer when the page
   * already asked for it (early-requests.js).
   */
  async loadOverview({ overview: requested = fetchOverview(), after = [] } = {}) {
    const started = performance.now();
    const settled = after.map((p) => Promise.resolve(p).catch(() => null));
    const overview = await this.#track(Promise.all([requested, ...settled]).then(([first]) => first));
    if (!overview) return;
    measure('overview-fetch', started);
    const cy = this.#cy;
    cy.batch(() => {
      cy.add(overview.nodes.map((n) => ({ group: 'nodes', ...n })));
      // A few links carry their labels; in a dense first view they show on hover and selection only.
      cy.add(overview.edges.map((e) => ({ group: 'edges', ...e }))).toggleClass('has-label', overview.edges.length <= 25);
    });
    const positions = layeredPositions(cy.nodes(), cy.edges());
    cy.nodes().positions((n) => positions.get(n.id()));
    if (after.length) this.#fitPositions(cy.nodes(), 40);
    else cy.fit(undefined, 40);
    this.#container.dataset.ready = 'true';
    this.#emit('overviewLoaded', { classes: overview.classes });
    this.#publishCounts();
    measure('overview', started);
  }

  selectedIri() {
    const selected = this.#cy.nodes(':selected');
    return selected.nonempty() ? selected[0].id() : null;
  }

  nodeData(iri) {
    const node = this.#cy.getElementById(iri);
    return node.nonempty() ? { ...node.data() } : null;
  }

  has(iri) {
    return this.#cy.getElementById(iri).nonempty();
  }

  select(iri) {
    const node = this.#cy.getElementById(iri);
    if (node.empty()) return;
    this.#cy.batch(() => {
      this.#cy.nodes(':selected').unselect();
      this.#cy.edges('.is-selected-edge').removeClass('is-selected-edge');
      node.select();
      node.connectedEdges().addClass('is-selected-edge');
    });
    // A selection changes no count: only data-selected, not the walk over every node of #publishCounts.
    this.#container.dataset.selected = iri;
    this.#emit('nodeSelected', { iri, data: { ...node.data() }, paging: this.paging(iri) });
  }

  clearSelection() {
    this.#cy.nodes(':selected').unselect();
    this.#cy.edges('.is-selected-edge').removeClass('is-selected-edge');
    this.#container.dataset.selected = '';
    this.#emit('selectionCleared');
  }

  // Brings a resource into view and selects it, fetching it with its first neighbours when it is not drawn.
  async focus(iri) {
    if (!this.has(iri)) {
      await this.expand(iri);
    }
    const node = this.#cy.getElementById(iri);
    if (node.empty()) return;
    node.removeClass('is-hidden');
    this.#cy.animate({ center: { eles: node }, zoom: Math.max(this.#cy.zoom(), 1) }, { duration: 250 });
    this.select(iri);
  }

  paging(iri) {
    const p = this.#paging.get(iri);
    return p ? { ...p } : null;
  }

  // Adds the next page of a resource's neighbours (the first page on the first call); undoable.
  async expand(iri) {
    const before = this.#paging.get(iri);
    if (before && before.loaded >= before.total) return;
    const offset = before ? before.loaded : 0;
    const page = await this.#track(fetchNeighbourhood(iri, { limit: PAGE_SIZE, offset }));
    if (!page) return;
    const cy = this.#cy;
    const added = { iri, nodes: [], edges: [] };
    cy.batch(() => {
      if (!this.has(iri)) {
        // A resource from outside the drawing starts below it, so its fan does not land on the first view.
        const box = cy.elements().boundingBox();
        const focus = cy.add({ group: 'nodes', ...page.focus });
        focus.position(cy.elements().length > 1 ? { x: (box.x1 + box.x2) / 2, y: box.y2 + 320 } : { x: 0, y: 0 });
        added.nodes.push(iri);
      }
      const centre = cy.getElementById(iri);
      const fresh = page.nodes.filter((n) => !this.has(n.data.id));
      const ring = ringPositions(centre.position(), fresh.length, offset);
      fresh.forEach((n, i) => {
        const node = cy.add({ group: 'nodes', ...n, position: { x: ring[i].x, y: ring[i].y } });
        node.scratch('_internkg', { radius: ring[i].radius });
        if (this.#hiddenTypes.has(n.classes)) node.addClass('is-hidden');
        added.nodes.push(n.data.id);
      });
      for (const e of page.edges) {
        if (!this.has(e.data.id)) {
          cy.add({ group: 'edges', ...e });
          added.edges.push(e.data.id);
        }
      }
      centre.addClass('is-expanded');
    });
    await this.#track(this.#settle(added.nodes, iri));
    const paging = { loaded: offset + page.edges.length, total: page.total };
    this.#paging.set(iri, paging);
    this.#history.push({ ...added, previousPaging: before ? { ...before } : null });
    this.#publishCounts();
    this.#emit('expansionChanged', { iri, paging: { ...paging }, added: { nodes: [...added.nodes], edges: [...added.edges] } });
  }

  /**
   * Adds the next pages of a resource's neighbours at once, as a permalink that names them replays them: one
   * request for all of them, one add, one placement, one graphChanged, instead of a round trip and a layout
   * per page. Undo and the permalink still count pages (one history entry per PAGE_SIZE links), so the view
   * ends exactly as expanding page by page would leave it, in a fraction of the time on a hub.
   */
  async expandPages(iri, pages, prefetched = null) {
    if (pages <= 1 && !prefetched) return this.expand(iri);
    const before = this.#paging.get(iri);
    if (before && before.loaded >= before.total) return;
    const offset = before ? before.loaded : 0;
    const started = performance.now();
    const fetched = await this.#track(prefetched && offset === 0 ? prefetched : fetchPages(iri, pages, offset));
    if (!fetched) return;
    const { page, links, found } = fetched;
    measure('expand-fetch', started);
    const addStarted = performance.now();
    const cy = this.#cy;
    const seen = new Set();
    const isNew = (id) => !seen.has(id) && !this.has(id);
    const drawn = (id) => seen.has(id) || this.has(id);
    const pageEntries = [];
    const elements = [];
    const fresh = [];
    let centre;
    if (this.has(iri)) {
      centre = cy.getElementById(iri).position();
    } else {
      const box = this.#positionsBox(cy.nodes());
      centre = box ? { x: (box.x1 + box.x2) / 2, y: box.y2 + 320 } : { x: 0, y: 0 };
      elements.push({ group: 'nodes', ...page.focus, position: { ...centre } });
      seen.add(iri);
    }
    // one history entry per page, and one even when there are no links (the focus alone was drawn)
    for (let k = 0; k === 0 || k < links.length; k += PAGE_SIZE) {
      const entry = { iri, nodes: k === 0 && seen.has(iri) ? [iri] : [], edges: [] };
      for (const e of links.slice(k, k + PAGE_SIZE)) {
        for (const end of [e.data.source, e.data.target]) {
          if (end !== iri && found.has(end) && isNew(end)) {
            seen.add(end);
            entry.nodes.push(end);
            fresh.push(found.get(end));
          }
        }
        if (isNew(e.data.id) && drawn(e.data.source) && drawn(e.data.target)) {
          seen.add(e.data.id);
          entry.edges.push(e.data.id);
          elements.push({ group: 'edges', ...e });
        }
      }
      entry.previousPaging = k === 0 ? (before ? { ...before } : null) : { loaded: offset + k, total: page.total };
      pageEntries.push(entry);
    }
    const ring = ringPositions(centre, fresh.length, offset);
    // A drawing this big gets the light look (haystack links, graph-style.js): bundled curves of thousands of
    // links cost seconds to compute.
    const crowded = this.#crowded(fresh.length) ? ' is-crowded' : '';
    elements.forEach((e) => { e.classes = `${e.classes || ''}${crowded}`; });
    const nodes = fresh.map((n, i) => ({
      group: 'nodes', ...n, classes: `${n.classes}${this.#hiddenTypes.has(n.classes) ? ' is-hidden' : ''}${crowded}`,
      position: { x: ring[i].x, y: ring[i].y }, scratch: { _internkg: { radius: ring[i].radius } },
    }));
    // Nodes first: an edge needs both ends when it is added.
    cy.batch(() => {
      cy.add(elements.filter((e) => e.group === 'nodes').concat(nodes, elements.filter((e) => e.group === 'edges')));
      cy.getElementById(iri).addClass('is-expanded');
    });
    measure('expand-add', addStarted);
    const layoutStarted = performance.now();
    const added = pageEntries.flatMap((h) => h.nodes);
    await this.#track(this.#settle(added, iri));
    measure('expand-layout', layoutStarted);
    const publishStarted = performance.now();
    const paging = { loaded: offset + links.length, total: page.total };
    this.#paging.set(iri, paging);
    this.#history.push(...pageEntries);
    this.#publishCounts();
    this.#emit('expansionChanged', { iri, paging: { ...paging }, added: { nodes: added, edges: pageEntries.flatMap((h) => h.edges) } });
    measure('expand-publish', publishStarted);
  }

  // Frames nodes by their positions alone: Cytoscape's fit measures every label first, which takes seconds on
  // thousands of nodes. The margin stands for the node and its label.
  #fitPositions(nodes, padding) {
    const cy = this.#cy;
    const box = this.#positionsBox(nodes);
    if (!box) return;
    const margin = 60;
    const w = box.x2 - box.x1 + 2 * margin;
    const h = box.y2 - box.y1 + 2 * margin;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
    cy.viewport({ zoom, pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 } });
  }

  // The box around the nodes' centres (null for none), without measuring any label.
  #positionsBox(nodes) {
    if (nodes.empty()) return null;
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    nodes.forEach((n) => {
      const p = n.position();
      box.x1 = Math.min(box.x1, p.x);
      box.y1 = Math.min(box.y1, p.y);
      box.x2 = Math.max(box.x2, p.x);
      box.y2 = Math.max(box.y2, p.y);
    });
    return box;
  }

  // Moves only the new nodes into free space around the expanded one: everything already drawn stays put,
  // so the reader keeps their bearings. Edge labels of big fans appear on hover only.
  async #settle(newIds, centreId) {
    const cy = this.#cy;
    const fresh = cy.collection(newIds.map((id) => cy.getElementById(id)));
    const edges = fresh.connectedEdges();
    edges.toggleClass('has-label', fresh.length <= 8);
    if (!fcose || fresh.empty()) return;
    if (this.#crowded()) {
      // the expanded node with everything drawn around it (its new neighbours may be none: a replayed hub's fan)
      this.#fitPositions(fresh.union(cy.getElementById(centreId).closedNeighborhood().nodes()), 50);
      return;
    }
    const fixed = cy.nodes().not(fresh).filter((n) => !n.is(HIDDEN));
    // Edges of the fan keep their ring's length; everything else keeps the usual spacing.
    const ideal = (edge) => {
      const ends = edge.connectedNodes().filter((n) => fresh.has(n));
      const r = ends.nonempty() ? ends[0].scratch('_internkg')?.radius : null;
      return r || 120;
    };
    const layout = cy.elements().not(HIDDEN).layout({
      name: 'fcose', randomize: false, animate: 'end', animationDuration: 300, fit: false,
      nodeRepulsion: 25000, idealEdgeLength: ideal, nodeSeparation: 90, numIter: 2500,
      fixedNodeConstraint: fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    const focusArea = fresh.union(cy.getElementById(centreId));
    cy.animate({ fit: { eles: focusArea, padding: 50 } }, { duration: 250 });
  }

  // Removes what expansions of this node added (the first view stays).
  collapse(iri) {
    const mine = this.#history.filter((h) => h.iri === iri);
    if (!mine.length) return;
    this.#history = this.#history.filter((h) => h.iri !== iri);
    this.#removeAdded(mine, iri);
    this.#paging.delete(iri);
    this.#cy.getElementById(iri).removeClass('is-expanded');
    this.#publishCounts();
    this.#emit('expansionChanged', { iri, paging: null });
  }

  undo() {
    const last = this.#history.pop();
    if (!last) return;
    this.#removeAdded([last], last.iri);
    if (last.previousPaging) {
      this.#paging.set(last.iri, last.previousPaging);
    } else {
      this.#paging.delete(last.iri);
      this.#cy.getElementById(last.iri).removeClass('is-expanded');
    }
    this.#publishCounts();
    this.#emit('expansionChanged', { iri: last.iri, paging: this.paging(last.iri) });
    if (!this.selectedIri()) this.#emit('selectionCleared');
  }

  #removeAdded(expansions, keep) {
    const cy = this.#cy;
    cy.batch(() => {
      for (const h of expansions) {
        h.edges.forEach((id) => cy.getElementById(id).remove());
        h.nodes.filter((id) => id !== keep || h.nodes.length === 1).forEach((id) => {
          this.#paging.delete(id);
          cy.getElementById(id).remove();
        });
      }
    });
  }

  setTypeVisible(typeClass, visible) {
    if (visible) this.#hiddenTypes.delete(typeClass);
    else this.#hiddenTypes.add(typeClass);
    this.#cy.batch(() => this.#cy.nodes(`.${typeClass}`).toggleClass('is-hidden', !visible));
    this.#publishCounts();
  }

  /** Nodes on screen per type class: neither switched off in the legend nor not there yet on the slider's day. */
  typeCounts() {
    const counts = {};
    this.#cy.nodes().not(HIDDEN).forEach((n) => {
      const c = n.classes().find((k) => k.startsWith('type-'));
      if (c) counts[c] = (counts[c] || 0) + 1;
    });
    return counts;
  }

  fit() {
    this.#cy.animate({ fit: { eles: this.#cy.elements(':visible'), padding: 40 } }, { duration: 250 });
  }

  zoomBy(factor) {
    const cy = this.#cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  }

  relayout() {
    const options = fcose
      ? { name: 'fcose', quality: 'proof', randomize: false, animate: true, animationDuration: 400, nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 90, padding: 40 }
      : { name: 'cose', animate: true, padding: 40 };
    this.#cy.elements(':visible').layout(options).run();
  }

  // Draws elements another view brought (a path, a lesson's tools) and marks them; the drawing is undoable
  // like an expansion, and only the new nodes move.
  async showMarked({ nodes = [], edges = [] }, { focus } = {}) {
    const cy = this.#cy;
    const added = { iri: focus || (nodes[0] && nodes[0].data.id), nodes: [], edges: [] };
    cy.batch(() => {
      const box = cy.elements().boundingBox();
      const fresh = nodes.filter((n) => !this.has(n.data.id));
      const start = cy.elements().length ? { x: (box.x1 + box.x2) / 2, y: box.y2 + 200 } : { x: 0, y: 0 };
      fresh.forEach((n, i) => {
        cy.add({ group: 'nodes', ...n, position: { x: start.x + (i - fresh.length / 2) * 160, y: start.y + (i % 2) * 90 } });
        added.nodes.push(n.data.id);
      });
      for (const e of edges) {
        if (!this.has(e.data.id)) {
          cy.add({ group: 'edges', ...e });
          added.edges.push(e.data.id);
        }
      }
    });
    if (added.nodes.length || added.edges.length) {
      await this.#track(this.#settle(added.nodes, added.iri));
      this.#history.push({ ...added, previousPaging: this.paging(added.iri) });
    }
    this.mark([...nodes.map((n) => n.data.id), ...edges.map((e) => e.data.id)]);
    this.#publishCounts();
  }

  // Marks drawn elements (one set at a time) and frames them; the rest stays visible.
  mark(ids) {
    const cy = this.#cy;
    const marked = cy.collection(ids.map((id) => cy.getElementById(id)).filter((e) => e.nonempty()));
    cy.batch(() => {
      cy.elements('.is-marked').removeClass('is-marked');
      marked.removeClass('is-hidden').addClass('is-marked');
    });
    if (marked.nonempty()) cy.animate({ fit: { eles: marked, padding: 70 } }, { duration: 250 });
    this.#container.dataset.markedCount = String(marked.length);
    this.#emit('marksChanged', { ids: marked.map((e) => e.id()) });
  }

  clearMarks() {
    this.#cy.elements('.is-marked').removeClass('is-marked');
    this.#container.dataset.markedCount = '0';
    this.#emit('marksChanged', { ids: [] });
  }

  // A view (the details panel) asks for a comparison; the compare view listens.
  requestCompare(iri) {
    this.#emit('compareRequested', { iri });
  }

  undoDepth() {
    return this.#history.length;
  }

  // ---- layouts, exports and view state (workbench branch) ----

  #layoutName = 'layered';

  layoutName() {
    return this.#layoutName;
  }

  /**
   * Lays out the visible graph with one of LAYOUTS. Large graphs (LARGE_GRAPH nodes and more) get a preset
   * placement at once and an animated force-directed refinement after, which runs in frames and keeps the page
   * responsive. Resolves when the layout stops; data-layout on the container names it.
   */
  async setLayout(name) {
    if (!LAYOUTS.includes(name)) return;
    const cy = this.#cy;
    const eles = cy.elements().not(HIDDEN);
    const nodes = eles.nodes();
    this.#layoutName = name;
    this.#container.dataset.layout = name;
    this.#container.dataset.layoutRunning = 'true';
    let options;
    if (name === 'layered' || name === 'lanes') {
      const positions = name === 'lanes' ? lanePositions(nodes, eles.edges()) : layeredPositions(nodes, eles.edges());
      options = { name: 'preset', positions: (n) => positions.get(n.id()), animate: true, animationDuration: 350, fit: true, padding: 40 };
    } else if (name === 'concentric') {
      options = { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 30, animate: true, animationDuration: 350, padding: 40 };
    } else if (name === 'breadthfirst') {
      const roots = nodes.filter((n) => n.indegree() === 0 && n.outdegree() > 0);
      options = { name: 'breadthfirst', directed: true, roots: roots.nonempty() ? roots : undefined, spacingFactor: 1.1, animate: true, animationDuration: 350, padding: 40 };
    } else if (nodes.length >= LARGE_GRAPH) {
      const positions = lanePositions(nodes, eles.edges());
      cy.batch(() => nodes.positions((n) => positions.get(n.id())));
      options = { name: 'cose', animate: true, refresh: 10, randomize: false, numIter: 400, fit: true, padding: 40, nodeRepulsion: () => 20000 };
    } else {
      options = fcose
        ? { name: 'fcose', quality: 'proof', randomize: false, animate: true, animationDuration: 400, nodeRepulsion: 9000, idealEdgeLength: 110, nodeSeparation: 90, padding: 40 }
        : { name: 'cose', animate: true, padding: 40 };
    }
    const layout = eles.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    this.#container.dataset.layoutRunning = 'false';
    this.#emit('layoutChanged', { name });
  }

  /** The IRIs expanded so far, oldest first (one entry per page), and the hidden classes: enough to replay a view. */
  viewState() {
    return { expansions: this.#history.map((h) => h.iri), hidden: [...this.#hiddenTypes], layout: this.#layoutName, selected: this.selectedIri(), at: this.asOf() };
  }

  visibleNodeIds() {
    return this.#cy.nodes().not(HIDDEN).map((n) => n.id());
  }

  /** Visible nodes for the list view: id, labels, class label and number of drawn links. */
  visibleNodes() {
    return this.#cy.nodes().not(HIDDEN).map((n) => ({ ...n.data(), degree: n.degree() }));
  }

  /** A PNG of what the canvas shows, at the canvas size, on a white background. */
  png() {
    return this.#cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 1 });
  }

  canvasSize() {
    return { width: this.#cy.width(), height: this.#cy.height() };
  }

  /** Redraws the labels after the interface language changed (the stylesheet reads it). */
  refreshLabels() {
    this.#cy.style().update();
  }

  // ---- multi-hop expansion and overlays (views branch) ----

  /**
   * Adds one page of a multi-hop expansion of iri ({ focus, nodes, edges } as /api/expand returns them) around
   * it, like a neighbourhood page: undoable, new nodes placed in rings and settled. Resolves to the ids added.
   */
  async addExpansion(iri, page) {
    const cy = this.#cy;
    const added = { iri, nodes: [], edges: [] };
    cy.batch(() => {
      if (!this.has(iri)) {
        cy.add({ group: 'nodes', ...page.focus, position: { x: 0, y: 0 } });
        added.nodes.push(iri);
      }
      const centre = cy.getElementById(iri);
      const fresh = page.nodes.filter((n) => !this.has(n.data.id));
      const ring = ringPositions(centre.position(), fresh.length, 0);
      fresh.forEach((n, i) => {
        const node = cy.add({ group: 'nodes', ...n, position: { x: ring[i].x, y: ring[i].y } });
        node.scratch('_internkg', { radius: ring[i].radius });
        if (this.#hiddenTypes.has(n.classes)) node.addClass('is-hidden');
        added.nodes.push(n.data.id);
      });
      for (const e of page.edges) {
        if (!this.has(e.data.id) && this.has(e.data.source) && this.has(e.data.target)) {
          cy.add({ group: 'edges', ...e });
          added.edges.push(e.data.id);
        }
      }
    });
    await this.#track(this.#settle(added.nodes, iri));
    this.#history.push({ ...added, previousPaging: this.paging(iri) });
    this.#publishCounts();
    this.#emit('expansionChanged', { iri, paging: this.paging(iri), added: { nodes: [...added.nodes], edges: [...added.edges] } });
    return added;
  }

  /** Sets a state class (has-violation, has-warning …) on exactly the drawn nodes among ids. */
  markNodes(className, ids) {
    const wanted = new Set(ids);
    this.#cy.batch(() => this.#cy.nodes().forEach((n) => n.toggleClass(className, wanted.has(n.id()))));
  }

  /**
   * What the canvas shows, for a snapshot: each visible node with its position, the label as drawn and its look
   * (colour, shape, size), and each visible link with its label; read from the drawing, never from the data.
   */
  drawnElements() {
    const cy = this.#cy;
    const nodes = cy.nodes().not(HIDDEN).map((n) => ({
      id: n.id(), x: n.position('x'), y: n.position('y'), label: String(n.style('label') || ''),
      color: n.style('background-color'), shape: n.style('shape'), size: n.width(),
    }));
    const edges = cy.edges().filter((e) => e.visible()).map((e) => ({
      source: e.source().id(), target: e.target().id(), label: e.data('label') || '', derived: e.hasClass('is-derived'),
    }));
    return { nodes, edges };
  }

  // ---- the ecosystem as of a day (time-views branch) ----

  #asOf = null; // { at, since, dates: Map iri -> first day } or null: nothing filtered

  /**
   * Shows the graph as it stood on day at (YYYY-MM-DD): nodes whose first day (dates) is later get is-future and
   * disappear with their links; those that came after since get is-recent. Undated nodes stay. Null shows all.
   * Nodes added later (expansions) are filtered too; emits timeFiltered { at, hidden, recent } on every change.
   */
  setAsOf(at, dates, since) {
    this.#asOf = at ? { at, since: since || at, dates } : null;
    this.#publishCounts();
  }

  asOf() {
    return this.#asOf ? this.#asOf.at : null;
  }

  #applyAsOf() {
    const a = this.#asOf;
    let hidden = 0;
    let recent = 0;
    this.#cy.batch(() => this.#cy.nodes().forEach((n) => {
      const day = a && a.dates.get(n.id());
      const future = Boolean(day && day > a.at);
      const fresh = Boolean(day && !future && day > a.since);
      // only real changes: a class toggled on thousands of nodes restyles every one of them
      if (n.hasClass('is-future') !== future) n.toggleClass('is-future', future);
      if (n.hasClass('is-recent') !== fresh) n.toggleClass('is-recent', fresh);
      hidden += future ? 1 : 0;
      recent += fresh ? 1 : 0;
    }));
    this.#container.dataset.at = a ? a.at : '';
    this.#emit('timeFiltered', { at: a ? a.at : null, hidden, recent });
  }
}

export const LAYOUTS = ['layered', 'fcose', 'concentric', 'breadthfirst', 'lanes'];
// Above this many nodes on the canvas a new batch keeps its ring placement: a force-directed settle with
// thousands of fixed nodes costs seconds (and the rings are already legible); the view is fitted at once.
const SETTLE_LIMIT = 500;
// How long the pointer rests on a node of a crowded drawing before its links light up (ms).
const HOVER_REST = 150;

// Durations of the explorer's phases as internkg:* entries in the page's Performance timeline, read by the
// browser benchmark (LargeGraphBrowserBenchmark); a measure costs microseconds.
function measure(name, start) {
  performance.measure(`internkg:${name}`, { start, end: performance.now() });
}
// From this many visible nodes on, force-directed layout starts from a preset and refines in animation frames.
const LARGE_GRAPH = 2000;
// Hidden by the legend (a class switched off) or by the time slider (not there yet on the chosen day).
const HIDDEN = '.is-hidden, .is-future';
