import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { alive, identityAlive, processStartTime } from './instance-lock.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `instance.json`: the JVM an instance runs and who owns it. Written under the instance lock; read by anyone.
 * `owner` stays a bare pid (older Skillgraphs and test/global-setup.ts read it so); `ownerStarted` tells a reused pid
 * apart.
 */
export interface InstanceState {
  pid: number;
  port: number;
  version: string;
  startedAt: string;
  /** The JVM's start time (/proc), so a reused pid is not taken for our Neo4j. */
  jvmStarted?: string;
  /** The process that started or adopted the server and stops it when it exits; absent when started detached. */
  owner?: number;
  ownerStarted?: string;
  /** Set by `skillgraph neo4j stop` (or any explicit stop) before it stops the JVM: its owner must not restart it. */
  stopRequested?: { pid: number; at: string };
}

export function readState(file: string): InstanceState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as InstanceState;
    return typeof state.pid === 'number' ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(file: string, state: InstanceState): void {
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

/** True when the state names an owner process that still runs. */
export function ownerAlive(state: InstanceState): boolean {
  if (state.owner === undefined) return false;
  return identityAlive(
    state.ownerStarted === undefined
      ? { pid: state.owner }
      : { pid: state.owner, started: state.ownerStarted },
  );
}

/**
 * True when `pid` is this instance's Neo4j: alive, a CommunityEntryPoint started with this conf folder, and (when
 * recorded) started when the JVM was. Without /proc (macOS) the pid alone is trusted.
 */
export function isInstanceJvm(pid: number, confDir: string, jvmStarted?: string): boolean {
  if (!alive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes('CommunityEntryPoint') || !cmdline.includes(confDir)) return false;
  } catch {
    return true;
  }
  if (jvmStarted === undefined) return true;
  return processStartTime(pid) === jvmStarted;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/** Stops a process with SIGTERM (for Neo4j, a clean shutdown), escalating to SIGKILL after `graceMs`. */
export async function terminate(pid: number, graceMs: number, log: (line: string) => void): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    log(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000} s; killing it`);
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(50);
  }
}
