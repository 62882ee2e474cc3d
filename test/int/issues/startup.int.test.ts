import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { runCli } from '../../helpers/cli.js';

// Regression: on a busy machine 4 of 8 cold starts failed with a raw TransactionTimedOut stack, because the first
// schema query ran under the 5 s request timeout; other start-up failures printed stacks too.

const neo4j = inject('neo4j');
const external = {
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
};
const STACK = /\n\s+at\s/;

function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'skillgraph-home-'));
  symlinkSync(join(loadConfig().local.home, 'neo4j'), join(home, 'neo4j'));
  return home;
}

describe('serve starts every time', () => {
  it('starts a fresh JVM with a request timeout of 100 ms, far below its first query, and warms every query', async () => {
    const home = freshHome();
    const run = runCli(['serve', '--port', '0'], {
      SKILLGRAPH_HOME: home,
      NEO4J_URI: '',
      SKILLGRAPH_QUERY_TIMEOUT_MS: '100',
    });
    try {
      const line = await run.waitFor(/running at (http:\/\/\S+)/, 180_000);
      const url = line.replace('running at ', '');
      expect(run.output()).toMatch(/Seeded 1 person, 6 jobs/);
      expect(run.output()).toMatch(/Warmed 2\d queries in [\d.]+ s\n/);
      expect(run.output()).not.toMatch(/not warmed/);
      // The first request of a person: its plan was made during the warm-up, so 100 ms are enough.
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { jobs } }' }),
      });
      expect(await res.json()).toEqual({ data: { stats: { jobs: 6 } } });
      run.child.kill('SIGTERM');
      expect((await run.exit).code).toBe(0);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  it('says in one sentence that the port is taken, without a stack (regression: an EADDRINUSE stack)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = runCli(['serve', '--port', String(port)], external);
      expect((await run.exit).code).toBe(1);
      const errors = run
        .output()
        .split('\n')
        .filter((l) => l.startsWith('error:'));
      expect(errors).toEqual([
        `error: Port ${port} on 127.0.0.1 is already in use (another Skillgraph?); stop that process, or choose another port with --port or PORT.`,
      ]);
      expect(run.output()).not.toMatch(STACK);
    } finally {
      taken.close();
    }
  }, 120_000);

  it('says in one sentence that the database refused, without a stack', async () => {
    const run = runCli(['serve', '--port', '0'], { ...external, NEO4J_PASSWORD: 'wrong-password' });
    expect((await run.exit).code).toBe(1);
    expect(run.output()).toMatch(
      /error: the database refused the request: .*authentication failure.* \(Neo\.ClientError\.Security\.Unauthorized\)/,
    );
    expect(run.output()).not.toMatch(STACK);
  }, 120_000);
});
