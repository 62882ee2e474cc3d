import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../db/paths.js';

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  /** Standard output alone. */
  stdout: () => string;
  /** Resolves when the output matches, rejects if the process exits first or the timeout passes. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the real CLI from its TypeScript sources (no build needed), with the given environment and standard input. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string): CliRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot(), 'server', 'cli.ts'), ...args],
    {
      cwd: packageRoot(),
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    },
  );
  if (input !== undefined) child.stdin?.end(input);
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const l of listeners) l();
  };
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(text);
        if (m) {
          cleanup();
          resolve(m[0]);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${pattern}; output so far:\n${text}`));
      }, timeoutMs);
      const onExit = () => {
        setTimeout(() => {
          if (!pattern.test(text)) {
            cleanup();
            reject(new Error(`process exited before ${pattern}; output:\n${text}`));
          }
        }, 50);
      };
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
        child.off('exit', onExit);
      };
      listeners.add(check);
      child.on('exit', onExit);
      check();
    });
  return { child, output: () => text, stdout: () => out, waitFor, exit };
}
