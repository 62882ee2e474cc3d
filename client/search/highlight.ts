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

/**
 * The sentence inside the paragraph it was taken from, split into what comes before it, the sentence as the
 * paragraph spells it, and what follows; spacing may differ (line breaks in the source). Null when it is not there.
 */
export function sentenceInContext(
  context: string,
  sentence: string,
): { before: string; sentence: string; after: string } | null {
  const words = sentence.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return null;
  const match = new RegExp(words.join('\\s+')).exec(context);
  if (!match) return null;
  return {
    before: context.slice(0, match.index),
    sentence: match[0],
    after: context.slice(match.index + match[0].length),
  };
}
