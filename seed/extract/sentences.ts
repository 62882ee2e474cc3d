export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was split from. */
  start: number;
}

/** Words that end with a period without ending a sentence ("Sr. Software Engineer", "ETSY Inc. and"). */
const ABBREVIATIONS = new Set([
  'sr',
  'jr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'corp',
  'ltd',
  'co',
  'llc',
  'plc',
  'st',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mgr',
  'assoc',
  'eng',
]);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] as string)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/**
 * Splits prose into sentences at ., ! or ? followed by whitespace and a capital, digit, quote or bracket, except
 * after abbreviations and initials. Line breaks inside a paragraph do not end a sentence; blank lines do.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === ')')) j++;
    if (j >= text.length || !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k] as string)) k++;
    if (k >= text.length) continue;
    if (!/[\p{Lu}\p{N}"“'([*]/u.test(text[k] as string)) continue;
    if (ch === '.') {
      const word = wordBefore(text, i);
      if (ABBREVIATIONS.has(word) || (/^\p{Lu}$/u.test(text.slice(i - 1, i)) && word.length === 1)) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
