// Charts of SELECT results: a label column against one or more numeric columns, as bars, lines or points, with
// ECharts from its webjar (loaded on first use: the module is about 1 MB). A column is numeric when every value
// it binds is a literal of an XSD numeric datatype; plain strings that look like numbers are not counted.
import { el } from '../dom.js';
import { t } from '../i18n.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'long', 'int', 'short', 'byte', 'nonNegativeInteger',
  'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((n) => XSD + n));
export const CHART_TYPES = ['bar', 'line', 'scatter'];
// More categories than a chart can label; the table has them all.
const MAX_ROWS = 500;

const isNumeric = (term) => term && term.type !== 'uri' && term.type !== 'bnode' && NUMERIC.has(term.datatype);

/** The columns of a SELECT answer: numeric ones (every bound value a numeric literal) and the others. */
export function chartColumns(json) {
  const vars = json.head?.vars || [];
  const rows = json.results?.bindings || [];
  const numeric = vars.filter((v) => rows.some((r) => r[v]) && rows.every((r) => !r[v] || isNumeric(r[v])));
  return { vars, numeric, labels: vars.filter((v) => !numeric.includes(v)) };
}

/**
 * Mounts the chart view in panel for a SELECT answer. describe(iri) names resources on the axis. Returns
 * { dispose() }; the instance is read by tests through window.__internkgChart (series as drawn, read-only).
 */
export function renderChart(panel, json, { describe }) {
  const { vars, numeric, labels } = chartColumns(json);
  panel.replaceChildren();
  panel.dataset.ready = 'false';
  if (!numeric.length) {
    panel.append(el('p', { className: 'wb-note', text: t('chart.noNumeric'), attrs: { id: 'chart-note', role: 'status' } }));
    panel.dataset.ready = 'true';
    return { dispose() {} };
  }
  const rows = (json.results?.bindings || []).slice(0, MAX_ROWS);
  const state = { type: 'bar', label: labels[0] ?? vars[0], series: null };
  state.series = numeric.filter((v) => v !== state.label);

  const select = (id, key, options, value) => {
    const s = el('select', { attrs: { id } }, options.map((o) => el('option', { text: o.text, attrs: { value: o.value } })));
    s.value = value;
    return el('label', { className: 'wb-chart-field' }, [el('span', { text: t(key) }), s]);
  };
  const typeField = select('chart-type', 'chart.type', CHART_TYPES.map((c) => ({ value: c, text: t(`chart.${c}`) })), state.type);
  const labelField = select('chart-label', 'chart.labelColumn', vars.map((v) => ({ value: v, text: `?${v}` })), state.label);
  const seriesBox = el('fieldset', { className: 'wb-chart-series', attrs: { id: 'chart-series' } }, [el('legend', { text: t('chart.values') })]);
  const png = el('button', { text: t('chart.png'), attrs: { type: 'button', id: 'chart-png', title: t('chart.pngTitle') } });
  const note = el('p', { className: 'wb-note', attrs: { id: 'chart-note', role: 'status' } });
  const canvas = el('div', { className: 'wb-chart', attrs: { id: 'result-chart' } });
  panel.append(el('div', { className: 'wb-chart-controls' }, [typeField, labelField, seriesBox, png]), note, canvas);

  const renderSeriesBoxes = () => {
    seriesBox.replaceChildren(seriesBox.firstChild, ...numeric.filter((v) => v !== state.label).map((v) => {
      const box = el('input', { attrs: { type: 'checkbox', value: v, 'data-column': v } });
      box.checked = state.series.includes(v);
      box.addEventListener('change', () => {
        state.series = [...seriesBox.querySelectorAll('input:checked')].map((b) => b.value);
        draw();
      });
      return el('label', {}, [box, el('span', { text: `?${v}` })]);
    }));
  };

  const labelOf = (term, i) => {
    if (!term) return `#${i + 1}`;
    return term.type === 'uri' ? describe(term.value) : term.value;
  };

  let chart = null;
  let echarts = null;
  const draw = () => {
    if (!chart) return;
    const categories = rows.map((r, i) => labelOf(r[state.label], i));
    note.textContent = state.series.length ? (rows.length < (json.results?.bindings || []).length ? t('chart.capped', { n: MAX_ROWS }) : '') : t('chart.pickSeries');
    chart.setOption({
      animation: false,
      tooltip: { trigger: state.type === 'scatter' ? 'item' : 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 60, right: 24, top: 36, bottom: 90, containLabel: true },
      xAxis: { type: 'category', data: categories, name: `?${state.label}`, axisLabel: { rotate: categories.length > 8 ? 35 : 0, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: state.series.map((v) => ({
        name: `?${v}`,
        type: state.type,
        data: rows.map((r) => (r[v] ? Number(r[v].value) : null)),
      })),
    }, { notMerge: true });
    panel.dataset.type = state.type;
    panel.dataset.seriesCount = String(state.series.length);
    panel.dataset.ready = 'true';
  };

  typeField.querySelector('select').addEventListener('change', (e) => { state.type = e.target.value; draw(); });
  labelField.querySelector('select').addEventListener('change', (e) => {
    state.label = e.target.value;
    state.series = numeric.filter((v) => v !== state.label);
    renderSeriesBoxes();
    draw();
  });
  png.addEventListener('click', () => {
    if (!chart) return;
    // The data: URL is decoded here: the page may fetch only itself and blob: (connect-src).
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    let link = document.getElementById('chart-png-link');
    if (link) URL.revokeObjectURL(link.href);
    else {
      link = el('a', { attrs: { id: 'chart-png-link', hidden: true } });
      panel.append(link);
    }
    link.href = URL.createObjectURL(blob);
    link.download = 'internkg-chart.png';
    link.click();
  });
  renderSeriesBoxes();

  const resize = () => chart?.resize();
  window.addEventListener('resize', resize);
  let disposed = false;
  import('echarts').then((module) => {
    if (disposed) return;
    echarts = module;
    chart = echarts.init(canvas, null, { renderer: 'canvas' });
    Object.defineProperty(window, '__internkgChart', {
      value: Object.freeze({ series: () => (chart ? chart.getOption().series.map((s) => ({ name: s.name, type: s.type, data: [...s.data] })) : []) }),
      configurable: true,
    });
    draw();
  }).catch((error) => {
    note.textContent = error.message;
    note.classList.add('error');
  });
  return {
    dispose() {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    },
  };
}
