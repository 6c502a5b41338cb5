// Runs a query against /sparql (the one query path) with an AbortSignal, asking for the format each query
// form is read in: SPARQL JSON for SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE (parsed by ntriples.js).

/** The query form: SELECT, ASK, CONSTRUCT or DESCRIBE, read past comments, PREFIX and BASE. */
export function queryForm(text) {
  const body = text.replace(/#[^\n]*/g, ' ').replace(/<[^>\s]*>/g, '<>');
  const m = body.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
  return m ? m[1].toUpperCase() : 'SELECT';
}

export function isGraphForm(form) {
  return form === 'CONSTRUCT' || form === 'DESCRIBE';
}

/** The download formats /sparql offers for the form, in the endpoint's own names. */
export function downloadFormats(form) {
  return isGraphForm(form) ? ['ttl', 'nt', 'jsonld', 'rdfxml'] : ['json', 'xml', 'csv', 'tsv'];
}

export function downloadUrl(query, format) {
  return `/sparql?${new URLSearchParams({ query, format })}`;
}

/** Error raised for a 4xx/5xx answer; line and column when the server named them. */
export class QueryError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    const m = message.match(/line (\d+), column (\d+)/);
    this.line = m ? Number(m[1]) : null;
    this.column = m ? Number(m[2]) : null;
  }
}

export async function runQuery(query, signal) {
  const form = queryForm(query);
  const accept = isGraphForm(form) ? 'application/n-triples' : 'application/sparql-results+json';
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: accept },
    body: new URLSearchParams({ query }),
    signal,
  });
  const text = await response.text();
  if (!response.ok) throw new QueryError(text.trim() || `${response.status} ${response.statusText}`, response.status);
  return { form, text, json: isGraphForm(form) ? null : JSON.parse(text) };
}
