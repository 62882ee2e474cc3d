import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Database } from '../db/database.js';
import type { Lifecycle } from '../db/lifecycle.js';
import { provisionDatabase } from '../db/provision.js';
import { retryTransient } from '../db/retry.js';
import { applySchema } from '../db/schema.js';
import {
  BUNDLED_NARRATIVES,
  extractDocuments,
  graphIsEmpty,
  loadPeople,
  type SeedResult,
} from '../seed/index.js';
import type { Config } from './config.js';
import { createHttp } from './http/app.js';
import { TaxonomyHolder } from './taxonomy.js';

export interface ServeOptions {
  port?: number;
  /** Files to seed before serving; without them the bundled narratives are seeded into an empty graph. */
  seed?: string[];
  /** Taxonomy files merged over the built-in one and the user's corrections. */
  taxonomyFiles?: string[];
  person?: string;
  log: (line: string) => void;
}

/** Prints what a load did, and the terms that looked like tools but are not in the taxonomy. */
export function describeSeed(result: SeedResult, log: (line: string) => void): void {
  const { load } = result;
  log(
    `Seeded ${load.people} ${load.people === 1 ? 'person' : 'people'}, ${load.jobs} jobs, ${load.tools} tools, ` +
      `${load.companies} companies, ${load.evidence} evidence sentences ` +
      `(${load.nodesCreated} nodes and ${load.relationshipsCreated} relationships created, ` +
      `${load.nodesDeleted} nodes replaced) in ${(load.ms / 1000).toFixed(1)} s`,
  );
  for (const person of result.people) {
    for (const warning of person.warnings) log(`  warning: ${warning}`);
    const candidates = person.candidates.slice(0, 15);
    if (candidates.length > 0) {
      log(
        `  not in the taxonomy but look like tools (${person.person.name}): ` +
          candidates.map((c) => `${c.term} (${c.count}×, ${c.file.split('/').pop()}:${c.line})`).join(', '),
      );
    }
  }
}

/** A start-up failure of serve itself (the port is taken); the message is one sentence, printed as is. */
export class ServeError extends Error {
  override readonly name = 'ServeError';
}

/**
 * `skillgraph serve`: provides a database (NEO4J_URI or the local server), seeds it when asked or when it is empty,
 * and serves the API, GraphiQL and the explorer. Everything it starts is registered with `lifecycle`, which stops it
 * in order — HTTP drains, Apollo stops, the driver closes, the local Neo4j this process started stops — on a signal
 * or when anything here fails.
 *
 * Start-up work runs with the start-up timeout (not the 5 s request timeout) and retries transient errors until
 * SKILLGRAPH_NEO4J_START_TIMEOUT_MS has passed, so a slow first query on a fresh JVM does not fail the start; then
 * every read query is run once, so its plan is cached before the first request arrives.
 */
export async function serve(
  config: Config,
  options: ServeOptions,
  lifecycle: Lifecycle,
): Promise<{ url: string; port: number }> {
  const { log } = options;
  const deadlineMs = config.local.startTimeoutMs;
  const port = options.port ?? config.http.port;
  // A taken port is said at once, not after a minute of starting Neo4j and seeding.
  if (port !== 0) await checkPort(port, config.http.host);
  // Bound once the HTTP side exists: a restarted JVM has cold plans again.
  let rewarm: (() => Promise<void>) | undefined;
  const provisioned = await provisionDatabase(config, log, lifecycle, {
    shared: 'refuse',
    supervise: true,
    onRestarted: () => rewarm?.(),
  });
  const db = new Database({ ...provisioned.connection, queryTimeoutMs: config.graphql.queryTimeoutMs });
  lifecycle.add('the database driver', () => db.close());
  await retryTransient(() => db.driver.getServerInfo({ database: db.name }), {
    what: `reaching ${provisioned.describe}`,
    deadlineMs,
    log,
  });
  log(`Database: ${provisioned.describe}`);

  // Seeding, uploads, postings and unknown names all read with one taxonomy: built-in, corrections, --taxonomy.
  const taxonomyHolder = new TaxonomyHolder(config.writes.taxonomyFile, options.taxonomyFiles ?? [], log);

  // A graph written by an older version is brought up to date before anything queries it.
  await applySchema(db, { deadlineMs, log });
  const explicit = options.seed && options.seed.length > 0;
  if (explicit || (await graphIsEmpty(db, { deadlineMs, log }))) {
    if (!explicit) log('The graph is empty: seeding the bundled narratives (seed/data/narratives.md)');
    const files = explicit ? (options.seed as string[]) : [BUNDLED_NARRATIVES];
    // Extracted once; only the load is retried (it is one transaction that replaces these people's subgraphs, so
    // running it again after a transient failure gives the same graph).
    const { people, taxonomy } = extractDocuments(files, {
      taxonomyFiles: taxonomyHolder.files(),
      ...(options.person ? { person: options.person } : {}),
    });
    const load = await retryTransient(() => loadPeople(db, people, taxonomy), {
      what: 'seeding',
      deadlineMs,
      log,
    });
    describeSeed({ people, load }, log);
  }

  const http = await createHttp({
    db,
    config,
    describe: provisioned.describe,
    log,
    taxonomy: taxonomyHolder,
    ...(provisioned.supervisor ? { neo4jStatus: () => provisioned.supervisor?.status() } : {}),
  });
  lifecycle.add('the HTTP server', () => http.stop());
  const warm = async () => {
    const warmed = await http.warmUp();
    log(
      `Warmed ${warmed.queries} queries in ${(warmed.ms / 1000).toFixed(1)} s` +
        (warmed.failed.length ? ` (not warmed: ${warmed.failed.join(', ')})` : ''),
    );
  };
  await warm();
  rewarm = warm;

  await listen(http.httpServer, port, config.http.host);
  const actual = (http.httpServer.address() as AddressInfo).port;
  const host = config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host;
  const url = `http://${host}:${actual}`;
  const graphiql = config.http.graphiql ? `, GraphiQL ${url}/graphiql` : '';
  log(`Skillgraph is running at ${url}  (GraphQL ${url}/graphql${graphiql}, health ${url}/health)`);
  return { url, port: actual };
}

/** Binds the port for an instant and lets it go: a port someone else holds fails here with listen's sentence. */
async function checkPort(port: number, host: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** Listens, turning the errors a person can fix (the port is taken, or privileged) into one sentence. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ServeError(
            `Port ${port} on ${host} is already in use (another Skillgraph?); stop that process, or choose another ` +
              'port with --port or PORT.',
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new ServeError(`This user may not listen on port ${port} on ${host}; choose a port above 1023.`),
        );
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(new ServeError(`HOST=${host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0.`));
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
