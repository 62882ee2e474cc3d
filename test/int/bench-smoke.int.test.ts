import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';

// The benchmark's S scale in quick mode, against the tests' Neo4j (which it wipes, hence SKILLGRAPH_BENCH_WIPE).
// Only that it completes and writes a well-formed results file: timings are never asserted in tests.
describe('npm run bench -- --scale S --quick', () => {
  const out = mkdtempSync(join(tmpdir(), 'skillgraph-bench-results-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs end to end and writes the results JSON and Markdown', async () => {
    const db = inject('neo4j');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot(), 'bench', 'run.ts'), '--scale', 'S', '--quick', '--out', out],
      {
        cwd: packageRoot(),
        env: {
          ...process.env,
          NEO4J_URI: db.uri,
          NEO4J_USER: db.user,
          NEO4J_PASSWORD: db.password,
          NEO4J_DATABASE: db.database,
          SKILLGRAPH_BENCH_WIPE: 'yes',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, output).toBe(0);

    const files = readdirSync(out);
    expect(files).toContain('latest.md');
    const json = files.find((f) => f.endsWith('.json'));
    expect(json).toBeDefined();
    const results = JSON.parse(readFileSync(join(out, json as string), 'utf8'));
    expect(results.version).toBe(1);
    expect(results.machine.cpu).toEqual(expect.any(String));
    expect(results.errors).toEqual([]);
    expect(results.extraction.multiFile.mbPerSecond).toBeGreaterThan(0);
    expect(results.scales).toHaveLength(1);
    const [s] = results.scales;
    expect(s.scale).toBe('S');
    expect(s.seeding.loader.mismatches).toEqual([]);
    expect(s.seeding.perRow.rowsPerSecond).toBeGreaterThan(0);
    const fields = new Set(s.queries.map((q: { field: string }) => q.field));
    expect(fields.has('whereUsed') && fields.has('graph') && fields.has('stats')).toBe(true);
    for (const q of s.queries) {
      expect(q.http.n, q.name).toBeGreaterThan(0);
      expect(q.driver.n, q.name).toBeGreaterThan(0);
      expect(q.profile?.dbHits, q.name).toEqual(expect.any(Number));
    }
    expect(s.library.length).toBeGreaterThan(0);
    // Four targets (whereUsed one tool, whereUsed a different tool, graph, graph gzipped) at 1, 16 and 64 connections.
    expect(s.load).toHaveLength(12);
    expect(s.load.filter((l: { gzip?: boolean }) => l.gzip)).toHaveLength(3);
    expect(results.frontend ?? results.frontendSkipped).toBeDefined();
    expect(results.goals.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'latest.md'), 'utf8')).toContain('## What dominates each cost');
  }, 300_000);
});
