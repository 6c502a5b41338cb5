// The legend: one row per class with its colour, shape, count in the knowledge base and on screen,
// and a checkbox that hides or shows the class.
import { el } from './dom.js';
import { typeStyle } from './graph-style.js';

export function mountLegend(controller, list) {
  const shown = new Map();

  controller.addEventListener('overviewLoaded', (e) => {
    list.replaceChildren();
    for (const c of e.detail.classes) {
      if (c.name === 'ReportedValue') continue;
      const style = typeStyle(c.typeClass);
      const box = el('input', { attrs: { type: 'checkbox', checked: true, 'data-type-class': c.typeClass } });
      box.addEventListener('change', () => controller.setTypeVisible(c.typeClass, box.checked));
      const swatch = el('span', { className: `swatch shape-${style.shape}`, attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = style.color;
      const onScreen = el('span', { className: 'legend-shown', attrs: { title: 'on screen' } });
      shown.set(c.typeClass, onScreen);
      const name = el('span', { className: 'legend-name', text: c.label?.en || c.name });
      if (c.label?.zh) name.title = c.label.zh;
      list.append(el('li', {}, [el('label', {}, [box, swatch, name, el('span', { className: 'legend-count', text: c.count }), onScreen])]));
    }
    update();
  });

  const update = () => {
    const counts = controller.typeCounts();
    for (const [typeClass, span] of shown) {
      const n = counts[typeClass] || 0;
      span.textContent = n ? `${n} shown` : '';
    }
  };
  controller.addEventListener('graphChanged', update);
}
