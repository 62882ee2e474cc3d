import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/database.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { loadConfig } from '../../server/config.js';
import { createHttp, type SkillgraphHttp } from '../../server/http/app.js';
import { testDatabase, wipe } from './db.js';

export interface TestServer {
  url: string;
  db: Database;
  http: SkillgraphHttp;
  close(): Promise<void>;
}

/**
 * A real Skillgraph HTTP server on a free port, in this process, against the test Neo4j seeded with the user's
 * document (unless `seed: false`). Everything is real: express, Apollo, the driver and the database.
 */
export async function startTestServer(
  options: { seed?: boolean; env?: Record<string, string>; queryTimeoutMs?: number } = {},
): Promise<TestServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', PORT: '0', ...options.env });
  const db = testDatabase(options.queryTimeoutMs ?? config.graphql.queryTimeoutMs);
  if (options.seed !== false) {
    await wipe(db);
    await seedFiles(db, [BUNDLED_NARRATIVES]);
  }
  const http = await createHttp({ db, config, describe: 'test database', log: () => {} });
  await new Promise<void>((resolve) => http.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = http.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    http,
    async close() {
      await http.stop();
      await db.close();
    },
  };
}

/** Posts a GraphQL operation and returns the HTTP status and parsed body. */
export async function gql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}
