import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { alive, LocalNeo4j } from '../db/local/local-server.js';
import { loadConfig } from '../server/config.js';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Set when the tests run their own server; lets a test stop and restart it. */
  local?: { home: string; dir: string; version: string; heap: string; pageCache: string; port: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/**
 * Stops and removes the throwaway servers of earlier test runs that were killed before their teardown ran (their
 * owner process is gone); servers of runs still going are left alone.
 */
async function removeOrphans(config: ReturnType<typeof loadConfig>): Promise<void> {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('skillgraph-test-'))) {
    const dir = join(tmpdir(), name);
    let state: { pid?: number; owner?: number } = {};
    try {
      state = JSON.parse(readFileSync(join(dir, 'instance.json'), 'utf8'));
    } catch {
      continue;
    }
    // The test run that made the folder, which outlives the server's own owner: tests stop the server and start it
    // again detached (no owner), and another run starting meanwhile took it for an orphan and removed it.
    let run = Number.NaN;
    try {
      run = Number.parseInt(readFileSync(join(dir, 'test-run.pid'), 'utf8'), 10);
    } catch {
      // Made by an older setup: only the server's owner tells.
    }
    if (Number.isInteger(run) && alive(run)) continue;
    const owner = state.owner;
    if (owner !== undefined && alive(owner)) continue;
    // A run still starting its server has written the JVM's pid but not yet its owner: not an orphan.
    if (owner === undefined && state.pid !== undefined && alive(state.pid)) continue;
    const server = new LocalNeo4j({
      home: config.local.home,
      dir,
      version: config.local.version,
      port: 0,
      heap: '256m',
      pageCache: '64m',
      database: 'neo4j',
      startTimeoutMs: 10_000,
      javaHome: config.local.javaHome,
      log: () => {},
    });
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts a throwaway Neo4j for the integration and end-to-end tests: its own data folder under the OS temp dir and
 * its own free port, removed afterwards. With NEO4J_URI set the tests use that server instead, and since they wipe
 * it, SKILLGRAPH_TEST_WIPE=yes must confirm that this is intended.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.neo4j.uri) {
    if (process.env.SKILLGRAPH_TEST_WIPE !== 'yes') {
      throw new Error(
        `NEO4J_URI is set (${config.neo4j.uri}). The tests delete everything in database "${config.neo4j.database}"; ` +
          'set SKILLGRAPH_TEST_WIPE=yes to confirm, or unset NEO4J_URI to let the tests start their own server.',
      );
    }
    project.provide('neo4j', {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    });
    return;
  }
  await removeOrphans(config);
  const dir = mkdtempSync(join(tmpdir(), 'skillgraph-test-'));
  writeFileSync(join(dir, 'test-run.pid'), String(process.pid));
  const heap = '768m';
  const pageCache = '128m';
  const server = new LocalNeo4j({
    home: config.local.home,
    dir,
    version: config.local.version,
    port: 0,
    heap,
    pageCache,
    database: 'neo4j',
    startTimeoutMs: config.local.startTimeoutMs,
    javaHome: config.local.javaHome,
    log: (line) => console.log(`[test neo4j] ${line}`),
  });
  const started = await server.start();
  project.provide('neo4j', {
    uri: started.uri,
    user: started.user,
    password: started.password,
    database: started.database,
    local: {
      home: config.local.home,
      dir,
      version: config.local.version,
      heap,
      pageCache,
      port: Number(new URL(started.uri).port),
    },
  });
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
