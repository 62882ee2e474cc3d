import { parseArgs } from 'node:util';
import { Neo4jError } from 'neo4j-driver';
import { Database } from '../db/database.js';
import { DatabaseSetupError } from '../db/errors.js';
import { Lifecycle } from '../db/lifecycle.js';
import { resolveNeo4j } from '../db/local/resolve.js';
import { localInstance, provisionDatabase } from '../db/provision.js';
import { BUNDLED_NARRATIVES, extractInParallel, loadPeople, SeedError } from '../seed/index.js';
import { cmdMatch, MATCH_HELP } from './commands/match.js';
import { ConfigError, loadConfig } from './config.js';
import { SkillgraphError } from './graphql/errors.js';
import { describeSeed, ServeError, serve } from './serve.js';
import { withUserTaxonomy } from './taxonomy.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
/** Everything this run starts, to stop on a signal, a failure or the end of a command. */
const lifecycle = new Lifecycle(log);

const HELP: Record<string, string> = {
  main: `skillgraph — a skills knowledge graph explorer

Usage: skillgraph <command> [options]

Commands:
  serve                 Start Neo4j (or use NEO4J_URI), seed if empty, serve the explorer and GraphQL API
  seed FILE...          Load narrative files (Markdown or JSON Resume) into the graph
  extract FILE...       Print what would be loaded, without touching the database
  match FILE|-          Match a job posting against the graph, requirement by requirement, with evidence
  neo4j start|stop|status|resolve
                        Manage the local Neo4j server (data under $SKILLGRAPH_HOME)

Run \`skillgraph <command> --help\` for a command's options. Configuration is read from the environment; see the
README's Configuration section.`,
  serve: `Usage: skillgraph serve [--port N] [--seed FILE...] [--taxonomy FILE] [--person NAME]

Provides a database (the server NEO4J_URI names, otherwise a local Neo4j Community 5.26 that Skillgraph starts and
stops), seeds it, and serves the explorer at /, GraphQL at /graphql, GraphiQL at /graphiql and /health.

Options:
  --port N          HTTP port (default: PORT or 4000); the host is HOST (default 127.0.0.1)
  --seed FILE       Seed these files before serving (repeatable). Without it, the bundled narratives are seeded
                    when the graph is empty.
  --taxonomy FILE   A taxonomy file merged over the built-in one (repeatable)
  --person NAME     Whose narratives the seeded files are (default: front matter, then the file name)
  -h, --help        Show this help`,
  seed: `Usage: skillgraph seed FILE... [--person NAME] [--taxonomy FILE] [--json]

Loads narrative files (Markdown narratives or JSON Resume) into the graph in one transaction. Re-seeding a person's
files replaces their subgraph; a failed load leaves the graph as it was. Without FILE, seeds the bundled narratives.

Options:
  --person NAME     Whose narratives these are (default: front matter "person:", JSON Resume basics.name, file name)
  --taxonomy FILE   A taxonomy file merged over the built-in one (repeatable)
  --json            Print the load summary as JSON on stdout
  -h, --help        Show this help`,
  extract: `Usage: skillgraph extract FILE... [--json] [--person NAME] [--taxonomy FILE]

Parses the files and prints the extracted jobs, tools with evidence and candidate terms, without a database.

Options:
  --json            Print the full model as JSON
  --person NAME     Whose narratives these are
  --taxonomy FILE   A taxonomy file merged over the built-in one (repeatable)
  -h, --help        Show this help`,
  match: MATCH_HELP,
  neo4j: `Usage: skillgraph neo4j start|stop|status|resolve

Manages the local Neo4j Community server Skillgraph runs when NEO4J_URI is not set. Its jars are resolved from
Maven Central on first use into $SKILLGRAPH_HOME/neo4j (default ~/.skillgraph); its data lives in
$SKILLGRAPH_HOME/instances/default.

  start    Start it in the background (serve and seed then reuse it and leave it running)
  stop     Stop it (SIGTERM, a clean shutdown)
  status   Say whether it runs, with its pid and Bolt address
  resolve  Only download the jars (with Maven) into the cache, e.g. while setting up CI`,
};

function help(topic: string): void {
  process.stdout.write(`${HELP[topic] ?? HELP.main}\n`);
}

/**
 * Progress over many files, on stderr: every file while there are few, then about once a second, so a long seed shows
 * it is moving without flooding the terminal.
 */
function progress(total: number): ((file: string, jobs: number) => void) | undefined {
  if (total < 2) return undefined;
  let done = 0;
  let last = 0;
  return (file, jobs) => {
    done++;
    if (total <= 20) log(`  read ${file}: ${jobs} jobs`);
    else if (Date.now() - last >= 1000 || done === total) {
      last = Date.now();
      log(`  read ${done}/${total} files`);
    }
  };
}

async function cmdServe(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      seed: { type: 'string', multiple: true },
      taxonomy: { type: 'string', multiple: true },
      person: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('serve');
  const config = loadConfig();
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new ConfigError(`--port must be a port number, got "${values.port}"`);
  }
  lifecycle.installSignalHandlers();
  await serve(
    config,
    {
      ...(port !== undefined ? { port } : {}),
      ...(values.seed ? { seed: values.seed } : {}),
      ...(values.taxonomy ? { taxonomyFiles: values.taxonomy } : {}),
      ...(values.person ? { person: values.person } : {}),
      log,
    },
    lifecycle,
  );
}

async function cmdSeed(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      person: { type: 'string' },
      taxonomy: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('seed');
  const files = positionals.length > 0 ? positionals : [BUNDLED_NARRATIVES];
  const config = loadConfig();
  // Extract first: a bad file is reported before a database is even started.
  const started = Date.now();
  const { people, taxonomy } = await extractInParallel(files, {
    taxonomyFiles: withUserTaxonomy(config.writes.taxonomyFile, values.taxonomy),
    ...(values.person ? { person: values.person } : {}),
    onFile: progress(files.length),
  });
  log(
    `Extracted ${people.reduce((n, p) => n + p.jobs.length, 0)} jobs from ${files.length} file(s) in ${Date.now() - started} ms`,
  );
  lifecycle.installSignalHandlers();
  const provisioned = await provisionDatabase(config, log, lifecycle);
  const db = new Database({ ...provisioned.connection, queryTimeoutMs: config.graphql.queryTimeoutMs });
  lifecycle.add('the database driver', () => db.close());
  {
    let lastReport = 0;
    const load = await loadPeople(db, people, taxonomy, {
      onProgress: (p) => {
        if (Date.now() - lastReport < 1000 && p.rowsDone < p.rowsTotal) return;
        lastReport = Date.now();
        if (p.rowsTotal > 5000) log(`  ${p.step}: ${p.rowsDone}/${p.rowsTotal}`);
      },
    });
    describeSeed({ people, load }, log);
    if (values.json) process.stdout.write(`${JSON.stringify(load, null, 2)}\n`);
  }
  await lifecycle.shutdown();
}

async function cmdExtract(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      person: { type: 'string' },
      taxonomy: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('extract');
  const files = positionals.length > 0 ? positionals : [BUNDLED_NARRATIVES];
  const { people, taxonomy } = await extractInParallel(files, {
    taxonomyFiles: withUserTaxonomy(loadConfig().writes.taxonomyFile, values.taxonomy),
    ...(values.person ? { person: values.person } : {}),
    onFile: progress(files.length),
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ people }, null, 2)}\n`);
    return;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const person of people) {
    out(
      `${person.person.name} (${person.person.id}) — ${person.jobs.length} jobs from ${person.files.join(', ')}`,
    );
    for (const job of person.jobs) {
      out(
        `\n  ${job.ordinal}. ${job.title ?? '(no title)'} at ${job.company ?? '(unknown company)'}` +
          (job.startDate || job.endDate ? ` (${job.startDate ?? '?'} – ${job.endDate ?? '?'})` : '') +
          `  [${job.file}:${job.line}]`,
      );
      out(
        `     platform ${job.platform ?? '—'} · lead ${job.leadPercent ?? '?'}% / code ${job.codePercent ?? '?'}% · team ${job.teamSize ?? '?'}` +
          (job.team.length ? ` (${job.team.map((r) => `${r.count} ${r.role}`).join(', ')})` : ''),
      );
      out(
        `     tools (${job.tools.length}): ${job.tools.map((t) => `${taxonomy.byId.get(t.toolId)?.name ?? t.toolId}${t.stance === 'migrated-from' ? ' (moved off)' : ''}`).join(', ')}`,
      );
      if (job.otherMentions.length)
        out(
          `     named, not used: ${job.otherMentions.map((m) => `${taxonomy.byId.get(m.toolId)?.name ?? m.toolId} (${m.stance})`).join(', ')}`,
        );
      out(
        `     ${job.challenges.length} challenges, ${job.incidents.length} incidents, ${job.features.length} features, ${job.evidence.length} evidence sentences`,
      );
    }
    if (person.claimed.length)
      out(`\n  claimed skills: ${person.claimed.map((s) => taxonomy.byId.get(s.toolId)?.name).join(', ')}`);
    for (const w of person.warnings) out(`  warning: ${w}`);
    if (person.candidates.length) {
      out(`\n  Look like tools but are not in the taxonomy (add them with --taxonomy FILE):`);
      for (const c of person.candidates) out(`    ${c.term}  ${c.count}×  first at ${c.file}:${c.line}`);
    }
  }
}

async function cmdNeo4j(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (!action || action === '--help' || action === '-h' || rest.includes('--help') || rest.includes('-h'))
    return help('neo4j');
  const config = loadConfig();
  if (config.neo4j.uri)
    log(
      `note: NEO4J_URI is set (${config.neo4j.uri}); this manages the local server, which serve does not use then.`,
    );
  const local = localInstance(config, log);
  switch (action) {
    case 'start': {
      const started = await local.start({ detached: true });
      log(
        started.reused
          ? `Neo4j is already running (pid ${started.pid}) at ${started.uri}` +
              (started.owner
                ? `; Skillgraph process ${started.owner} started it and stops it when it exits`
                : '')
          : `Neo4j started (pid ${started.pid}) at ${started.uri}`,
      );
      log(`  user ${started.user}; password in ${local.dirs.root}/password; data in ${local.dirs.data}`);
      return;
    }
    case 'stop': {
      const stopped = await local.stop();
      log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
      return;
    }
    case 'status': {
      const status = await local.status();
      if (status.running)
        log(
          `running: pid ${status.pid}, ${status.uri}, Neo4j ${status.version}, data in ${status.dir}` +
            (status.owner ? `; owned by Skillgraph process ${status.owner}` : ''),
        );
      else log(`not running (instance folder ${status.dir})`);
      process.exitCode = status.running ? 0 : 3;
      return;
    }
    case 'resolve': {
      const lib = await resolveNeo4j(config.local.home, config.local.version, log);
      log(`Neo4j ${config.local.version} is ready in ${lib}`);
      return;
    }
    default:
      throw new ConfigError(`unknown neo4j action "${action}"; use start, stop, status or resolve`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      return help(args[0] ?? 'main');
    case 'serve':
      return cmdServe(args);
    case 'seed':
      return cmdSeed(args);
    case 'extract':
      return cmdExtract(args);
    case 'match':
      return cmdMatch(args, log, lifecycle, () => help('match'));
    case 'neo4j':
      return cmdNeo4j(args);
    default:
      log(`unknown command "${command}"\n`);
      help('main');
      process.exitCode = 2;
  }
}

/**
 * One plain sentence for any failure, never a stack: what went wrong, in terms a person can act on. The typed errors
 * carry such messages; a database refusal names its code; anything else says it is unexpected.
 */
function describeFailure(error: unknown): string {
  if (error instanceof SeedError) return error.format();
  if (error instanceof SkillgraphError) return error.message;
  if (error instanceof DatabaseSetupError || error instanceof ConfigError || error instanceof ServeError)
    return error.message;
  const e = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
  const message = (String(e.message ?? error).split('\n')[0] ?? '').trim();
  if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) return message;
  if (error instanceof Neo4jError) return `the database refused the request: ${message} (${error.code})`;
  return `${message} (unexpected ${String(e.name ?? 'error')}; please report it)`;
}

// `skillgraph extract big.md | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch(async (error: unknown) => {
  log(`error: ${describeFailure(error)}`);
  // Whatever was started before the failure (a Neo4j, a driver, a half-started server) is stopped before exiting.
  await lifecycle.shutdown();
  process.exit(1);
});
