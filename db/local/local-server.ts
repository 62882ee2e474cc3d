import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { DatabaseSetupError, WAYS_TO_GET_A_DATABASE } from '../errors.js';
import { type InstanceDirs, renderNeo4jConf, serverCommandLine } from './conf.js';
import { generatePassword, setInitialPassword } from './initial-password.js';
import { alive, processStartTime, selfIdentity, withInstanceLock } from './instance-lock.js';
import {
  freePort,
  type InstanceState,
  isInstanceJvm,
  ownerAlive,
  portIsFree,
  readState,
  terminate,
  writeState,
} from './instance-state.js';
import { findJava, type JavaRuntime } from './java.js';
import { type Log, resolveNeo4j } from './resolve.js';

export { generatePassword } from './initial-password.js';
export { alive } from './instance-lock.js';
export { freePort, type InstanceState } from './instance-state.js';

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

/**
 * What a start does when another live process owns the running server: `attach` uses it without owning it (seed,
 * a supervisor's restart), `refuse` stops with one sentence (a second `serve`, which would lose its database when
 * the first one exits).
 */
export type SharedMode = 'refuse' | 'attach';

export interface StartOptions {
  /** Leave the server running after this process exits (`skillgraph neo4j start`); nobody owns it then. */
  detached?: boolean;
  /** Default `attach`. */
  shared?: SharedMode;
  /** Start on exactly this port (a supervisor restarting the server its driver points at). */
  port?: number;
}

export interface Started extends Connection {
  /** True when this process attached to a server it does not own. */
  reused: boolean;
  pid: number;
  /** The live process that owns the server, when that is another process. */
  owner?: number;
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  version?: string;
  /** The live process that started the server and stops it when it exits; absent for a detached server. */
  owner?: number;
  dir: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A Neo4j Community server run by Skillgraph itself: the real engine from Maven Central, started from its jars with
 * Java 17 through `org.neo4j.server.CommunityEntryPoint`, with its own conf, data, logs and run folders.
 */
export class LocalNeo4j {
  readonly dirs: InstanceDirs;
  private exitInfo: { pid: number; code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** The JVM this process started or adopted, and must stop: never another one that later runs this instance. */
  private ownedJvm: { pid: number; port: number; jvmStarted?: string } | undefined;
  /** Set while this process stops its own server, so a supervisor does not take the exit for a crash. */
  private stopping = false;

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

  private get lockFile(): string {
    return join(this.dirs.root, 'instance.lock');
  }

  /** The state of this instance, if the JVM it records is still our Neo4j (pids get reused). */
  private liveState(): InstanceState | undefined {
    const state = readState(this.stateFile);
    if (!state || !isInstanceJvm(state.pid, this.dirs.conf, state.jvmStarted)) return undefined;
    return state;
  }

  private writeState(state: InstanceState): void {
    writeState(this.stateFile, state);
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
      ...(state.owner !== undefined && ownerAlive(state) ? { owner: state.owner } : {}),
      dir: this.dirs.root,
    };
  }

  /** The JVM this process owns, while it owns one (alive or not). */
  get owned(): { pid: number; port: number } | undefined {
    return this.ownedJvm ? { pid: this.ownedJvm.pid, port: this.ownedJvm.port } : undefined;
  }

  /** True while this process is stopping its own server on purpose. */
  get isStopping(): boolean {
    return this.stopping;
  }

  /** True when the JVM this process owns is still running. */
  ownedJvmAlive(): boolean {
    const jvm = this.ownedJvm;
    return jvm !== undefined && isInstanceJvm(jvm.pid, this.dirs.conf, jvm.jvmStarted);
  }

  /** How the JVM with this pid ended, when it was this process's child. */
  exitOf(pid: number): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo?.pid === pid
      ? { code: this.exitInfo.code, signal: this.exitInfo.signal }
      : undefined;
  }

  /** True when an explicit stop (`skillgraph neo4j stop`) ended this JVM: its owner must not restart it. */
  stopWasRequested(pid: number): boolean {
    const state = readState(this.stateFile);
    return state?.pid === pid && state.stopRequested !== undefined;
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
   * Neo4j requires; see setInitialPassword for how it is handed over).
   */
  private async prepare(java: JavaRuntime, lib: string, port: number): Promise<void> {
    this.configure(port);
    if (existsSync(this.passwordFile)) return;
    const password = (this.options.generatePassword ?? generatePassword)();
    setInitialPassword(java.executable, lib, this.dirs, password);
    writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
  }

  private async choosePort(required: number | undefined): Promise<number> {
    const port = required ?? (this.options.port || readState(this.stateFile)?.port);
    if (port && (required !== undefined || (await portIsFree(port)))) return port;
    return freePort();
  }

  /**
   * Takes the instance lock, waiting while another process starts or stops this instance (up to the start timeout),
   * and gives it back after `work`. Creating the lock creates the instance folder, private (700) from the start.
   */
  private async locked<T>(purpose: string, work: () => Promise<T>): Promise<T> {
    mkdirSync(this.dirs.root, { recursive: true, mode: 0o700 });
    return withInstanceLock(
      this.lockFile,
      purpose,
      {
        timeoutMs: this.options.startTimeoutMs + 30_000,
        log: this.options.log,
        what: `the Neo4j in ${this.dirs.root}`,
      },
      work,
    );
  }

  /** The command line this instance is started with (used to compare against the official launcher's dry run). */
  async commandLine(): Promise<string[]> {
    const java = this.requireJava();
    const lib = await resolveNeo4j(this.options.home, this.options.version, this.options.log);
    return serverCommandLine(java.executable, lib, this.dirs, this.options.heap);
  }

  /**
   * Starts the server, or attaches to this instance if it is already running. Runs under the instance lock, so two
   * processes starting together run one JVM: the second waits, then finds it running.
   *
   * - No JVM runs: start one. Unless `detached`, this process owns it: it stops it when it exits.
   * - A JVM whose owner died (SIGKILL) runs: adopt it (own it, or leave it detached).
   * - A JVM that is detached, or whose owner is this process, runs: use it.
   * - A JVM another live process owns runs: `shared: 'refuse'` stops with one sentence; `attach` uses it without
   *   owning it (it goes away when that process exits).
   */
  async start(options: StartOptions = {}): Promise<Started> {
    const detached = options.detached ?? false;
    // Before anything is created on disk: without Java nothing could start, and the message says what to do.
    if (!this.liveState()) this.requireJava();
    return this.locked(detached ? 'starting (skillgraph neo4j start)' : 'starting', async () => {
      const running = this.liveState();
      if (running) return this.attach(running, detached, options.shared ?? 'attach');
      return this.spawnServer(detached, options.port);
    });
  }

  private async attach(running: InstanceState, detached: boolean, shared: SharedMode): Promise<Started> {
    const mine = running.owner === process.pid;
    const liveOwner = !mine && ownerAlive(running);
    if (liveOwner && !detached && shared === 'refuse') {
      throw new DatabaseSetupError(
        `Another Skillgraph process (pid ${running.owner}) already runs the local Neo4j in ${this.dirs.root} and ` +
          'stops it when it exits; stop that process, run `skillgraph neo4j start` first so every serve shares one ' +
          'Neo4j that stays up, or give this serve its own SKILLGRAPH_HOME.',
      );
    }
    const connection = this.connection(running.port);
    await this.waitForBolt(connection, running.pid);
    // A server whose owner died without stopping it (killed with SIGKILL) is an orphan: whoever starts the instance
    // next adopts it, so it stops when that process does instead of running forever.
    const orphan = running.owner !== undefined && !mine && !liveOwner;
    if (orphan) {
      this.options.log(`Adopting Neo4j (pid ${running.pid}) left running by a process that no longer exists`);
      const { owner: _owner, ownerStarted: _started, stopRequested: _stop, ...rest } = running;
      this.writeState(detached ? rest : { ...rest, ...this.ownerFields() });
    }
    if ((orphan && !detached) || mine) {
      this.ownedJvm = {
        pid: running.pid,
        port: running.port,
        ...(running.jvmStarted ? { jvmStarted: running.jvmStarted } : {}),
      };
    }
    return {
      ...connection,
      reused: !this.ownedJvm || this.ownedJvm.pid !== running.pid,
      pid: running.pid,
      ...(liveOwner ? { owner: running.owner } : {}),
    };
  }

  /** The owner fields of the state: this process, with its start time so a reused pid is not taken for it. */
  private ownerFields(): Pick<InstanceState, 'owner' | 'ownerStarted'> {
    const self = selfIdentity();
    return { owner: self.pid, ...(self.started ? { ownerStarted: self.started } : {}) };
  }

  private async spawnServer(detached: boolean, requiredPort: number | undefined): Promise<Started> {
    const java = this.requireJava();
    const lib = await resolveNeo4j(this.options.home, this.options.version, this.options.log);
    const port = await this.choosePort(requiredPort);
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
    if (!child.pid) throw new DatabaseSetupError(`could not start ${executable}`);
    const pid = child.pid;
    child.once('exit', (code, signal) => {
      this.exitInfo = { pid, code, signal };
    });
    const jvmStarted = processStartTime(pid);
    // Owned from the moment it exists, so a Ctrl-C during the start still stops it.
    if (!detached) this.ownedJvm = { pid, port, ...(jvmStarted ? { jvmStarted } : {}) };
    this.writeState({
      pid,
      port,
      version: this.options.version,
      startedAt: new Date().toISOString(),
      ...(jvmStarted ? { jvmStarted } : {}),
      ...(detached ? {} : this.ownerFields()),
    });
    if (detached) child.unref();

    const connection = this.connection(port);
    try {
      await this.waitForBolt(connection, pid);
    } catch (error) {
      await terminate(pid, 60_000, this.options.log);
      if (this.ownedJvm?.pid === pid) this.ownedJvm = undefined;
      throw error;
    }
    this.options.log(`Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ...connection, reused: false, pid };
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
          const exit = this.exitOf(pid);
          if (exit || !alive(pid)) {
            throw new DatabaseSetupError(
              `Neo4j exited during start-up (${exit?.code ?? exit?.signal ?? 'gone'}). ` +
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

  /**
   * Stops the server this instance runs, whoever started it (`skillgraph neo4j stop`, tests). It records the request
   * first, so the process that owns the server does not take the exit for a crash and restart it. True if one was
   * running.
   */
  async stop(graceMs = 60_000): Promise<boolean> {
    return this.locked('stopping', async () => {
      const state = this.liveState();
      if (!state) return false;
      if (state.owner !== process.pid) {
        this.writeState({ ...state, stopRequested: { pid: process.pid, at: new Date().toISOString() } });
      } else {
        this.stopping = true;
      }
      try {
        await terminate(state.pid, graceMs, this.options.log);
      } finally {
        this.stopping = false;
      }
      // The state file stays: its pid is dead now (so the instance reads as stopped) and its port is reused next time.
      if (this.ownedJvm?.pid === state.pid) this.ownedJvm = undefined;
      return true;
    });
  }

  /**
   * Stops the JVM this process started or adopted, and nothing else: a server that `skillgraph neo4j start` started
   * after ours died, or one another process owns, is left alone. No lock is taken, so it also works while this
   * process's own start is under way (a Ctrl-C during start-up).
   */
  async stopIfOwned(graceMs = 60_000): Promise<void> {
    const jvm = this.ownedJvm;
    if (!jvm) return;
    this.stopping = true;
    try {
      const state = readState(this.stateFile);
      const stillOurs = state?.pid !== jvm.pid || state.owner === undefined || state.owner === process.pid;
      if (stillOurs && isInstanceJvm(jvm.pid, this.dirs.conf, jvm.jvmStarted))
        await terminate(jvm.pid, graceMs, this.options.log);
    } finally {
      this.ownedJvm = undefined;
      this.stopping = false;
    }
  }

  /**
   * Last-resort synchronous stop for process 'exit' handlers, where nothing asynchronous runs any more. Sends SIGTERM
   * so Neo4j still shuts down cleanly; it outlives us only for the seconds that takes.
   */
  stopSync(): void {
    const jvm = this.ownedJvm;
    if (!jvm || !isInstanceJvm(jvm.pid, this.dirs.conf, jvm.jvmStarted)) return;
    try {
      process.kill(jvm.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
