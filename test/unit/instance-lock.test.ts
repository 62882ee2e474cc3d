import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InstanceLock, processStartTime } from '../../db/local/instance-lock.js';
import { packageRoot } from '../../db/paths.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skillgraph-lock-'));
  file = join(dir, 'instance.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the instance lock', () => {
  it('is held by one holder at a time, and says who holds it', () => {
    const first = new InstanceLock(file);
    expect(first.tryAcquire('starting')).toEqual({ acquired: true });
    const second = new InstanceLock(file).tryAcquire('stopping');
    expect(second).toMatchObject({ acquired: false, holder: { pid: process.pid, purpose: 'starting' } });
    first.release();
    expect(new InstanceLock(file).tryAcquire('stopping')).toEqual({ acquired: true });
  });

  it('breaks a lock whose holder is gone, or whose pid now belongs to another process', () => {
    writeFileSync(
      file,
      JSON.stringify({ pid: deadPid(), purpose: 'starting', since: '2026-01-01T00:00:00Z' }),
    );
    expect(new InstanceLock(file).tryAcquire('starting')).toEqual({ acquired: true });
    rmSync(file);
    // Our own pid, but a start time that is not ours: the process that took the lock is gone and the pid reused.
    const started = processStartTime(process.pid);
    expect(started).toBeDefined();
    writeFileSync(
      file,
      JSON.stringify({ pid: process.pid, started: `${started}1`, purpose: 'x', since: '' }),
    );
    expect(new InstanceLock(file).tryAcquire('starting')).toEqual({ acquired: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      pid: process.pid,
      started,
      purpose: 'starting',
    });
  });

  it('goes to exactly one of eight processes racing for a stale lock', async () => {
    writeFileSync(file, JSON.stringify({ pid: deadPid(), purpose: 'starting', since: '' }));
    const script = `
      import { InstanceLock } from ${JSON.stringify(join(packageRoot(), 'db', 'local', 'instance-lock.ts'))};
      const lock = new InstanceLock(${JSON.stringify(file)});
      const result = lock.tryAcquire('racing');
      process.stdout.write(result.acquired ? 'won' : 'lost');
      // Hold it while the others try.
      setTimeout(() => lock.release(), 3000);
    `;
    const runs = Array.from(
      { length: 8 },
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
            cwd: packageRoot(),
          });
          let out = '';
          child.stdout.on('data', (c: Buffer) => {
            out += c.toString();
          });
          child.on('exit', () => resolve(out));
        }),
    );
    const outcomes = await Promise.all(runs);
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'lost')).toHaveLength(7);
  }, 60_000);
});
