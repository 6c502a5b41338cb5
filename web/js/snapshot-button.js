// "Snapshot": the view as one HTML file that opens from disk with no network (graph as drawn, details on click,
// the Turtle of what is shown). The server builds it (POST /api/snapshot) from what the controller draws.
import { el } from './dom.js';
import { currentLanguage, language, t } from './i18n.js';

export function mountSnapshotButton(controller, toolbar, wrap) {
  const button = el('button', { text: t('snapshot.button'), attrs: { type: 'button', id: 'export-snapshot', title: t('snapshot.title'), 'aria-label': t('snapshot.title') } });
  const status = document.getElementById('status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const response = await fetch('/api/snapshot', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/html, application/problem+json' },
        body: JSON.stringify({ ...controller.drawnElements(), language: currentLanguage() }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        throw new Error(problem?.detail || `${response.status} ${response.statusText}`);
      }
      const blob = await response.blob();
      const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'internkg-snapshot.html';
      let link = document.getElementById('export-snapshot-link');
      if (link) URL.revokeObjectURL(link.href);
      else {
        link = el('a', { attrs: { id: 'export-snapshot-link', hidden: true } });
        wrap.append(link);
      }
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      status.textContent = t('snapshot.done');
      status.classList.remove('error');
    } catch (error) {
      status.textContent = error.message;
      status.classList.add('error');
    } finally {
      button.disabled = false;
    }
  });
  language.addEventListener('languageChanged', () => {
    button.textContent = t('snapshot.button');
    button.title = t('snapshot.title');
    button.setAttribute('aria-label', t('snapshot.title'));
  });
  toolbar.append(button);
}
