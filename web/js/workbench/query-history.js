// The last queries run, newest first, kept in this browser only (localStorage).

const KEY = 'internkg.queryHistory';
const MAX = 25;

export function loadHistory() {
  try {
    const list = JSON.parse(window.localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((h) => typeof h?.query === 'string') : [];
  } catch {
    return [];
  }
}

export function remember(query) {
  const list = [{ query, at: new Date().toISOString() }, ...loadHistory().filter((h) => h.query !== query)].slice(0, MAX);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Full or disabled storage: the history is a convenience.
  }
  return list;
}
