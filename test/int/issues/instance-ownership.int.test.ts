import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive } from '../../../db/local/local-server.js';
import { loadConfig } from '../../../server/config.js';
import { type CliRun, runCli } from '../../helpers/cli.js';

// Regressions: two serves started together ran two JVMs on one store and the loser's clean-up stopped the winner's;
// a second serve shared the first one's JVM and answered 503 when the first exited; after `neo4j start` replaced a
// dead JVM, stopping serve stopped it too; a JVM that died stayed dead until serve was restarted.

function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'skillgraph-home-'));
  symlinkSync(join(loadConfig().local.home, 'neo4j'), join(home, 'neo4j'));
  return home;
}

const jvmPid = (home: string) =>
  (JSON.parse(readFileSync(join(home, 'instances', 'default', 'instance.json'), 'utf8')) as { pid: number })
    .pid;

async function health(url: string) {
  const res = await fetch(`${url}/health`);
  return {
    status: res.status,
    body: (await res.json()) as {
      database: { up: boolean };
      neo4j?: { state: string; restarts: number; lastExit?: { signal: string | null } };
    },
  };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function cleanUp(home: string, runs: (CliRun | undefined)[]) {
  for (const run of runs) if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
  try {
    const pid = jvmPid(home);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  } catch {
    // Nothing was started.
  }
  rmSync(home, { recursive: true, force: true });
}

describe('one owner per local Neo4j', () => {
  it('of two serves started together on one home, one serves and the other refuses in one sentence', async () => {
    const home = freshHome();
    const env = { SKILLGRAPH_HOME: home, NEO4J_URI: '' };
    const a = runCli(['serve', '--port', '0'], env);
    const b = runCli(['serve', '--port', '0'], env);
    try {
      // The loser exits as soon as it finds the winner's JVM; the winner goes on to seed and serve.
      const [winner, loser] = await Promise.race([
        a.exit.then(() => [b, a] as const),
        b.exit.then(() => [a, b] as const),
      ]);
      expect((await loser.exit).code).toBe(1);
      await winner.waitFor(/running at/, 180_000);
      const errors = loser
        .output()
        .split('\n')
        .filter((l) => l.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^error: Another Skillgraph process \(pid \d+\) already runs the local Neo4j in .* and stops it when it exits; .*`skillgraph neo4j start`/,
      );
      // One JVM, the winner's, still running and answering.
      const pid = jvmPid(home);
      expect(alive(pid)).toBe(true);
      const url = (winner.output().match(/running at (http:\/\/\S+)/) as RegExpMatchArray)[1] as string;
      expect((await health(url)).status).toBe(200);
      winner.child.kill('SIGTERM');
      expect((await winner.exit).code).toBe(0);
      expect(alive(pid)).toBe(false);
    } finally {
      await cleanUp(home, [a, b]);
    }
  }, 300_000);

  it('restarts a JVM that died, and serve recovers without a restart', async () => {
    const home = freshHome();
    const serve = runCli(['serve', '--port', '0'], { SKILLGRAPH_HOME: home, NEO4J_URI: '' });
    try {
      const url = (await serve.waitFor(/running at (http:\/\/\S+)/, 180_000)).replace('running at ', '');
      expect((await health(url)).body.neo4j).toEqual({ state: 'running', restarts: 0 });
      const first = jvmPid(home);
      process.kill(first, 'SIGKILL');
      await serve.waitFor(/Neo4j \(pid \d+\) died unexpectedly \(SIGKILL\); restarting it/, 30_000);
      // Meanwhile the API says so at once.
      const asked = Date.now();
      const during = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { jobs } }' }),
      });
      expect(during.status).toBe(503);
      expect(Date.now() - asked).toBeLessThan(3_000);
      const restarting = await health(url);
      expect(restarting.status).toBe(503);
      expect(['restarting', 'warming']).toContain(restarting.body.neo4j?.state);
      const back = await until(
        () => health(url),
        (h) => h.status === 200 && h.body.neo4j?.state === 'running',
      );
      expect(back.body.neo4j).toMatchObject({ restarts: 1, lastExit: { signal: 'SIGKILL' } });
      expect(jvmPid(home)).not.toBe(first);
      // Warmed before it said `running`: the first request is answered, not timed out on a cold JVM.
      const answer = (await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { jobs } }' }),
      }).then((r) => r.json())) as { data?: { stats: { jobs: number } } };
      expect(answer.data?.stats.jobs).toBe(6);
      const second = jvmPid(home);
      serve.child.kill('SIGTERM');
      expect((await serve.exit).code).toBe(0);
      expect(alive(second)).toBe(false);
    } finally {
      await cleanUp(home, [serve]);
    }
  }, 300_000);

  it('leaves alone a JVM that `neo4j start` put in place of the one `neo4j stop` ended', async () => {
    const home = freshHome();
    const env = { SKILLGRAPH_HOME: home, NEO4J_URI: '' };
    const serve = runCli(['serve', '--port', '0'], env);
    try {
      const url = (await serve.waitFor(/running at (http:\/\/\S+)/, 180_000)).replace('running at ', '');
      const stop = runCli(['neo4j', 'stop'], env);
      expect((await stop.exit).code).toBe(0);
      await serve.waitFor(/was stopped with `skillgraph neo4j stop`; it is not restarted/, 30_000);
      const down = await health(url);
      expect(down.status).toBe(503);
      expect(down.body.neo4j?.state).toBe('stopped');

      const start = runCli(['neo4j', 'start'], env);
      expect((await start.exit).code).toBe(0);
      const detached = jvmPid(home);
      // The same port, so serve's driver finds it by itself.
      await until(
        () => health(url),
        (h) => h.status === 200,
      );
      serve.child.kill('SIGTERM');
      expect((await serve.exit).code).toBe(0);
      expect(alive(detached)).toBe(true);
      const status = runCli(['neo4j', 'status'], env);
      expect((await status.exit).code).toBe(0);
      expect(status.output()).toMatch(new RegExp(`running: pid ${detached}`));
      const last = runCli(['neo4j', 'stop'], env);
      expect((await last.exit).code).toBe(0);
      expect(alive(detached)).toBe(false);
    } finally {
      await cleanUp(home, [serve]);
    }
  }, 300_000);
});
