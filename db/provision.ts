import type { DbConfig as Config } from './config.js';
import type { Lifecycle } from './lifecycle.js';
import { type Connection, LocalNeo4j } from './local/local-server.js';
import type { Log } from './local/resolve.js';

export interface ProvisionedDatabase {
  connection: Connection | { uri: string; user: string; password: string | undefined; database: string };
  /** The local server, when Skillgraph provides one. */
  local: LocalNeo4j | undefined;
  /** True when this process started the local server and must stop it on exit. */
  owned: boolean;
  describe: string;
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
 * Provides a database: the server NEO4J_URI names (starting nothing), else the local instance — reused if
 * `skillgraph neo4j start` already runs it, otherwise started here and owned by this process, which `lifecycle`
 * then stops.
 */
export async function provisionDatabase(
  config: Config,
  log: Log,
  lifecycle?: Lifecycle,
): Promise<ProvisionedDatabase> {
  if (config.neo4j.uri) {
    return {
      connection: { ...config.neo4j, uri: config.neo4j.uri },
      local: undefined,
      owned: false,
      describe: `external Neo4j at ${config.neo4j.uri} (database "${config.neo4j.database}")`,
    };
  }
  const local = localInstance(config, log);
  // Registered before the start, so an interrupted start-up still stops the JVM it spawned.
  lifecycle?.add('the local Neo4j', () => local.stopIfOwned());
  lifecycle?.addEmergency(() => local.stopSync());
  const started = await local.start();
  return {
    connection: started,
    local,
    owned: !started.reused,
    describe: `local Neo4j ${config.local.version} at ${started.uri}${started.reused ? ' (already running)' : ''}`,
  };
}
