import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CYPHER_DIR, readCypherDir } from '../../db/cypher-files.js';
import { Database } from '../../db/database.js';
import type { Lifecycle } from '../../db/lifecycle.js';
import { provisionDatabase } from '../../db/provision.js';
import { retryTransient, STARTUP_QUERY_TIMEOUT_MS } from '../../db/retry.js';
import { readInput } from '../../seed/index.js';
import { loadConfig } from '../config.js';
import { checkPosting, MAX_POSTING_BYTES, matchPosting } from '../match/match.js';
import { matchTable } from '../match/table.js';
import { TaxonomyHolder } from '../taxonomy.js';

export const MATCH_HELP = `Usage: skillgraph match FILE|- [--person ID] [--json | --markdown]

Matches a job posting (Markdown or plain text, up to ${MAX_POSTING_BYTES / 1024} KB; "-" reads standard input) against the
graph, requirement by requirement: evidenced (with the sentences), claimed only (a skills list and nothing more),
mentioned, adjacent (a close substitute), or missing; then a coverage summary per priority.

Options:
  --person ID       Whose graph (a person id such as person:jane-doe); needed when the graph holds several people
  --json            Print the whole match as JSON (the GraphQL match field's shape)
  --markdown        Print the evidence pack as Markdown
  -h, --help        Show this help`;

/** Standard input, whole, stopping one byte past the limit: a runaway pipe is refused, not buffered. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_POSTING_BYTES) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function cmdMatch(
  args: string[],
  log: (line: string) => void,
  lifecycle: Lifecycle,
  help: () => void,
): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      person: { type: 'string' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help();
  const [source] = positionals;
  if (!source || positionals.length > 1)
    throw new Error('match takes one posting: a file, or "-" for standard input (skillgraph match --help)');
  // The posting is read and checked before a database is started: a wrong file costs nothing. A file is decoded as
  // the seeder decodes documents (a BOM, UTF-16, a binary file refused with its name).
  const text = checkPosting(source === '-' ? await readStdin() : readInput(source).text);
  const config = loadConfig();
  lifecycle.installSignalHandlers();
  const provisioned = await provisionDatabase(config, log, lifecycle);
  const db = new Database({ ...provisioned.connection, queryTimeoutMs: config.graphql.queryTimeoutMs });
  lifecycle.add('the database driver', () => db.close());
  const cypher = readCypherDir(join(CYPHER_DIR, 'queries')).get('match') as string;
  // A command runs one query, often on a server that has just started: it gets the start-up timeout and retries,
  // not the request timeout a warm server is held to.
  const match = await matchPosting(
    (query, params) =>
      retryTransient(() => db.read(query, params, STARTUP_QUERY_TIMEOUT_MS), {
        what: 'reading the graph',
        deadlineMs: STARTUP_QUERY_TIMEOUT_MS,
        log,
      }),
    cypher,
    { text, person: values.person ?? null },
    new TaxonomyHolder(config.writes.taxonomyFile, [], log).known,
  );
  if (values.markdown) process.stdout.write(match.markdown);
  else if (values.json) {
    const { markdown: _, ...rest } = match;
    process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
  } else process.stdout.write(matchTable(match, process.stdout.columns ?? 100));
  await lifecycle.shutdown();
}
