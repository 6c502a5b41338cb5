// Which tool serves which stage: the pipeline data → … → application in order, with what serves each.
import { fetchStages } from './api.js';
import { el } from './dom.js';
import { language, otherLabel, pickLabel } from './i18n.js';

export function mountStagesView(controller, section) {
  const row = el('ol', { className: 'stages', attrs: { id: 'stages' } });
  section.append(row);
  const name = pickLabel;
  const render = (stages) => {
    row.replaceChildren(...stages.map((s) => {
      const title = el('button', { className: 'stage-name link-button', attrs: { type: 'button', 'data-iri': s.iri } }, [
        el('span', { text: name(s.label, s.iri) }), otherLabel(s.label),
      ]);
      title.addEventListener('click', () => controller.focus(s.iri));
      const tools = s.tools.map((t) => {
        const chip = el('button', { className: `chip chip-${t.type === 'SoftwareTool' ? 'tool' : 'dataset'}`, text: name(t.label, t.iri), attrs: { type: 'button', 'data-iri': t.iri, title: t.sources.map((x) => x.label).join('; ') } });
        chip.addEventListener('click', () => controller.focus(t.iri));
        return chip;
      });
      return el('li', { className: 'stage', attrs: { 'data-stage-iri': s.iri } }, [title, el('div', { className: 'chips' }, tools)]);
    }));
  };
  fetchStages().then(({ stages }) => {
    render(stages);
    language.addEventListener('languageChanged', () => render(stages));
    section.dataset.loaded = 'true';
  }).catch((error) => row.replaceChildren(el('li', { className: 'error', text: error.message })));
  return {};
}
