// What came out when: releases on one lane per model family (tools and datasets on their own lane), placed by
// date; zoom to a year to read the labels. Disputed dates are marked, with every source's date on the card.
import { fetchTimeline } from './api.js';
import { el, safeHref } from './dom.js';
import { applyTranslations, currentLanguage, language, pickLabel, t } from './i18n.js';

const DAY = 86400000;

export function mountTimelineView(controller, section) {
  const family = el('select', { attrs: { id: 'timeline-family' } });
  const years = el('div', { className: 'timeline-years', attrs: { role: 'group' } });
  const chart = el('div', { className: 'timeline', attrs: { id: 'timeline' } });
  const card = el('div', { className: 'timeline-card', attrs: { id: 'timeline-card', 'aria-live': 'polite' } });
  section.append(el('div', { className: 'insights-form' }, [el('label', { attrs: { for: 'timeline-family' } }), family, years]), chart, card);
  applyTranslations([
    ['label[for="timeline-family"]', 'timeline.family'], ['#timeline-family', 'timeline.family', 'aria-label'],
    ['.timeline-years', 'timeline.zoom', 'aria-label'],
  ], section);

  let releases = [];
  let year = null;
  let described = null;

  const fillFamilies = () => {
    const lanes = [...new Set(releases.map(laneOf))].sort(lastFirst);
    family.replaceChildren(el('option', { text: t('timeline.allFamilies'), attrs: { value: '' } }), ...lanes.map((l) => el('option', { text: l, attrs: { value: l } })));
  };

  const name = pickLabel;
  const laneOf = (r) => (r.family ? name(r.family.label, r.family.iri) : t('timeline.other'));
  const lastFirst = (a, b) => (a === t('timeline.other')) - (b === t('timeline.other')) || a.localeCompare(b);

  const describe = (r) => {
    const sources = r.sources.map((s) => el('a', { text: s.label, attrs: { href: safeHref(s.document), target: '_blank', rel: 'noopener' } }));
    const lines = [
      el('strong', { text: name(r.label, r.iri) }),
      el('span', { text: ` · ${r.date}` }),
      r.confidence ? el('span', { className: `badge badge-${r.confidence}`, text: t('details.confidence', { level: r.confidence }), attrs: { title: r.confidenceNote || '' } }) : null,
      el('div', { className: 'muted' }, [el('span', { text: `${[r.released && t('timeline.releases', { name: name(r.released.label, r.released.iri) }), r.size, r.variant, r.version].filter(Boolean).join(' · ')} · ${t('timeline.source')} ` }), ...sources]),
    ];
    if (r.disputed) {
      lines.push(el('div', { className: 'dispute-section' }, [
        el('span', { className: 'badge badge-disputed', text: t('timeline.disputed') }),
        el('ul', {}, r.reported.map((d) => el('li', {}, [
          el('strong', { text: d.date }), el('span', { text: ` ${t('timeline.accordingTo')} ` }),
          el('a', { text: d.source.label, attrs: { href: safeHref(d.source.document), target: '_blank', rel: 'noopener' } }),
          d.note ? el('div', { className: 'muted', text: d.note }) : null,
        ]))),
      ]));
    }
    card.replaceChildren(...lines.filter(Boolean));
    card.dataset.iri = r.iri;
    described = r;
  };

  const render = () => {
    const shown = releases.filter((r) => (!family.value || laneOf(r) === family.value) && (!year || r.year === year));
    chart.replaceChildren();
    chart.dataset.count = String(shown.length);
    if (!shown.length) {
      chart.append(el('p', { className: 'muted', text: t('timeline.none') }));
      return;
    }
    const first = year ? new Date(Date.UTC(year, 0, 1)) : new Date(Date.UTC(shown[0].year, 0, 1));
    const last = year ? new Date(Date.UTC(year + 1, 0, 1)) : new Date(Date.UTC(shown[shown.length - 1].year + 1, 0, 1));
    const span = (last - first) / DAY;
    const at = (date) => `${(100 * (new Date(`${date}T00:00:00Z`) - first)) / DAY / span}%`;
    const axis = el('div', { className: 'timeline-axis' });
    const ticks = year
      ? Array.from({ length: 12 }, (_, m) => ({ text: new Date(Date.UTC(year, m, 1)).toLocaleString(currentLanguage() === 'zh' ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' }), date: `${year}-${String(m + 1).padStart(2, '0')}-01` }))
      : Array.from({ length: last.getUTCFullYear() - first.getUTCFullYear() }, (_, k) => ({ text: String(first.getUTCFullYear() + k), date: `${first.getUTCFullYear() + k}-01-01` }));
    ticks.forEach((mark) => {
      const tick = el('span', { className: 'timeline-tick', text: mark.text });
      tick.style.left = at(mark.date);
      axis.append(tick);
    });
    chart.append(el('div', { className: 'timeline-lane timeline-head' }, [el('span', { className: 'timeline-lane-name' }), axis]));
    const lanes = [...new Set(shown.map(laneOf))].sort(lastFirst);
    const width = Math.max(200, chart.clientWidth - 240);
    for (const lane of lanes) {
      const track = el('div', { className: 'timeline-track' });
      const items = shown.filter((r) => laneOf(r) === lane);
      // Rows by first fit, so markers (and, zoomed in, their labels) never cover each other.
      const rowEnds = [];
      items.forEach((r) => {
        const short = name(r.released?.label, name(r.label, r.iri)).replace(/ release$/, '');
        const left = at(r.date);
        const x = (parseFloat(left) / 100) * width;
        // Near the right end a label goes to the left of its dot, so it stays inside the chart.
        const flip = year && x + 18 + short.length * 6.6 > width;
        const extent = year && !flip ? 18 + short.length * 6.6 : 16;
        const start = flip ? x - 18 - short.length * 6.6 : x;
        let row = rowEnds.findIndex((end) => end < start - 4);
        if (row < 0) {
          row = rowEnds.length;
          rowEnds.push(0);
        }
        rowEnds[row] = x + extent;
        const marker = el('button', {
          className: `timeline-marker${flip ? ' is-flipped' : ''}${r.disputed ? ' is-disputed' : ''}${r.confidence ? ` is-${r.confidence}` : ''}`,
          attrs: { type: 'button', 'data-release-iri': r.iri, title: `${short} · ${r.date}${r.disputed ? ` (${t('timeline.alsoReported')}: ${r.reported.map((d) => d.date).join(', ')})` : ''}` },
        }, [el('span', { className: 'timeline-dot' }), year ? el('span', { className: 'timeline-label', text: short }) : null]);
        marker.style.left = left;
        marker.style.top = `${0.2 + row * 1.3}rem`;
        marker.addEventListener('click', () => {
          describe(r);
          controller.focus(r.released?.iri || r.iri);
        });
        track.append(marker);
      });
      track.style.height = `${rowEnds.length * 1.3 + 0.3}rem`;
      chart.append(el('div', { className: 'timeline-lane', attrs: { 'data-lane': lane } }, [el('span', { className: 'timeline-lane-name', text: lane, attrs: { title: lane } }), track]));
    }
  };

  const load = async () => {
    section.dataset.loaded = 'false';
    try {
      const timeline = await fetchTimeline();
      releases = timeline.releases;
    } catch (error) {
      chart.replaceChildren(el('p', { className: 'error', text: error.message }));
      return;
    }
    fillFamilies();
    const allYears = [...new Set(releases.map((r) => r.year))].sort();
    const yearButton = (label, value) => {
      const b = el('button', { text: label, attrs: { type: 'button', 'data-year': value ?? 'all', 'aria-pressed': String(year === value) } });
      b.addEventListener('click', () => {
        year = value;
        years.querySelectorAll('button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
        render();
      });
      return b;
    };
    years.replaceChildren(yearButton(t('timeline.allYears'), null), ...allYears.map((y) => yearButton(String(y), y)));
    family.addEventListener('change', render);
    language.addEventListener('languageChanged', () => {
      // lanes are named in the language of the moment; the chosen lane is kept by its family
      const chosen = releases.find((r) => laneOf(r) === family.value)?.family?.iri;
      fillFamilies();
      const again = releases.find((r) => r.family && r.family.iri === chosen);
      family.value = again ? laneOf(again) : '';
      years.querySelector('button[data-year="all"]').textContent = t('timeline.allYears');
      render();
      if (described) describe(described);
    });
    render();
    section.dataset.loaded = 'true';
  };
  load();
  return {};
}
