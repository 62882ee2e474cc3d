import type { Candidate } from '../model.js';
import { tokenize } from './tokens.js';

export interface CandidateInput {
  text: string;
  line: number;
  isTitle: boolean;
  /** Character ranges already recognised as tools. */
  covered: { start: number; end: number }[];
  /** Code spans (`make`, `cron`): a lower-case word there is a command, so a possible tool. */
  code?: readonly (readonly [number, number])[];
}

/** Words after which a lower-case word names what was used ("built with make", "scheduled using cron"). */
const USING = new Set(['using', 'with', 'via', 'through']);
/** What usually follows a lower-case tool's name ("make targets", "cron jobs"). */
const TOOL_NOUNS = new Set([
  'targets',
  'target',
  'jobs',
  'job',
  'files',
  'file',
  'scripts',
  'script',
  'tasks',
  'rules',
  'recipes',
  'config',
  'configs',
  'entries',
  'commands',
]);
/** Lower-case words that follow "using" or "with" without being a tool. */
const PLAIN_WORDS = new Set([
  'a',
  'an',
  'the',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'some',
  'all',
  'each',
  'every',
  'no',
  'both',
  'only',
  'just',
  'care',
  'help',
  'it',
  'them',
  'us',
  'me',
  'other',
  'many',
  'few',
  'more',
  'less',
  'minimal',
  'automated',
  'custom',
  'manual',
  'simple',
  'plain',
  'basic',
  'new',
  'old',
]);

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

/** Lower-case command names in code spans, or right after "using"/"with" and before "targets", "jobs" …. */
function lowerCaseTools(
  input: CandidateInput,
  tokens: ReturnType<typeof tokenize>,
  note: (term: string, line: number) => void,
): void {
  tokens.forEach((token, i) => {
    if (!token.word || !/^[a-z][a-z0-9-]{1,30}$/.test(token.text)) return;
    if (input.covered.some((c) => token.start < c.end && token.end > c.start)) return;
    const inCode = input.code?.some(
      ([s, e]) => token.start >= s && token.end <= e && (token.start === s || i === 0),
    );
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const afterUsing = previous?.word && USING.has(previous.lower) && !PLAIN_WORDS.has(token.lower);
    const beforeNoun = next?.word && TOOL_NOUNS.has(next.lower);
    if (inCode || (afterUsing && (beforeNoun || !next || !next.word))) note(token.text, input.line);
  });
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
    lowerCaseTools(input, tokens, note);
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
