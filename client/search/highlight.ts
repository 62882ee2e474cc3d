/** A run of text, marked when it names the tool. */
export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Splits an evidence sentence into runs, marking every occurrence of a tool's name or alias as a whole word,
 * case-insensitively. Longer terms win ("Confluent Kafka" is one mark, not "Kafka" inside it).
 */
export function highlightTerms(text: string, terms: readonly string[]): Segment[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
