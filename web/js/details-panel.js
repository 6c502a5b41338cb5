// The details panel: everything the knowledge base says about the selected resource, with the sources
// and confidence of each fact and the competing values of disputed properties. Renders only; actions go
// to the controller.
import { fetchResource } from './api.js';
import { el, safeHref } from './dom.js';
import { currentLanguage, language, pickLabel, t } from './i18n.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
// Shown in the header instead of the property list.
const HEADER_PROPERTIES = new Set([
  RDF_TYPE,
  'http://www.w3.org/2000/01/rdf-schema#label',
  'http://www.w3.org/2004/02/skos/core#altLabel',
  'http://purl.org/dc/terms/description',
]);
const FIRST_VALUES = 12;

function termLabel(term) {
  return pickLabel(term.label, term.iri);
}

export function mountDetailsPanel(controller, panel) {
  let token = 0;

  const show = async (iri) => {
    const mine = ++token;
    panel.hidden = false;
    panel.dataset.loaded = 'false';
    panel.dataset.iri = iri;
    panel.replaceChildren(el('p', { className: 'muted', text: t('details.loading') }));
    try {
      const resource = await fetchResource(iri);
      if (mine !== token) return;
      render(resource);
    } catch (error) {
      if (mine !== token) return;
      panel.replaceChildren(el('p', { className: 'error', text: error.message }));
    }
    panel.dataset.loaded = 'true';
  };

  const sourceIndex = new Map();
  const sourceRefs = (sources) => el('span', { className: 'refs' }, (sources || []).map((s) => {
    const n = sourceIndex.get(s.iri);
    return el('a', { className: 'ref', text: `[${n}]`, attrs: { href: `#source-${n}`, title: s.label } });
  }));

  const valueNode = (value) => {
    if (value.iri) {
      const a = el('a', {
        className: 'resource-link',
        text: pickLabel(value.label, value.iri),
        attrs: { href: safeHref(value.iri.startsWith('https://w3id.org/internkg/id/') ? `/id/${value.iri.slice('https://w3id.org/internkg/id/'.length)}` : value.iri), 'data-iri': value.iri, title: value.iri },
      });
      if (value.iri.startsWith('https://w3id.org/internkg/id/')) {
        a.addEventListener('click', (e) => {
          e.preventDefault();
          controller.focus(value.iri);
        });
      }
      const zh = value.label?.en && value.label?.zh ? el('span', { className: 'zh', text: ` ${value.label.zh}`, attrs: { lang: 'zh' } }) : null;
      return el('span', {}, [a, zh]);
    }
    const tag = value.lang ? value.lang : value.datatype ? value.datatype.replace(/^.*[#/]/, '') : null;
    return el('span', { className: 'literal' }, [
      el('span', { text: value.value, attrs: { lang: value.lang } }),
      tag ? el('span', { className: 'tag', text: tag }) : null,
    ]);
  };

  const factList = (facts) => {
    const groups = new Map();
    for (const f of facts) {
      const key = f.predicate.iri;
      if (!groups.has(key)) groups.set(key, { predicate: f.predicate, facts: [] });
      groups.get(key).facts.push(f);
    }
    const dl = el('dl', { className: 'facts' });
    for (const { predicate, facts: fs } of groups.values()) {
      dl.append(el('dt', { text: termLabel(predicate), attrs: { title: predicate.iri } }, [
        fs.length > 1 ? el('span', { className: 'count', text: ` ${fs.length}` }) : null,
      ]));
      const items = fs.map((f) => el('li', {}, [
        valueNode(f.value),
        ...(f.confidence || []).map((c) => el('span', { className: `badge badge-${c.level}`, text: t('details.confidence', { level: c.level }), attrs: { title: c.note || '' } })),
        f.disputed ? el('span', { className: 'badge badge-disputed', text: t('details.disputed') }) : null,
        sourceRefs(f.sources),
      ]));
      const ul = el('ul', {}, items.slice(0, FIRST_VALUES));
      const dd = el('dd', {}, [ul]);
      if (items.length > FIRST_VALUES) {
        const more = el('button', { className: 'link-button', text: t('details.showAll', { n: items.length }), attrs: { type: 'button' } });
        more.addEventListener('click', () => {
          ul.replaceChildren(...items);
          more.remove();
        });
        dd.append(more);
      }
      dl.append(dd);
    }
    return dl;
  };

  const actions = (resource) => {
    const paging = controller.paging(resource.iri);
    const box = el('div', { className: 'actions' });
    const expand = el('button', { attrs: { type: 'button', 'data-action': 'expand' } });
    if (!paging) {
      expand.textContent = t('details.expand');
    } else if (paging.loaded < paging.total) {
      expand.textContent = t('details.more', { n: paging.total - paging.loaded });
    } else {
      expand.textContent = t('details.allShown');
      expand.disabled = true;
    }
    expand.addEventListener('click', () => controller.expand(resource.iri));
    box.append(expand);
    if (paging) {
      const collapse = el('button', { text: t('details.collapse'), attrs: { type: 'button', 'data-action': 'collapse' } });
      collapse.addEventListener('click', () => controller.collapse(resource.iri));
      box.append(collapse);
    }
    if ((resource.types || []).some((t) => t.iri === 'https://w3id.org/internkg/def/Model')) {
      const compare = el('button', { text: 'Compare with…', attrs: { type: 'button', 'data-action': 'compare' } });
      compare.addEventListener('click', () => controller.requestCompare(resource.iri));
      box.append(compare);
    }
    if (resource.page) {
      box.append(el('a', { className: 'button-link', text: t('details.page'), attrs: { href: safeHref(resource.page), 'data-link': 'page' } }));
      box.append(el('a', { className: 'button-link', text: t('details.turtle'), attrs: { href: safeHref(resource.turtle), download: '', 'data-link': 'turtle' } }));
    }
    return box;
  };

  let current = null;
  const render = (resource) => {
    current = resource;
    sourceIndex.clear();
    resource.sources.forEach((s, i) => sourceIndex.set(s.iri, i + 1));
    const close = el('button', { className: 'close', text: '×', attrs: { type: 'button', title: t('details.close'), 'aria-label': t('details.close') } });
    close.addEventListener('click', () => controller.clearSelection());
    const types = el('p', { className: 'types' }, resource.types.map((t) => el('span', { className: 'type-badge', text: termLabel(t), attrs: { title: t.iri } })));
    const head = el('div', { className: 'details-head' }, [
      close,
      types,
      el('h2', { className: 'label-en', text: pickLabel(resource.label, resource.iri) }),
      resource.label?.zh && resource.label?.en ? el('p', { className: 'label-zh', text: currentLanguage() === 'zh' ? resource.label.en : resource.label.zh, attrs: { lang: currentLanguage() === 'zh' ? 'en' : 'zh' } }) : null,
      resource.disputes.length ? el('span', { className: 'badge badge-disputed', text: t('details.disputed') }) : null,
      resource.altLabels.length ? el('p', { className: 'alt-labels', text: t('details.also', { names: resource.altLabels.map((a) => a.value).join(' · ') }) }) : null,
      resource.huggingFaceId ? el('p', { className: 'hf' }, [
        el('span', { className: 'muted', text: 'Hugging Face ' }),
        el('a', { text: resource.huggingFaceId, attrs: { href: safeHref(`https://huggingface.co/${resource.huggingFaceId}`), rel: 'noopener noreferrer' } }),
      ]) : null,
      resource.description?.en ? el('p', { className: 'description', text: resource.description.en }) : null,
      resource.description?.zh ? el('p', { className: 'description', text: resource.description.zh, attrs: { lang: 'zh' } }) : null,
      el('p', { className: 'iri', text: resource.iri }),
    ]);
    const sections = [head, actions(resource)];
    if (resource.disputes.length) {
      const list = el('ul', { className: 'disputes' }, resource.disputes.map((d) => el('li', {}, [
        el('strong', { text: termLabel(d.predicate) }),
        el('ul', {}, d.values.map((v) => el('li', {}, [
          valueNode(v.value),
          el('span', { className: v.primary ? 'badge badge-primary' : 'badge', text: v.primary ? t('details.primary') : t('details.reported') }),
          el('span', { className: 'dispute-sources' }, (v.sources || []).flatMap((src, k) => [
            k ? ', ' : t('details.per'),
            src.document
              ? el('a', { text: src.label, attrs: { href: safeHref(src.document), rel: 'noopener noreferrer', title: src.document } })
              : el('span', { text: src.label }),
          ])),
        ]))),
      ])));
      sections.push(el('section', { className: 'dispute-section' }, [el('h3', { text: t('details.disputedValues') }), list]));
    }
    const outgoing = resource.facts.filter((f) => f.direction === 'out' && !HEADER_PROPERTIES.has(f.predicate.iri));
    const incoming = resource.facts.filter((f) => f.direction === 'in');
    if (outgoing.length) sections.push(el('section', {}, [el('h3', { text: t('details.properties') }), factList(outgoing)]));
    if (incoming.length) sections.push(el('section', {}, [el('h3', { text: t('details.referencedBy') }), factList(incoming)]));
    if (resource.truncated) sections.push(el('p', { className: 'muted', text: t('details.truncated') }));
    sections.push(el('section', { className: 'sources' }, [
      el('h3', { text: t('details.sources') }),
      el('ol', {}, resource.sources.map((s, i) => el('li', { attrs: { id: `source-${i + 1}` } }, [
        s.document ? el('a', { text: s.label, attrs: { href: safeHref(s.document), rel: 'noopener noreferrer' } }) : el('span', { text: s.label }),
      ]))),
    ]));
    panel.replaceChildren(...sections);
  };

  controller.addEventListener('nodeSelected', (e) => show(e.detail.iri));
  language.addEventListener('languageChanged', () => {
    if (current) render(current);
  });
  controller.addEventListener('selectionCleared', () => {
    token++;
    current = null;
    panel.hidden = true;
    panel.replaceChildren();
    delete panel.dataset.iri;
  });
  controller.addEventListener('expansionChanged', (e) => {
    if (current && e.detail.iri === current.iri) {
      panel.querySelector('.actions')?.replaceWith(actions(current));
    }
  });
}
