import type { Match } from '../../contract/graphql.js';
import { readPosting } from '../../seed/index.js';
import type { ReadQuery } from '../graphql/context.js';
import { BadUserInputError, NotFoundError, SkillgraphError } from '../graphql/errors.js';
import type { KnownTools } from '../graphql/known-tools.js';
import { judge } from './judge.js';
import { evidencePack } from './pack.js';
import { toMatchRows } from './rows.js';
import { summarise } from './summary.js';

/** The longest posting read: far above any real one (a long posting is about 10 KB), far below a costly one. */
export const MAX_POSTING_BYTES = 100 * 1024;
/** Sentences read per job and tool; the best two are kept. */
const PER_JOB = 8;

export interface MatchRequest {
  text: string;
  person: string | null;
}

/** Refuses an empty or oversized posting with the API's own codes, before anything is read. */
export function checkPosting(text: string | null | undefined): string {
  const posting = text ?? '';
  if (!posting.trim())
    throw new BadUserInputError('"text" must not be empty: paste the job posting to match.');
  const bytes = Buffer.byteLength(posting, 'utf8');
  if (bytes > MAX_POSTING_BYTES) {
    throw new SkillgraphError(
      `The posting is ${Math.ceil(bytes / 1024)} KB; match reads postings up to ${MAX_POSTING_BYTES / 1024} KB. Paste the role's description and requirements only.`,
      'PAYLOAD_TOO_LARGE',
    );
  }
  return posting;
}

/**
 * Matches a posting against one person's graph: the posting is read in code (the seeder's matcher and rules), the
 * person's tools come from one read query (`cypher`, cypher/queries/match.cypher), and statuses, adjacency, the
 * summary and the evidence pack are computed from those rows.
 */
export async function matchPosting(
  read: ReadQuery,
  cypher: string,
  request: MatchRequest,
  known: KnownTools,
): Promise<Match> {
  const posting = readPosting(checkPosting(request.text), known.taxonomy, known.matcher);
  const [row] = await read(cypher, {
    person: request.person,
    tools: posting.requirements.map((r) => r.toolId),
    perJob: PER_JOB,
  });
  const rows = toMatchRows(row);
  if (request.person && rows.people.length === 0)
    throw new NotFoundError(`No person has the id "${request.person}".`);
  if (rows.people.length > 1) {
    const ids = rows.people.slice(0, 10).map((p) => p.id);
    throw new BadUserInputError(
      `The graph holds ${rows.people.length > 10 ? 'more than 10' : rows.people.length} people; say whose graph to match with "person" (${ids.join(', ')}).`,
    );
  }
  const requirements = judge(posting.requirements, rows.profile, {
    byId: (id) => known.byId(id),
    categoryName: (id) => known.taxonomy.categories.get(id.replace(/^category:/, ''))?.name ?? null,
  });
  const unrecognised = posting.unrecognised.map((u) => ({
    term: u.term,
    line: u.line,
    suggestions: u.suggestions.map((s) => s.name),
  }));
  const summary = summarise(requirements, unrecognised);
  if (!rows.people.length)
    summary.text = `The graph is empty: seed your documents first, and every requirement here is missing until then. ${summary.text}`;
  const result = { person: rows.people[0] ?? null, requirements, unrecognised, summary };
  return { ...result, markdown: evidencePack(result) };
}
