// Wires the explorer: the controller owns the graph; search box, legend, details panel and toolbar are views.
import { ExplorerController } from './explorer-controller.js';
import { mountDetailsPanel } from './details-panel.js';
import { mountLegend } from './legend.js';
import { mountSearchBox } from './search-box.js';
import { mountViewTools } from './view-tools.js';
import { restoreView } from './view-state.js';
import { firstView, replay } from './early-requests.js';
import { t } from './i18n.js';
import { mountInsightsPanel } from './insights-panel.js';
import { mountPathFinder } from './path-finder.js';
import { mountTimelineView } from './timeline-view.js';
import { mountStagesView } from './stages-view.js';
import { mountCourseView } from './course-view.js';
import { mountCompareView } from './compare-view.js';
import { mountMatrixView } from './matrix-view.js';
import { mountMultiHop } from './multi-hop.js';
import { mountValidationOverlay } from './validation-overlay.js';
import { mountTimeSlider } from './time-slider.js';
import { mountSnapshotButton } from './snapshot-button.js';

const controller = new ExplorerController(document.getElementById('graph'));
mountSearchBox(controller, document.getElementById('search-input'), document.getElementById('search-results'));
mountLegend(controller, document.getElementById('legend-list'));
mountDetailsPanel(controller, document.getElementById('details'));
mountViewTools(controller, document.getElementById('graph'));
mountInsightsPanel(controller, document.getElementById('insights'), [
  { name: 'paths', title: 'insights.paths', hint: 'insights.pathsHint', mount: mountPathFinder },
  { name: 'timeline', title: 'insights.timeline', hint: 'insights.timelineHint', mount: mountTimelineView },
  { name: 'stages', title: 'insights.stages', hint: 'insights.stagesHint', mount: mountStagesView },
  { name: 'course', title: 'insights.course', hint: 'insights.courseHint', mount: mountCourseView },
  { name: 'compare', title: 'insights.compare', hint: 'insights.compareHint', mount: mountCompareView },
]);
mountMatrixView(document.querySelector('.top-links'), document.querySelector('main.layout'));
mountMultiHop(controller, document.querySelector('.toolbar'), document.querySelector('.canvas-wrap'));
mountValidationOverlay(controller, document.querySelector('.toolbar'), document.querySelector('.canvas-wrap'), document.getElementById('details'));
mountTimeSlider(controller, document.querySelector('.canvas-wrap'));
mountSnapshotButton(controller, document.querySelector('.toolbar'), document.querySelector('.canvas-wrap'));

const status = document.getElementById('status');
const undo = document.getElementById('undo');
controller.addEventListener('graphChanged', (e) => {
  status.textContent = t('status.counts', e.detail);
  status.classList.remove('error');
  undo.disabled = controller.undoDepth() === 0;
});
controller.addEventListener('failed', (e) => {
  status.textContent = e.detail.message;
  status.classList.add('error');
});
controller.addEventListener('nodeSelected', (e) => {
  const url = new URL(window.location.href);
  url.searchParams.set('focus', e.detail.iri);
  window.history.replaceState(null, '', url);
});
controller.addEventListener('selectionCleared', () => {
  const url = new URL(window.location.href);
  url.searchParams.delete('focus');
  window.history.replaceState(null, '', url);
});

document.getElementById('zoom-in').addEventListener('click', () => controller.zoomBy(1.25));
document.getElementById('zoom-out').addEventListener('click', () => controller.zoomBy(0.8));
document.getElementById('fit').addEventListener('click', () => controller.fit());
document.getElementById('relayout').addEventListener('click', () => controller.relayout());
undo.addEventListener('click', () => controller.undo());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && document.activeElement?.id !== 'search-input') controller.clearSelection();
});

// the first view and a permalink's expansions were asked for while the scripts loaded
await controller.loadOverview({ overview: firstView, after: replay.map((r) => r.prefetched).filter(Boolean) });
await restoreView(controller, document.getElementById('graph'), window.location.search, replay);
const focus = new URLSearchParams(window.location.search).get('focus');
if (focus) await controller.focus(focus);
