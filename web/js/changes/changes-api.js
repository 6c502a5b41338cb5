// /api/versions and /api/changes. Problem details become Error messages (their detail says what is wrong).

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && (body.detail || body.title)) || `${response.status} ${response.statusText}`);
  }
  return body;
}

export function fetchVersions() {
  return getJson('/api/versions');
}

export function fetchChanges(from, to) {
  return getJson(`/api/changes?${new URLSearchParams({ from, to })}`);
}
