// The legend: one row per class with its colour, shape, count in the knowledge base and on screen,
// and a checkbox that hides or shows the class.
import { el } from './dom.js';
import { typeStyle } from './graph-style.js';
import { language, pickLabel, t } from './i18n.js';

export function mountLegend(controller, list) {
  const shown = new Map();
  const names = new Map();
  language.addEventListener('languageChanged', () => {
    names.forEach((c, name) => { name.textContent = pickLabel(c.label, c.name); });
    update();
  });

  controller.addEventListener('overviewLoaded', (e) => {
    list.replaceChildren();
    for (const c of e.detail.classes) {
      if (c.name === 'ReportedValue') continue;
      const style = typeStyle(c.typeClass);
      const box = el('input', { attrs: { type: 'checkbox', checked: true, 'data-type-class': c.typeClass } });
      box.addEventListener('change', () => controller.setTypeVisible(c.typeClass, box.checked));
      const swatch = el('span', { className: `swatch shape-${style.shape}`, attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = style.color;
      const onScreen = el('span', { className: 'legend-shown', attrs: { title: t('legend.onScreen') } });
      shown.set(c.typeClass, onScreen);
      const name = el('span', { className: 'legend-name', text: pickLabel(c.label, c.name) });
      names.set(name, c);
      list.append(el('li', {}, [el('label', {}, [box, swatch, name, el('span', { className: 'legend-count', text: c.count }), onScreen])]));
    }
    update();
  });

  const update = () => {
    const counts = controller.typeCounts();
    for (const [typeClass, span] of shown) {
      const n = counts[typeClass] || 0;
      span.textContent = n ? t('legend.shown', { n }) : '';
    }
  };
  controller.addEventListener('graphChanged', update);
}
