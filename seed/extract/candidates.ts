import type { Candidate } from '../model.js';
import { tokenize } from './tokens.js';

export interface CandidateInput {
  text: string;
  line: number;
  isTitle: boolean;
  /** Character ranges already recognised as tools. */
  covered: { start: number; end: number }[];
}

/** Capitalised words that are ordinary English, not product names, even in the middle of a sentence. */
const ORDINARY = new Set(
  [
    'I',
    'I’m',
    'English',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
    'Key',
    'Learning',
    'Cause',
    'Rectification',
    'Technical',
    'Failure',
    'Summary',
  ].map((w) => w.toLowerCase()),
);

function looksLikeProduct(word: string): 'camel' | 'acronym' | 'capital' | undefined {
  if (/^[A-Z][A-Z0-9]{1,7}s?$/.test(word) && /[A-Z].*[A-Z]/.test(word)) return 'acronym';
  if (/[a-z][A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word)) return 'camel';
  if (/^[A-Z][a-z]/.test(word)) return 'capital';
  return undefined;
}

/**
 * Collects terms that look like tools but matched nothing in the taxonomy: CamelCase words (PostGIS-like),
 * acronyms (HQL-like) and capitalised words in mid-sentence, joined into phrases ("Azure Purview"). Known non-tools
 * (the taxonomy's notTools), the company and people's names are left out.
 */
export function findCandidates(inputs: CandidateInput[], file: string, ignore: Set<string>): Candidate[] {
  const found = new Map<string, Candidate>();
  const note = (term: string, line: number) => {
    const key = term.toLowerCase();
    if (ignore.has(key) || ORDINARY.has(key)) return;
    const hit = found.get(key);
    if (hit) hit.count += 1;
    else found.set(key, { term, count: 1, file, line });
  };
  for (const input of inputs) {
    const tokens = tokenize(input.text);
    const firstWord = tokens.findIndex((t) => t.word);
    let phrase = '';
    let words = 0;
    let phraseStrong = false;
    const flush = () => {
      if (words > 0 && (phraseStrong || words > 1) && !ignore.has(phrase.toLowerCase()))
        note(phrase, input.line);
      phrase = '';
      words = 0;
      phraseStrong = false;
    };
    tokens.forEach((token, i) => {
      const covered = input.covered.some((c) => token.start < c.end && token.end > c.start);
      const previous = tokens[i - 1];
      const afterColon = previous?.text === ':';
      // "(IAM)" right after a recognised tool is that tool's abbreviation, not a new tool.
      const definesCovered =
        previous?.text === '(' && input.covered.some((c) => Math.abs(c.end - previous.start) <= 1);
      const kind = token.word && !covered && !definesCovered ? looksLikeProduct(token.text) : undefined;
      if (!kind || ignore.has(token.lower)) {
        // A hyphen inside a name ("Micro-Frontend") keeps the phrase going.
        if (token.text === '-' && words > 0 && !tokens[i + 1]?.spaceBefore && !token.spaceBefore) {
          phrase += '-';
          return;
        }
        flush();
        return;
      }
      const sentenceStart = i === firstWord || afterColon;
      if (kind === 'capital' && (input.isTitle || (sentenceStart && phrase.length === 0))) {
        flush();
        return;
      }
      phrase += phrase && !phrase.endsWith('-') ? ` ${token.text}` : token.text;
      words += 1;
      if (kind !== 'capital' || !sentenceStart) phraseStrong = true;
    });
    flush();
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
