import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { DatabaseSetupError, WAYS_TO_GET_A_DATABASE } from '../errors.js';
import { type InstanceDirs, renderNeo4jConf, serverCommandLine } from './conf.js';
import { findJava, type JavaRuntime } from './java.js';
import { type Log, resolveNeo4j } from './resolve.js';

export interface LocalNeo4jOptions {
  /** SKILLGRAPH_HOME: holds the jar cache and the instances. */
  home: string;
  /** Instance name; its files live in `<home>/instances/<name>` unless `dir` is given. */
  name?: string;
  /** An explicit instance folder (tests use a throwaway one). */
  dir?: string;
  version: string;
  /** Bolt port; 0 reuses the instance's previous port when free, else picks a free one. */
  port: number;
  heap: string;
  pageCache: string;
  database: string;
  startTimeoutMs: number;
  javaHome: string | undefined;
  log: Log;
  /** Makes the first start's password (tests pass one that begins with "-"); a random one otherwise. */
  generatePassword?: () => string;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface InstanceState {
  pid: number;
  port: number;
  version: string;
  startedAt: string;
  /** The process that started the server and will stop it; absent when it was started detached. */
  owner?: number;
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  version?: string;
  dir: string;
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

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A password of letters and digits (143 bits). base64url could begin with "-", which neo4j-admin read as an option
 * ("Missing required parameter: '<password>'"), so one fresh install in 64 could not start.
 */
export function generatePassword(length = 24): string {
  let out = '';
  for (let i = 0; i < length; i++) out += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return out;
}

/** True when a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A Neo4j Community server run by Skillgraph itself: the real engine from Maven Central, started from its jars with
 * Java 17 through `org.neo4j.server.CommunityEntryPoint`, with its own conf, data, logs and run folders.
 */
export class LocalNeo4j {
  readonly dirs: InstanceDirs;
  private child: ChildProcess | undefined;
  /** This process started (or adopted) the running server and must stop it. */
  private owned = false;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(private readonly options: LocalNeo4jOptions) {
    const root = options.dir ?? join(options.home, 'instances', options.name ?? 'default');
    this.dirs = {
      root,
      conf: join(root, 'conf'),
      data: join(root, 'data'),
      logs: join(root, 'logs'),
      run: join(root, 'run'),
      import: join(root, 'import'),
      plugins: join(root, 'plugins'),
    };
  }

  private get stateFile(): string {
    return join(this.dirs.root, 'instance.json');
  }

  private get passwordFile(): string {
    return join(this.dirs.root, 'password');
  }

  /** The pid recorded for this instance, if that process is still our Neo4j (pids get reused). */
  private liveState(): InstanceState | undefined {
    if (!existsSync(this.stateFile)) return undefined;
    let state: InstanceState;
    try {
      state = JSON.parse(readFileSync(this.stateFile, 'utf8')) as InstanceState;
    } catch {
      return undefined;
    }
    if (!alive(state.pid)) return undefined;
    try {
      const cmdline = readFileSync(`/proc/${state.pid}/cmdline`, 'utf8');
      if (!cmdline.includes('CommunityEntryPoint') || !cmdline.includes(this.dirs.conf)) return undefined;
    } catch {
      // No /proc (macOS): trust the recorded pid.
    }
    return state;
  }

  private writeState(state: InstanceState): void {
    writeFileSync(this.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  }

  private readPassword(): string {
    return readFileSync(this.passwordFile, 'utf8').trim();
  }

  /**
   * How to reach the instance. The routing scheme neo4j:// rather than bolt://, so every start and every test runs
   * the driver's routing code path, the one a cluster or Aura uses (a single server routes to itself).
   */
  connection(port: number): Connection {
    return {
      uri: `neo4j://127.0.0.1:${port}`,
      user: 'neo4j',
      password: this.readPassword(),
      database: this.options.database,
    };
  }

  async status(): Promise<LocalStatus> {
    const state = this.liveState();
    if (!state) return { running: false, dir: this.dirs.root };
    return {
      running: true,
      pid: state.pid,
      port: state.port,
      uri: `neo4j://127.0.0.1:${state.port}`,
      version: state.version,
      dir: this.dirs.root,
    };
  }

  private requireJava(): JavaRuntime {
    const java = findJava(this.options.javaHome);
    if (!java) {
      throw new DatabaseSetupError(
        `No Java runtime found (looked at JAVA_HOME and PATH).\n\n${WAYS_TO_GET_A_DATABASE}`,
      );
    }
    if (java.major < 17) {
      throw new DatabaseSetupError(
        `Java ${java.version} at ${java.executable} is too old: Neo4j 5.26 needs Java 17 or 21.\n\n${WAYS_TO_GET_A_DATABASE}`,
      );
    }
    if (java.major !== 17 && java.major !== 21) {
      this.options.log(`warning: Neo4j 5.26 supports Java 17 and 21; trying Java ${java.version} anyway`);
    }
    return java;
  }

  /**
   * Creates the instance folders and writes its neo4j.conf for Bolt on `port`. The instance folder is private (700):
   * it holds the store, the password file and Neo4j's auth.ini.
   */
  configure(port: number): void {
    mkdirSync(this.dirs.root, { recursive: true, mode: 0o700 });
    // Folders made by an older Skillgraph were world-readable.
    chmodSync(this.dirs.root, 0o700);
    for (const dir of Object.values(this.dirs)) mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(this.dirs.conf, 'neo4j.conf'),
      renderNeo4jConf({
        dirs: this.dirs,
        port,
        heap: this.options.heap,
        pageCache: this.options.pageCache,
        database: this.options.database,
      }),
    );
  }

  /**
   * Configures the instance and, the first time only, sets the neo4j user's password (before the first start, as
   * Neo4j requires). The password reaches neo4j-admin in an argument file (picocli's `@file`), never on a command
   * line where `ps` would show it, and after `--`, so nothing in it is read as an option.
   */
  private async prepare(java: JavaRuntime, lib: string, port: number): Promise<void> {
    this.configure(port);
    if (existsSync(this.passwordFile)) return;
    const password = (this.options.generatePassword ?? generatePassword)();
    const argsFile = join(this.dirs.run, 'initial-password.args');
    writeFileSync(argsFile, `--\n${password}\n`, { mode: 0o600 });
    let result: ReturnType<typeof spawnSync>;
    try {
      result = spawnSync(
        java.executable,
        [
          '-cp',
          `${lib}/*`,
          'org.neo4j.server.startup.Neo4jAdminCommand',
          'dbms',
          'set-initial-password',
          `@${argsFile}`,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, NEO4J_HOME: this.dirs.root, NEO4J_CONF: this.dirs.conf },
          timeout: 120_000,
        },
      );
    } finally {
      rmSync(argsFile, { force: true });
    }
    if (result.status !== 0) {
      throw new DatabaseSetupError(
        `neo4j-admin set-initial-password failed:\n${String(result.stderr)}${String(result.stdout)}`,
      );
    }
    writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
  }

  private async choosePort(): Promise<number> {
    if (this.options.port) return this.options.port;
    try {
      const previous = JSON.parse(readFileSync(this.stateFile, 'utf8')) as InstanceState;
      if (previous.port && (await portIsFree(previous.port))) return previous.port;
    } catch {
      // No previous state: pick a fresh port.
    }
    return freePort();
  }

  /** The command line this instance is started with (used to compare against the official launcher's dry run). */
  async commandLine(): Promise<string[]> {
    const java = this.requireJava();
    const lib = await resolveNeo4j(this.options.home, this.options.version, this.options.log);
    return serverCommandLine(java.executable, lib, this.dirs, this.options.heap);
  }

  /**
   * Starts the server, or attaches to this instance if it is already running. `detached` leaves it running after this
   * process exits (`skillgraph neo4j start`); otherwise the caller owns it and must call stop().
   */
  async start({
    detached = false,
  }: {
    detached?: boolean;
  } = {}): Promise<Connection & { reused: boolean; pid: number }> {
    const running = this.liveState();
    if (running) {
      const connection = this.connection(running.port);
      await this.waitForBolt(connection, running.pid);
      // A server whose owner died without stopping it (killed with SIGKILL) is an orphan: whoever starts the
      // instance next adopts it, so it stops when that process does instead of running forever.
      const orphan = running.owner !== undefined && !alive(running.owner);
      if (orphan) {
        this.options.log(
          `Adopting Neo4j (pid ${running.pid}) left running by a process that no longer exists`,
        );
        this.writeState({ ...running, ...(detached ? { owner: undefined } : { owner: process.pid }) });
        this.owned = !detached;
      }
      return { ...connection, reused: !orphan || detached, pid: running.pid };
    }
    const java = this.requireJava();
    const lib = await resolveNeo4j(this.options.home, this.options.version, this.options.log);
    const port = await this.choosePort();
    if (!(await portIsFree(port))) {
      throw new DatabaseSetupError(
        `Bolt port ${port} on 127.0.0.1 is in use; set SKILLGRAPH_NEO4J_PORT to another.`,
      );
    }
    await this.prepare(java, lib, port);

    const [executable, ...args] = serverCommandLine(java.executable, lib, this.dirs, this.options.heap);
    const consoleLog = join(this.dirs.logs, 'console.log');
    const out = openSync(consoleLog, 'a');
    const started = Date.now();
    this.options.log(
      `Starting Neo4j ${this.options.version} on neo4j://127.0.0.1:${port} (data in ${this.dirs.data})`,
    );
    // Its own process group, so a Ctrl-C aimed at us does not race our orderly SIGTERM.
    const child = spawn(executable as string, args, {
      cwd: this.dirs.root,
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: this.dirs.root, NEO4J_CONF: this.dirs.conf },
    });
    closeSync(out);
    this.child = child;
    this.owned = !detached;
    this.exitInfo = undefined;
    child.once('exit', (code, signal) => {
      this.exitInfo = { code, signal };
    });
    if (!child.pid) throw new DatabaseSetupError(`could not start ${executable}`);
    this.writeState({
      pid: child.pid,
      port,
      version: this.options.version,
      startedAt: new Date().toISOString(),
      ...(detached ? {} : { owner: process.pid }),
    });
    if (detached) child.unref();

    const connection = this.connection(port);
    try {
      await this.waitForBolt(connection, child.pid);
    } catch (error) {
      await this.stop();
      throw error;
    }
    this.options.log(`Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ...connection, reused: false, pid: child.pid };
  }

  private consoleTail(lines = 25): string {
    try {
      const text = readFileSync(join(this.dirs.logs, 'console.log'), 'utf8').trimEnd().split('\n');
      return text.slice(-lines).join('\n');
    } catch {
      return '(no console log)';
    }
  }

  /** Polls Bolt with verifyConnectivity until it answers, the process dies, or the start timeout passes. */
  private async waitForBolt(connection: Connection, pid: number): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: 2_000,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity({ database: connection.database });
          return;
        } catch (error) {
          if (this.exitInfo || !alive(pid)) {
            throw new DatabaseSetupError(
              `Neo4j exited during start-up (${this.exitInfo?.code ?? this.exitInfo?.signal ?? 'gone'}). ` +
                `Last lines of ${join(this.dirs.logs, 'console.log')}:\n${this.consoleTail()}`,
            );
          }
          if (Date.now() > deadline) {
            throw new DatabaseSetupError(
              `Neo4j did not accept Bolt connections within ${this.options.startTimeoutMs / 1000} s ` +
                `(${(error as Error).message}). Last lines of the console log:\n${this.consoleTail()}`,
            );
          }
          await sleep(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  /** Stops the server with SIGTERM (a clean shutdown), escalating to SIGKILL after `graceMs`. True if one was running. */
  async stop(graceMs = 60_000): Promise<boolean> {
    const state = this.liveState();
    const pid = state?.pid ?? (this.child && !this.exitInfo ? this.child.pid : undefined);
    if (!pid) return false;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + graceMs;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    if (alive(pid)) {
      this.options.log(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000} s; killing it`);
      process.kill(pid, 'SIGKILL');
      while (alive(pid)) await sleep(50);
    }
    // The state file stays: its pid is dead now (so the instance reads as stopped) and its port is reused next time.
    this.child = undefined;
    this.owned = false;
    return true;
  }

  /** Stops the server if this process started or adopted it; a server someone else runs is left alone. */
  async stopIfOwned(): Promise<void> {
    if (this.owned) await this.stop();
  }

  /**
   * Last-resort synchronous stop for process 'exit' handlers, where nothing asynchronous runs any more. Sends SIGTERM
   * so Neo4j still shuts down cleanly; it outlives us only for the seconds that takes.
   */
  stopSync(): void {
    if (!this.owned) return;
    const pid = this.child && !this.exitInfo ? this.child.pid : this.liveState()?.pid;
    if (!pid) return;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
