// The time slider: scrub or play a day and the explorer shows the ecosystem as it stood then. The server says when
// each entity came (/api/dates: its own date, else its first release, else a family's first model); the controller
// hides what came later (class is-future) and rings what came in the 30 days before (is-recent). Entities the data
// does not date (stages, concepts, organisations …) stay visible at every day. The day is in the URL (?at=) and
// the permalink; without it nothing is filtered ("today").
import { fetchDates } from './api.js';
import { el } from './dom.js';
import { language, t } from './i18n.js';

const DAY = 86400000;
const RECENT_DAYS = 30;
const PLAY_INTERVAL = 900;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const toMs = (day) => Date.parse(`${day}T00:00:00Z`);
const validDay = (text) => typeof text === 'string' && ISO_DAY.test(text) && toDay(toMs(text)) === text;

// One month later, the day clamped to the month's length (2024-01-31 → 2024-02-29).
function nextMonth(day) {
  const d = new Date(toMs(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toDay(target.getTime());
}

export function mountTimeSlider(controller, wrap) {
  const slider = el('input', { attrs: { id: 'time-slider', type: 'range', min: '0', max: '0', step: '1', value: '0', disabled: true } });
  const label = el('label', { className: 'time-label', text: t('time.label'), attrs: { for: 'time-slider', id: 'time-slider-label' } });
  const output = el('output', { className: 'time-date', attrs: { id: 'time-date', for: 'time-slider', 'aria-live': 'polite' } });
  const play = el('button', { text: t('time.play'), attrs: { type: 'button', id: 'time-play', 'aria-pressed': 'false', title: t('time.playTitle'), disabled: true } });
  const now = el('button', { text: t('time.now'), attrs: { type: 'button', id: 'time-now', title: t('time.nowTitle'), disabled: true } });
  const note = el('span', { className: 'time-note', attrs: { id: 'time-note' } });
  const bar = el('div', { className: 'time-bar', attrs: { id: 'time-bar', role: 'group', 'aria-labelledby': 'time-slider-label', 'data-loaded': 'false' } },
    [label, play, slider, output, now, note]);
  wrap.append(bar);

  let start = 0;          // ms of slider value 0
  let dates = new Map();  // iri -> first day
  let at = null;          // the chosen day, or null: today, nothing filtered
  let timer = null;
  let counts = { hidden: 0, recent: 0 };

  const render = () => {
    output.textContent = at || t('time.today');
    slider.setAttribute('aria-valuetext', at || t('time.today'));
    now.disabled = !at;
    const selected = controller.selectedIri();
    const day = selected && dates.get(selected);
    if (at && day && day > at) note.textContent = t('time.later', { name: controller.nodeData(selected)?.label || selected, day });
    else note.textContent = at ? t('time.counts', counts) : '';
  };

  const remember = () => {
    const url = new URL(window.location.href);
    if (at) url.searchParams.set('at', at);
    else url.searchParams.delete('at');
    window.history.replaceState(null, '', url);
  };

  const show = (day) => {
    at = day;
    if (day) slider.value = String(Math.round((toMs(day) - start) / DAY));
    else slider.value = slider.max;
    controller.setAsOf(day, dates, day ? toDay(toMs(day) - RECENT_DAYS * DAY) : null);
    remember();
    render();
  };

  const stop = () => {
    clearInterval(timer);
    timer = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = t('time.play');
  };

  const step = () => {
    const next = nextMonth(at);
    const end = toDay(start + Number(slider.max) * DAY);
    if (next >= end) {
      show(end);
      stop();
      return;
    }
    show(next);
  };

  slider.addEventListener('input', () => {
    stop();
    show(toDay(start + Number(slider.value) * DAY));
  });
  play.addEventListener('click', () => {
    if (timer) {
      stop();
      return;
    }
    // From the end (or "today") playing starts over at the first day.
    if (!at || Number(slider.value) >= Number(slider.max)) show(toDay(start));
    play.setAttribute('aria-pressed', 'true');
    play.textContent = t('time.pause');
    timer = setInterval(step, PLAY_INTERVAL);
  });
  now.addEventListener('click', () => {
    stop();
    show(null);
  });
  // A node found by search or a permalink may not be there yet on the chosen day: say so rather than show nothing.
  controller.addEventListener('nodeSelected', () => render());
  controller.addEventListener('selectionCleared', () => render());
  controller.addEventListener('timeFiltered', (e) => {
    counts = { hidden: e.detail.hidden, recent: e.detail.recent };
    render();
  });
  language.addEventListener('languageChanged', () => {
    label.textContent = t('time.label');
    play.title = t('time.playTitle');
    play.textContent = t(timer ? 'time.pause' : 'time.play');
    now.textContent = t('time.now');
    now.title = t('time.nowTitle');
    render();
  });

  const load = async () => {
    let answer;
    try {
      answer = await fetchDates();
    } catch (error) {
      note.textContent = error.message;
      return;
    }
    if (!answer.first) return;
    dates = new Map(answer.entities.map((e) => [e.iri, e.date]));
    // From the first of the month before the first date, so the first entity can be seen arriving.
    const first = new Date(toMs(answer.first));
    start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1);
    const end = Math.max(toMs(answer.last), toMs(toDay(Date.now())));
    slider.max = String(Math.round((end - start) / DAY));
    [slider, play].forEach((c) => { c.disabled = false; });
    const wanted = new URLSearchParams(window.location.search).get('at');
    if (validDay(wanted)) {
      const clamped = Math.min(Math.max(toMs(wanted), start), end);
      show(toDay(clamped));
    } else {
      show(null);
    }
    bar.dataset.loaded = 'true';
  };
  load();
}
