import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../db/paths.js';

/** A server the bench started as its own Node process. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set size now, in MB (from /proc/<pid>/status). */
  rssMb(): number | undefined;
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** VmRSS of a process in MB, or undefined where /proc is missing. */
export function rssOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `node [nodeArgs] --import tsx <script> [args]` from the package root and waits until its output matches
 * `ready` (whose first group is the URL).
 */
export async function startNodeServer(options: {
  script: string;
  args?: string[];
  nodeArgs?: string[];
  env: Record<string, string | undefined>;
  ready: RegExp;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      join(packageRoot(), options.script),
      ...(options.args ?? []),
    ],
    { cwd: packageRoot(), env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`${options.script} did not start within ${options.timeoutMs ?? 120_000} ms:\n${text}`),
        ),
      options.timeoutMs ?? 120_000,
    );
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.length > 200_000) text = text.slice(-100_000);
      const m = options.ready.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited (${code}) before it was ready:\n${text}`));
    });
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    rssMb: () => rssOf(pid),
    output: () => text,
    async stop(graceMs = 20_000) {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}
