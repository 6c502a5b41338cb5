// Multi-hop typed expansion: "expand n hops from the selected node along these links, keep only these classes",
// with a preview of how many nodes it adds before it adds them, then page by page like a hub's neighbours.
import { el } from './dom.js';
import { t } from './i18n.js';

const DEF = 'https://w3id.org/internkg/def/';
// The links worth walking: the object properties of the InternKG vocabulary (ontology/internkg.ttl).
const PREDICATES = ['family', 'derivedFrom', 'builtOn', 'supportsModel', 'support', 'servesStage', 'releases', 'developedBy',
  'collaborator', 'usesTool', 'usesModel', 'usesDataset', 'usesPlatform', 'usesTechnique', 'implementsTechnique',
  'integratesWith', 'trainedOn', 'trainedWith', 'evaluatedOn', 'availableOn', 'paper', 'partOfCourse', 'organizedBy',
  'contentFrom', 'concerns', 'nextStage'];
const TYPES = ['ModelFamily', 'Model', 'Release', 'SoftwareTool', 'Dataset', 'Benchmark', 'Paper', 'Organization',
  'Platform', 'Course', 'Lesson', 'PipelineStage', 'Concept', 'Technique'];
export const HOP_PAGE = 50;

function query(iri, form, extra) {
  const params = new URLSearchParams({ iri, hops: form.hops.value, ...extra });
  form.querySelectorAll('input[name="predicate"]:checked').forEach((c) => params.append('predicate', c.value));
  form.querySelectorAll('input[name="type"]:checked').forEach((c) => params.append('type', c.value));
  return params;
}

async function getJson(params) {
  const response = await fetch(`/api/expand?${params}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || response.statusText);
  return body;
}

export function mountMultiHop(controller, toolbar, wrap) {
  const open = el('button', { text: t('hop.open'), attrs: { type: 'button', id: 'multi-hop-open', title: t('hop.openTitle'), disabled: true } });
  toolbar.append(open);

  const hops = el('select', { attrs: { name: 'hops', id: 'multi-hop-hops' } }, [1, 2, 3].map((n) => el('option', { text: String(n), attrs: { value: n } })));
  hops.value = '2';
  const checkboxes = (name, values, label) => el('fieldset', { className: 'multi-hop-choices' }, [
    el('legend', { text: label }),
    ...values.map((v) => el('label', {}, [el('input', { attrs: { type: 'checkbox', name, value: name === 'predicate' ? DEF + v : v } }), document.createTextNode(` ${v}`)])),
  ]);
  const from = el('p', { className: 'multi-hop-from' });
  const result = el('p', { className: 'multi-hop-result', attrs: { id: 'multi-hop-result', role: 'status' } });
  const preview = el('button', { text: t('hop.preview'), attrs: { type: 'button', id: 'multi-hop-preview' } });
  const add = el('button', { text: t('hop.add'), attrs: { type: 'button', id: 'multi-hop-add', disabled: true } });
  const close = el('button', { text: t('hop.close'), attrs: { type: 'button', id: 'multi-hop-close' } });
  const form = el('form', { className: 'multi-hop-panel', attrs: { id: 'multi-hop', hidden: true, 'aria-label': t('hop.heading') } }, [
    el('h2', { text: t('hop.heading') }),
    from,
    el('label', { text: `${t('hop.hops')} ` }, [hops]),
    checkboxes('predicate', PREDICATES, t('hop.predicates')),
    checkboxes('type', TYPES, t('hop.types')),
    el('div', { className: 'actions' }, [preview, add, close]),
    result,
  ]);
  wrap.append(form);

  // The expansion being offered: its start, the preview's node ids in page order, and how far it was added.
  let plan = null;

  const reset = () => {
    plan = null;
    add.disabled = true;
    add.textContent = t('hop.add');
    result.textContent = '';
    delete form.dataset.previewAdds;
  };

  const describe = () => {
    const fresh = plan.nodeIds.slice(plan.offset).filter((id) => !controller.has(id));
    const adds = plan.nodeIds.slice(plan.offset, plan.offset + HOP_PAGE).filter((id) => !controller.has(id)).length;
    result.textContent = `${t('hop.previewResult', { total: plan.total, fresh: fresh.length, adds })} `
      + Object.entries(plan.byType).map(([k, v]) => `${k} ${v}`).join(' · ')
      + (plan.truncated ? ` ${t('hop.truncated')}` : '');
    form.dataset.previewAdds = String(adds);
    add.disabled = plan.offset >= plan.total;
    add.textContent = plan.offset === 0 ? t('hop.add') : t('hop.addMore', { n: Math.min(HOP_PAGE, plan.total - plan.offset) });
  };

  open.addEventListener('click', () => {
    const iri = controller.selectedIri();
    if (!iri) return;
    form.dataset.iri = iri;
    const data = controller.nodeData(iri);
    from.textContent = `${t('hop.from')}: ${data?.label || iri}`;
    reset();
    form.hidden = false;
  });
  close.addEventListener('click', () => {
    form.hidden = true;
  });
  form.addEventListener('change', reset);
  form.addEventListener('submit', (e) => e.preventDefault());
  preview.addEventListener('click', async () => {
    const iri = form.dataset.iri;
    try {
      const body = await getJson(query(iri, form, { preview: 'true' }));
      plan = { iri, params: query(iri, form, {}), offset: 0, total: body.total, nodeIds: body.nodeIds, byType: body.byType, truncated: body.truncated };
      describe();
    } catch (error) {
      result.textContent = error.message;
    }
  });
  add.addEventListener('click', async () => {
    if (!plan) return;
    add.disabled = true;
    try {
      const params = new URLSearchParams(plan.params);
      params.set('limit', String(HOP_PAGE));
      params.set('offset', String(plan.offset));
      const page = await getJson(params);
      const added = await controller.addExpansion(plan.iri, page);
      plan.offset += page.nodes.length;
      form.dataset.lastAdded = String(added.nodes.length);
      describe();
    } catch (error) {
      result.textContent = error.message;
      add.disabled = false;
    }
  });

  controller.addEventListener('nodeSelected', () => { open.disabled = false; });
  controller.addEventListener('selectionCleared', () => { open.disabled = true; });
}
