import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { alive } from '../../db/local/local-server.js';
import { packageRoot } from '../../db/paths.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { loadConfig } from '../../server/config.js';
import { runCli } from '../helpers/cli.js';
import { testDatabase, wipe } from '../helpers/db.js';

const db = testDatabase();
const neo4j = inject('neo4j');
const external = {
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
};

afterAll(async () => {
  await db.close();
});

/** A fresh SKILLGRAPH_HOME that shares only the resolved jars with the real one, so nothing is downloaded again. */
function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'skillgraph-home-'));
  symlinkSync(join(loadConfig().local.home, 'neo4j'), join(home, 'neo4j'));
  return home;
}

/** Stops a JVM a failed test left running, before its folder is removed under it. */
function stopLeftJvm(home: string): void {
  try {
    const { pid } = JSON.parse(readFileSync(join(home, 'instances', 'default', 'instance.json'), 'utf8')) as {
      pid: number;
    };
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  } catch {
    // Nothing was started.
  }
}

async function counts() {
  return db.read<{ jobs: number; tools: number; rels: number }>(
    'RETURN COUNT { MATCH (:Job) } AS jobs, COUNT { MATCH (:Tool) } AS tools, COUNT { MATCH ()-[]->() } AS rels',
  );
}

describe('skillgraph serve', () => {
  it('starts its own Neo4j, answers /health, and stops that Neo4j on SIGTERM', async () => {
    const home = freshHome();
    const run = runCli(['serve', '--port', '0'], { SKILLGRAPH_HOME: home, NEO4J_URI: '' });
    try {
      // Start-up warms every query before it listens; on a busy 2-core machine a fresh start took over two minutes.
      const line = await run.waitFor(/running at (http:\/\/\S+)/, 240_000);
      const url = line.replace('running at ', '');
      expect(run.output()).toMatch(/Seeded 1 person, 6 jobs/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { up: true } });

      const state = JSON.parse(readFileSync(join(home, 'instances', 'default', 'instance.json'), 'utf8')) as {
        pid: number;
      };
      expect(alive(state.pid)).toBe(true);
      run.child.kill('SIGTERM');
      const { code } = await run.exit;
      expect(code).toBe(0);
      expect(alive(state.pid)).toBe(false);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      stopLeftJvm(home);
      rmSync(home, { recursive: true, force: true });
    }
  }, 360_000);
});

describe('a serve interrupted while Neo4j starts (regression: the JVM outlived it)', () => {
  it('stops the JVM it spawned', async () => {
    const home = freshHome();
    const run = runCli(['serve', '--port', '0'], { SKILLGRAPH_HOME: home, NEO4J_URI: '' });
    try {
      await run.waitFor(/Starting Neo4j/);
      // The JVM is spawned and recorded right after that line.
      const stateFile = join(home, 'instances', 'default', 'instance.json');
      for (let i = 0; i < 100 && !existsSync(stateFile); i++) await new Promise((r) => setTimeout(r, 50));
      const { pid } = JSON.parse(readFileSync(stateFile, 'utf8')) as { pid: number };
      expect(alive(pid)).toBe(true);
      run.child.kill('SIGINT');
      await run.exit;
      expect(alive(pid)).toBe(false);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      stopLeftJvm(home);
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('a serve killed with SIGKILL (regression: its Neo4j ran on forever)', () => {
  it('leaves a Neo4j that the next serve adopts and stops', async () => {
    const home = freshHome();
    const env = { SKILLGRAPH_HOME: home, NEO4J_URI: '' };
    const first = runCli(['serve', '--port', '0'], env);
    const second = () => runCli(['serve', '--port', '0'], env);
    let again: ReturnType<typeof second> | undefined;
    try {
      await first.waitFor(/running at/, 240_000);
      const state = () =>
        JSON.parse(readFileSync(join(home, 'instances', 'default', 'instance.json'), 'utf8')) as {
          pid: number;
        };
      const { pid } = state();
      first.child.kill('SIGKILL');
      await first.exit;
      expect(alive(pid)).toBe(true);

      again = second();
      await again.waitFor(/running at/, 240_000);
      expect(again.output()).toMatch(/Adopting Neo4j \(pid \d+\)/);
      expect(state().pid).toBe(pid);
      again.child.kill('SIGTERM');
      expect((await again.exit).code).toBe(0);
      expect(alive(pid)).toBe(false);
    } finally {
      for (const run of [first, again]) if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
      try {
        const { pid } = JSON.parse(
          readFileSync(join(home, 'instances', 'default', 'instance.json'), 'utf8'),
        ) as { pid: number };
        if (alive(pid)) process.kill(pid, 'SIGKILL');
      } catch {
        // Nothing was started.
      }
      rmSync(home, { recursive: true, force: true });
    }
  }, 420_000);
});

describe('skillgraph seed', () => {
  it('loads files into NEO4J_URI and prints a summary', async () => {
    await wipe(db);
    const run = runCli(
      ['seed', BUNDLED_NARRATIVES, join(packageRoot(), 'test', 'fixtures', 'team', 'dana-kim.md')],
      external,
    );
    expect((await run.exit).code).toBe(0);
    expect(run.output()).toMatch(/Seeded 2 people, 7 jobs, \d+ tools/);
    expect((await counts())[0]?.jobs).toBe(7);
  });

  it('exits non-zero with file:line on bad input, having loaded nothing', async () => {
    await wipe(db);
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const before = await counts();
    const bad = join(tmpdir(), `bad-${process.pid}.md`);
    writeFileSync(
      bad,
      Buffer.concat([Buffer.from('### Project Narratives\n\nline two\n'), Buffer.from([0xff, 0xfe])]),
    );
    const run = runCli(
      ['seed', join(packageRoot(), 'test', 'fixtures', 'team', 'dana-kim.md'), bad],
      external,
    );
    expect((await run.exit).code).toBe(1);
    expect(run.output()).toContain(`error: ${bad}:4: invalid UTF-8`);
    expect(await counts()).toEqual(before);
  });

  it('leaves the previous graph intact when the process is killed mid-load', async () => {
    await wipe(db);
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const before = await counts();
    // Enough narratives that the load takes a while and reports progress.
    const big = join(tmpdir(), `big-${process.pid}.md`);
    const text = readFileSync(BUNDLED_NARRATIVES, 'utf8');
    writeFileSync(big, `${text}\n\n${'-'.repeat(60)}\n\n`.repeat(120));
    const run = runCli(['seed', big, '--person', 'Me'], external);
    await run.waitFor(/evidence: \d+\//, 120_000);
    run.child.kill('SIGKILL');
    await run.exit;
    rmSync(big, { force: true });
    expect(await counts()).toEqual(before);
  }, 180_000);
});

describe('skillgraph extract and help', () => {
  it('prints the parsed model as JSON without a database', async () => {
    const run = runCli(['extract', '--json', BUNDLED_NARRATIVES], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect((await run.exit).code).toBe(0);
    const model = JSON.parse(run.output()) as { people: { jobs: { company: string }[] }[] };
    expect(model.people[0]?.jobs.map((j) => j.company)).toHaveLength(6);
  });

  it('prints each job with its dates, the tools it used, and those it only named', async () => {
    const run = runCli(['extract', join(packageRoot(), 'test/fixtures/inputs/stances-resume.md')]);
    expect((await run.exit).code).toBe(0);
    const out = run.stdout();
    expect(out).toContain('1. Platform Engineer at Wadi Freight (2021-03 – present)');
    expect(out).toContain('Jenkins (moved off)');
    expect(out).toContain(
      'named, not used: Apache Pulsar (evaluated), OpenTelemetry (planned), Snowflake (others)',
    );
    expect(out).toContain('claimed skills: Go, Terraform, Kubernetes, Python, Rust, Helm');
  });

  it('stops quietly when the reader closes the pipe (extract | head)', async () => {
    const cli = `${process.execPath} --import tsx server/cli.ts extract --json ${BUNDLED_NARRATIVES}`;
    const child = spawn('bash', ['-o', 'pipefail', '-c', `${cli} | head -c 10`], {
      cwd: packageRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('has --help on every command', async () => {
    for (const args of [
      ['--help'],
      ['serve', '--help'],
      ['seed', '--help'],
      ['extract', '--help'],
      ['match', '--help'],
      ['neo4j', '--help'],
    ]) {
      const run = runCli(args);
      expect((await run.exit).code, args.join(' ')).toBe(0);
      expect(run.output()).toMatch(/Usage: skillgraph/);
    }
  });

  it('explains the three ways to get a database when Java is missing', async () => {
    const home = mkdtempSync(join(tmpdir(), 'skillgraph-nojava-'));
    const run = runCli(['neo4j', 'start'], {
      SKILLGRAPH_HOME: home,
      NEO4J_URI: '',
      JAVA_HOME: '/nonexistent',
      PATH: '/nonexistent',
    });
    expect((await run.exit).code).toBe(1);
    expect(run.output()).toMatch(/No Java runtime found/);
    expect(run.output()).toMatch(/docker compose/);
    expect(run.output()).toMatch(/NEO4J_URI/);
    expect(run.output()).toMatch(/Java 17/);
    expect(existsSync(join(home, 'instances'))).toBe(false);
    rmSync(home, { recursive: true, force: true });
  });
});
