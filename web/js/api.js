// The explorer's JSON API (/api/**). Errors are RFC 9457 problem details; they become Error messages.

async function getJson(path, params = {}, signal = undefined) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

export function fetchOverview() {
  return getJson('/api/overview');
}

export function searchResources(q, { type, limit = 10, signal } = {}) {
  return getJson('/api/search', { q, type, limit }, signal);
}

export function fetchResource(iri) {
  return getJson('/api/resource', { iri });
}

export function fetchNeighbourhood(iri, { direction, predicate, limit, offset } = {}) {
  return getJson('/api/neighbourhood', { iri, direction, predicate, limit, offset });
}

export function fetchPaths(from, to, { maxLength, limit } = {}) {
  return getJson('/api/path', { from, to, maxLength, limit });
}

export function fetchTimeline({ from, to, family } = {}) {
  return getJson('/api/timeline', { from, to, family });
}

export function fetchStages() {
  return getJson('/api/stages');
}

export function fetchCourses(course) {
  return getJson('/api/courses', { course });
}

export function fetchComparison(a, b) {
  return getJson('/api/compare', { a, b });
}

export function fetchDates() {
  return getJson('/api/dates');
}
