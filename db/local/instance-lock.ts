import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { DatabaseSetupError } from '../errors.js';

/** A process, told apart from a later one that got the same pid by its start time (Linux; absent elsewhere). */
export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat field 22). */
  started?: string;
}

/** Who holds a lock, and what for ("starting", "stopping"). */
export interface LockHolder extends ProcessIdentity {
  purpose: string;
  since: string;
}

/** True when a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's start time from /proc, or undefined where there is no /proc (macOS) or no such process. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; fields are counted after its last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

/** This process. */
export function selfIdentity(): ProcessIdentity {
  const started = processStartTime(process.pid);
  return started === undefined ? { pid: process.pid } : { pid: process.pid, started };
}

/** True when the process is still the one identified (same pid, and the same start time when one was recorded). */
export function identityAlive(id: ProcessIdentity): boolean {
  if (!alive(id.pid)) return false;
  if (id.started === undefined) return true;
  const now = processStartTime(id.pid);
  return now === undefined || now === id.started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A breaker lock older than this was left by a process that died in the few statements it is held for. */
const STALE_BREAKER_MS = 10_000;

/**
 * An exclusive lock on a local Neo4j instance: a file created with O_EXCL that holds the holder's pid and start time.
 * A lock whose holder no longer runs (killed with SIGKILL, a crash, a reboot) is stale and is broken by the next
 * process that wants it, so nobody has to delete it by hand.
 *
 * Breaking a stale lock is itself guarded by a second O_EXCL file (`<lock>.break`), and the holder is re-read under
 * it: two processes that both saw the same stale lock cannot both delete it, so neither deletes the fresh lock the
 * other has just taken.
 */
export class InstanceLock {
  private held = false;

  constructor(private readonly file: string) {}

  /** The live holder of the lock, or undefined when it is free or stale. */
  holder(): LockHolder | undefined {
    const holder = this.read();
    return holder && identityAlive(holder) ? holder : undefined;
  }

  /** Takes the lock if it is free (breaking a stale one); answers the live holder otherwise. */
  tryAcquire(purpose: string): { acquired: true } | { acquired: false; holder: LockHolder } {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (this.create(purpose)) return { acquired: true };
      const holder = this.read();
      if (holder && identityAlive(holder)) return { acquired: false, holder };
      if (!holder && this.age() < 2_000) {
        // Created an instant ago and not written yet: treat it as held.
        return { acquired: false, holder: { pid: 0, purpose: 'starting', since: new Date().toISOString() } };
      }
      this.breakStale(holder);
    }
    const holder = this.read();
    return { acquired: false, holder: holder ?? { pid: 0, purpose: 'unknown', since: '' } };
  }

  /**
   * Waits for the lock, up to `timeoutMs`. `onWait` is called once, with the holder, when the lock is busy, so the
   * caller can say what it waits for.
   */
  async acquire(
    purpose: string,
    options: { timeoutMs: number; onWait?: (holder: LockHolder) => void },
  ): Promise<{ acquired: true } | { acquired: false; holder: LockHolder }> {
    const deadline = Date.now() + options.timeoutMs;
    let told = false;
    for (;;) {
      const result = this.tryAcquire(purpose);
      if (result.acquired || Date.now() > deadline) return result;
      if (!told) {
        told = true;
        options.onWait?.(result.holder);
      }
      await sleep(200);
    }
  }

  /** Releases the lock if this process holds it. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    const holder = this.read();
    if (holder?.pid === process.pid) rmSync(this.file, { force: true });
  }

  private create(purpose: string): boolean {
    let fd: number;
    try {
      fd = openSync(this.file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      const holder: LockHolder = { ...selfIdentity(), purpose, since: new Date().toISOString() };
      writeSync(fd, `${JSON.stringify(holder)}\n`);
    } finally {
      closeSync(fd);
    }
    this.held = true;
    return true;
  }

  private read(file = this.file): LockHolder | undefined {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
      return typeof parsed.pid === 'number' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  private age(file = this.file): number {
    try {
      return Date.now() - statSync(file).mtimeMs;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  }

  /** Deletes the lock if it still holds exactly the stale holder seen, under the breaker lock. */
  private breakStale(seen: LockHolder | undefined): void {
    const breaker = `${this.file}.break`;
    let fd: number;
    try {
      fd = openSync(breaker, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (this.age(breaker) > STALE_BREAKER_MS) rmSync(breaker, { force: true });
      return;
    }
    try {
      closeSync(fd);
      const now = this.read();
      const same = JSON.stringify(now) === JSON.stringify(seen);
      if (same && !(now && identityAlive(now))) rmSync(this.file, { force: true });
    } finally {
      rmSync(breaker, { force: true });
    }
  }
}

/**
 * Runs `work` holding the lock, waiting up to `timeoutMs` while another process holds it (and saying so once).
 * Giving up is a DatabaseSetupError naming the holder.
 */
export async function withInstanceLock<T>(
  file: string,
  purpose: string,
  options: { timeoutMs: number; log: (line: string) => void; what: string },
  work: () => Promise<T>,
): Promise<T> {
  const lock = new InstanceLock(file);
  const result = await lock.acquire(purpose, {
    timeoutMs: options.timeoutMs,
    onWait: (holder) =>
      options.log(
        `Waiting for another Skillgraph process (pid ${holder.pid}) that is ${holder.purpose} ${options.what}`,
      ),
  });
  if (!result.acquired) {
    throw new DatabaseSetupError(
      `Another Skillgraph process (pid ${result.holder.pid}) has been ${result.holder.purpose} ${options.what} for ` +
        `over ${Math.round(options.timeoutMs / 1000)} s; stop it, or give this one its own SKILLGRAPH_HOME.`,
    );
  }
  try {
    return await work();
  } finally {
    lock.release();
  }
}
