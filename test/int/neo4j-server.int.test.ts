import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../db/database.js';
import { generatePassword, LocalNeo4j } from '../../db/local/local-server.js';

import { neo4jLibDir } from '../../db/local/resolve.js';
import { testDatabase, testServer, wipe } from '../helpers/db.js';

describe('the local Neo4j server', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await wipe(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('is a real Neo4j 5.26 that writes and reads nodes over Bolt', async () => {
    const [info] = await db.read<{ name: string; version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(info).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
    expect(info?.version).toMatch(/^5\.26\./);

    await db.write('UNWIND range(1, 50) AS i CREATE (:Probe {i: i, label: "probe-" + toString(i)})');
    const rows = await db.read<{ n: number; total: number }>(
      'MATCH (p:Probe) RETURN count(p) AS n, sum(p.i) AS total',
    );
    expect(rows).toEqual([{ n: 50, total: 1275 }]);
  });

  it('keeps the data across a restart', async () => {
    const server = testServer();
    await db.write('CREATE (:Survivor {id: "restart-check"})');
    await db.close();
    const before = await server.status();
    expect(before.running).toBe(true);
    expect(await server.stop()).toBe(true);
    expect(await server.status()).toMatchObject({ running: false });
    // The old pid must be gone, not just detached.
    expect(() => process.kill(before.pid as number, 0)).toThrow();

    await server.start({ detached: true });
    db = testDatabase();
    // A long timeout: the first query of a fresh JVM took over 5 s on a busy machine, and this is about durability.
    const rows = await db.read<{ id: string }>('MATCH (s:Survivor) RETURN s.id AS id', {}, 60_000);
    expect(rows).toEqual([{ id: 'restart-check' }]);
  });

  it('is started with the command line the official launcher would use', async () => {
    const info = inject('neo4j');
    // A second, never-started instance: the launcher refuses a dry run for an instance that is running.
    const dir = mkdtempSync(join(tmpdir(), 'skillgraph-dry-run-'));
    const server = new LocalNeo4j({
      home: info.local?.home ?? '',
      dir,
      version: info.local?.version ?? '',
      port: 0,
      heap: '640m',
      pageCache: '64m',
      database: 'neo4j',
      startTimeoutMs: 60_000,
      javaHome: process.env.JAVA_HOME,
      log: () => {},
    });
    server.configure(17_999);
    const ours = await server.commandLine();
    const lib = neo4jLibDir(info.local?.home ?? '', info.local?.version ?? '');
    const dry = spawnSync(
      ours[0] as string,
      ['-cp', `${lib}/*`, 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'],
      {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: server.dirs.root, NEO4J_CONF: server.dirs.conf },
      },
    );
    expect(dry.status).toBe(0);
    const official = dry.stdout.trim().split(/\s+/);
    // The classpath differs only in form (our lib/* wildcard versus the launcher's expanded jar list).
    const withoutClasspath = (argv: string[]) =>
      argv.filter((_, i) => argv[i - 1] !== '-cp' && argv[i] !== '-cp');
    expect(withoutClasspath(official.slice(1))).toEqual(withoutClasspath(ours.slice(1)));
    expect(official).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the first time with a password that begins with "-", kept off every command line, in a private folder (regression: one fresh install in 64 could not start)', async () => {
    const info = inject('neo4j');
    const dir = mkdtempSync(join(tmpdir(), 'skillgraph-password-'));
    const password = `-${generatePassword(20)}`;
    const server = new LocalNeo4j({
      home: info.local?.home ?? '',
      dir,
      version: info.local?.version ?? '',
      port: 0,
      heap: '256m',
      pageCache: '32m',
      database: 'neo4j',
      startTimeoutMs: 120_000,
      javaHome: process.env.JAVA_HOME,
      log: () => {},
      generatePassword: () => password,
    });
    try {
      const started = await server.start();
      expect(started.password).toBe(password);
      const other = new Database({ ...started, queryTimeoutMs: 10_000 });
      try {
        expect(await other.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await other.close();
      }
      expect(readFileSync(`/proc/${started.pid}/cmdline`, 'utf8')).not.toContain(password);
      expect(existsSync(join(dir, 'run', 'initial-password.args'))).toBe(false);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'password')).mode & 0o777).toBe(0o600);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
