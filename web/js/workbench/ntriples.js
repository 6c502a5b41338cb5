// A small N-Triples reader for CONSTRUCT/DESCRIBE answers: terms as SPARQL-JSON-like objects
// ({ type: 'uri' | 'bnode' | 'literal', value, 'xml:lang'?, datatype? }).

const TERM = /\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)/y;

function unescape(s) {
  return s.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, (m, u4, u8, c) => {
    if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
    return { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' }[c] ?? c;
  });
}

function term(token) {
  if (token.startsWith('<')) return { type: 'uri', value: unescape(token.slice(1, -1)) };
  if (token.startsWith('_:')) return { type: 'bnode', value: token.slice(2) };
  const end = token.lastIndexOf('"');
  const out = { type: 'literal', value: unescape(token.slice(1, end)) };
  const rest = token.slice(end + 1);
  if (rest.startsWith('@')) out['xml:lang'] = rest.slice(1);
  else if (rest.startsWith('^^')) out.datatype = rest.slice(3, -1);
  return out;
}

export function parseNTriples(text) {
  const triples = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    TERM.lastIndex = 0;
    const parts = [];
    for (let i = 0; i < 3; i++) {
      const m = TERM.exec(trimmed);
      if (!m) break;
      parts.push(term(m[1]));
    }
    if (parts.length === 3) triples.push({ s: parts[0], p: parts[1], o: parts[2] });
  }
  return triples;
}
