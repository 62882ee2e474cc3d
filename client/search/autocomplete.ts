import type { ToolSummary } from '../api/operations.js';

/** One autocomplete suggestion: the tool and the name or alias the typed text matched. */
export interface ToolMatch {
  tool: ToolSummary;
  /** The name or alias that matched, shown when it is not the tool's name ("Kafka" → Apache Kafka). */
  matched: string;
  /** Lower ranks first: 0 exact, 1 name prefix, 2 alias prefix, 3 word in name, 4 word in alias, 5 anywhere. */
  rank: number;
}

// "where did I use kafka?", "where have I used Kafka", "which jobs used kafka" ... all ask about "kafka".
const QUESTION_PREFIX =
  /^\s*(?:(?:where|when)\s+(?:did|have|had)\s+i\s+(?:ever\s+)?(?:use[ds]?|work(?:ed)?\s+with)|where\s+(?:was|is|were)|(?:which|what)\s+(?:jobs?|companies|roles?)\s+(?:used|use[ds]?|had)|who\s+used|find|show(?:\s+me)?)\s+/i;
const QUESTION_SUFFIX = /\s+(?:used|before|at\s+work)\s*$/i;

/** The tool name inside a typed question, or the text itself: "where did I use kafka?" → "kafka". */
export function toolNameFromQuestion(input: string): string {
  return input
    .replace(QUESTION_PREFIX, '')
    .replace(/[?!.\s]+$/, '')
    .replace(QUESTION_SUFFIX, '')
    .trim();
}

/** Lower case, accents and punctuation folded to spaces ("Pub/Sub" → "pub sub"); keeps + # . for C++, C#, .NET. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+#.]+/g, ' ')
    .trim();
}

const compact = (text: string) => text.replace(/\s+/g, '');

function rankOf(candidate: string, query: string, isName: boolean): number | null {
  const c = normalize(candidate);
  if (c === query || compact(c) === compact(query)) return 0;
  if (c.startsWith(query) || compact(c).startsWith(compact(query))) return isName ? 1 : 2;
  const words = c.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (words.slice(i).join(' ').startsWith(query)) return isName ? 3 : 4;
  }
  if (compact(c).includes(compact(query))) return 5;
  return null;
}

/**
 * Tools whose name or any alias matches what was typed, best first: exact, then prefixes of the name, of an alias,
 * of a later word, then anywhere. Ties go to the tool used in more jobs, then alphabetically. Runs on the full tool
 * list in memory, so suggestions appear without a round trip.
 */
export function matchTools(tools: readonly ToolSummary[], input: string, limit = 8): ToolMatch[] {
  const query = normalize(toolNameFromQuestion(input));
  if (query === '') return [];
  const matches: ToolMatch[] = [];
  for (const tool of tools) {
    let best: ToolMatch | null = null;
    const candidates: [string, boolean][] = [
      [tool.name, true],
      ...tool.aliases.map((a): [string, boolean] => [a, false]),
    ];
    for (const [candidate, isName] of candidates) {
      const rank = rankOf(candidate, query, isName);
      if (rank !== null && (best === null || rank < best.rank)) best = { tool, matched: candidate, rank };
    }
    if (best) matches.push(best);
  }
  matches.sort(
    (a, b) => a.rank - b.rank || b.tool.jobCount - a.tool.jobCount || a.tool.name.localeCompare(b.tool.name),
  );
  return matches.slice(0, limit);
}
