// What the course teaches with what: the camp's lessons in order, each with the tools and models it uses and
// links to its material; "Show in graph" draws the lesson with what it uses, marked.
import { fetchCourses, fetchNeighbourhood } from './api.js';
import { el, safeHref } from './dom.js';
import { applyTranslations, language, otherLabel, pickLabel, t } from './i18n.js';

const DEFAULT_COURSE = 'https://w3id.org/internkg/id/course/camp2';

export function mountCourseView(controller, section) {
  const picker = el('select', { attrs: { id: 'course-select' } });
  const list = el('ol', { className: 'lessons', attrs: { id: 'course-lessons' } });
  section.append(el('div', { className: 'insights-form' }, [el('label', { attrs: { for: 'course-select' } }), picker]), list);
  applyTranslations([['label[for="course-select"]', 'course.course'], ['#course-select', 'course.course', 'aria-label']], section);
  let courses = [];

  const name = pickLabel;
  const chip = (used, kind) => {
    const b = el('button', { className: `chip chip-${kind}`, text: name(used.label, used.iri), attrs: { type: 'button', 'data-iri': used.iri, title: t('course.showIn', { name: name(used.label, used.iri) }) } });
    b.addEventListener('click', () => controller.focus(used.iri));
    return b;
  };

  const showLesson = async (lesson, item) => {
    list.querySelectorAll('li').forEach((li) => li.classList.toggle('is-current', li === item));
    const used = [...lesson.tools, ...lesson.models, ...lesson.datasets, ...lesson.platforms].map((u) => u.iri);
    const page = await fetchNeighbourhood(lesson.iri, { direction: 'out', limit: 200 });
    const nodes = [page.focus, ...page.nodes.filter((n) => used.includes(n.data.id))];
    const edges = page.edges.filter((e) => used.includes(e.data.target));
    await controller.showMarked({ nodes, edges }, { focus: lesson.iri });
    section.dataset.shown = lesson.iri;
  };

  const render = () => {
    const course = courses.find((c) => c.iri === picker.value) || courses[0];
    list.replaceChildren();
    if (!course) return;
    for (const lesson of course.lessons) {
      const item = el('li', { className: 'lesson', attrs: { 'data-lesson-iri': lesson.iri } });
      const number = lesson.number != null ? String(lesson.number) : lesson.code || '·';
      const links = [
        lesson.material ? el('a', { text: t('course.material'), attrs: { href: safeHref(lesson.material), target: '_blank', rel: 'noopener' } }) : null,
        lesson.video ? el('a', { text: t('course.video'), attrs: { href: safeHref(lesson.video), target: '_blank', rel: 'noopener' } }) : null,
      ].filter(Boolean);
      const show = el('button', { className: 'link-button', text: t('course.showLesson'), attrs: { type: 'button', 'data-action': 'show-lesson' } });
      show.addEventListener('click', () => showLesson(lesson, item));
      item.append(
        el('span', { className: 'lesson-number', text: number }),
        el('div', { className: 'lesson-body' }, [
          el('div', { className: 'lesson-title' }, [
            el('strong', { text: name(lesson.label, lesson.iri) }),
            otherLabel(lesson.label),
          ]),
          el('div', { className: 'chips' }, [
            ...lesson.tools.map((u) => chip(u, 'tool')), ...lesson.models.map((u) => chip(u, 'model')),
            ...lesson.datasets.map((u) => chip(u, 'dataset')), ...lesson.platforms.map((u) => chip(u, 'platform')),
          ]),
          el('div', { className: 'lesson-links' }, [...links, show]),
        ]),
      );
      list.append(item);
    }
  };

  const load = async () => {
    section.dataset.loaded = 'false';
    try {
      courses = (await fetchCourses()).courses;
    } catch (error) {
      list.replaceChildren(el('li', { className: 'error', text: error.message }));
      return;
    }
    picker.replaceChildren(...courses.map((c) => el('option', { text: name(c.label, c.iri), attrs: { value: c.iri, selected: c.iri === DEFAULT_COURSE } })));
    picker.addEventListener('change', render);
    language.addEventListener('languageChanged', () => {
      picker.querySelectorAll('option').forEach((o) => {
        const c = courses.find((x) => x.iri === o.value);
        o.textContent = name(c.label, c.iri);
      });
      render();
    });
    render();
    section.dataset.loaded = 'true';
  };
  load();
  return {};
}
