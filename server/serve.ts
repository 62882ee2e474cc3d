import type { AddressInfo } from 'node:net';
import { Database } from '../db/database.js';
import type { Lifecycle } from '../db/lifecycle.js';
import { provisionDatabase } from '../db/provision.js';
import { applySchema } from '../db/schema.js';
import { BUNDLED_NARRATIVES, graphIsEmpty, type SeedResult, seedFiles } from '../seed/index.js';
import type { Config } from './config.js';
import { createHttp } from './http/app.js';

export interface ServeOptions {
  port?: number;
  /** Files to seed before serving; without them the bundled narratives are seeded into an empty graph. */
  seed?: string[];
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

/**
 * `skillgraph serve`: provides a database (NEO4J_URI or the local server), seeds it when asked or when it is empty,
 * and serves the API, GraphiQL and the explorer. Everything it starts is registered with `lifecycle`, which stops it
 * in order — HTTP drains, Apollo stops, the driver closes, the local Neo4j this process started stops — on a signal
 * or when anything here fails.
 */
export async function serve(
  config: Config,
  options: ServeOptions,
  lifecycle: Lifecycle,
): Promise<{ url: string; port: number }> {
  const { log } = options;
  const provisioned = await provisionDatabase(config, log, lifecycle);
  const db = new Database({ ...provisioned.connection, queryTimeoutMs: config.graphql.queryTimeoutMs });
  lifecycle.add('the database driver', () => db.close());
  const ping = await db.ping(10_000);
  if (!ping.up) throw new Error(`cannot reach ${provisioned.describe}: ${ping.error}`);
  log(`Database: ${provisioned.describe}`);

  // A graph written by an older version is brought up to date before anything queries it.
  await applySchema(db);
  const explicit = options.seed && options.seed.length > 0;
  if (explicit || (await graphIsEmpty(db))) {
    if (!explicit) log('The graph is empty: seeding the bundled narratives (seed/data/narratives.md)');
    const files = explicit ? (options.seed as string[]) : [BUNDLED_NARRATIVES];
    describeSeed(
      await seedFiles(db, files, { taxonomyFiles: options.taxonomyFiles, person: options.person }),
      log,
    );
  }

  const http = await createHttp({ db, config, describe: provisioned.describe, log });
  lifecycle.add('the HTTP server', () => http.stop());
  const port = options.port ?? config.http.port;
  await new Promise<void>((resolve, reject) => {
    http.httpServer.once('error', reject);
    http.httpServer.listen(port, config.http.host, resolve);
  });
  const actual = (http.httpServer.address() as AddressInfo).port;
  const host = config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host;
  const url = `http://${host}:${actual}`;
  log(
    `Skillgraph is running at ${url}  (GraphQL ${url}/graphql, GraphiQL ${url}/graphiql, health ${url}/health)`,
  );
  return { url, port: actual };
}
