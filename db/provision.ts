import type { DbConfig as Config } from './config.js';
import type { Lifecycle } from './lifecycle.js';
import { type Connection, LocalNeo4j, type SharedMode } from './local/local-server.js';
import type { Log } from './local/resolve.js';
import { Neo4jSupervisor } from './local/supervisor.js';

export interface ProvisionedDatabase {
  connection: Connection | { uri: string; user: string; password: string | undefined; database: string };
  /** The local server, when Skillgraph provides one. */
  local: LocalNeo4j | undefined;
  /** True when this process started (or adopted) the local server and must stop it on exit. */
  owned: boolean;
  /** Watches the JVM this process owns and restarts it when it dies (only with `supervise`). */
  supervisor: Neo4jSupervisor | undefined;
  describe: string;
}

export interface ProvisionOptions {
  /**
   * When another live process owns the running local server: `attach` uses it (seed), `refuse` stops with one
   * sentence (a second serve, which would lose its database when the first exits). Default `attach`.
   */
  shared?: SharedMode;
  /** Restart the local JVM this process owns when it dies (serve). */
  supervise?: boolean;
  /** Awaited after the supervisor restarted the JVM, before it reports it running. */
  onRestarted?: () => Promise<void> | void;
}

/** The local instance described by the configuration (it may or may not be running). */
export function localInstance(config: Config, log: Log): LocalNeo4j {
  return new LocalNeo4j({
    home: config.local.home,
    version: config.local.version,
    port: config.local.port,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    database: config.neo4j.database,
    startTimeoutMs: config.local.startTimeoutMs,
    javaHome: config.local.javaHome,
    log,
  });
}

/**
 * Provides a database: the server NEO4J_URI names (starting nothing), else the local instance — used as it is if
 * `skillgraph neo4j start` runs it, otherwise started here and owned by this process, which `lifecycle` then stops.
 * Only the JVM this process started or adopted is ever stopped by it.
 */
export async function provisionDatabase(
  config: Config,
  log: Log,
  lifecycle?: Lifecycle,
  options: ProvisionOptions = {},
): Promise<ProvisionedDatabase> {
  if (config.neo4j.uri) {
    return {
      connection: { ...config.neo4j, uri: config.neo4j.uri },
      local: undefined,
      owned: false,
      supervisor: undefined,
      describe: `external Neo4j at ${config.neo4j.uri} (database "${config.neo4j.database}")`,
    };
  }
  const local = localInstance(config, log);
  // Registered before the start, so an interrupted start-up still stops the JVM it spawned.
  lifecycle?.add('the local Neo4j', () => local.stopIfOwned());
  lifecycle?.addEmergency(() => local.stopSync());
  const started = await local.start({ shared: options.shared ?? 'attach' });
  let supervisor: Neo4jSupervisor | undefined;
  if (options.supervise && local.owned) {
    supervisor = new Neo4jSupervisor(local, {
      log,
      ...(options.onRestarted ? { onRestarted: options.onRestarted } : {}),
    }).start();
    // Added after the local Neo4j's step, so it runs before it: a JVM stopped on shutdown is not "restarted".
    lifecycle?.add('the Neo4j supervisor', () => supervisor?.close());
  }
  const how = started.reused
    ? started.owner
      ? ` (already running, started by process ${started.owner})`
      : ' (already running)'
    : '';
  return {
    connection: started,
    local,
    owned: !started.reused,
    supervisor,
    describe: `local Neo4j ${config.local.version} at ${started.uri}${how}`,
  };
}
