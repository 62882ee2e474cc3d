/**
 * JVM flags the Neo4j 5.26 distribution ships in conf/neo4j.conf as `server.jvm.additional`. They are written into
 * our neo4j.conf too, so `Neo4jCommand console --dry-run` prints the same command line we build (a test compares).
 */
export const DISTRIBUTION_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
] as const;

export interface InstanceDirs {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  import: string;
  plugins: string;
}

export interface ConfOptions {
  dirs: InstanceDirs;
  port: number;
  heap: string;
  pageCache: string;
  database: string;
}

/**
 * The neo4j.conf of one local instance. Only 5.x setting names: Neo4j 5 validates strictly and exits on an unknown
 * or 4.x-style key.
 */
export function renderNeo4jConf(o: ConfOptions): string {
  const lines = [
    '# Written by Skillgraph for this instance; regenerated on every start.',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.port}`,
    `server.bolt.advertised_address=127.0.0.1:${o.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${o.dirs.data}`,
    `server.directories.logs=${o.dirs.logs}`,
    `server.directories.run=${o.dirs.run}`,
    `server.directories.import=${o.dirs.import}`,
    `server.directories.plugins=${o.dirs.plugins}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    `initial.dbms.default_database=${o.database}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Bolt waits 5 s twice on shutdown for connections that a local, single-client server never has; a stop that
    // takes 10 s makes every restart (and test) slower for nothing.
    'internal.server.bolt.connection_shutdown_wait_time=500ms',
    'internal.server.bolt.thread_pool_shutdown_wait_time=500ms',
    ...DISTRIBUTION_JVM_FLAGS.map((flag) => `server.jvm.additional=${flag}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Converts a Neo4j memory setting ("512m", "1g") to the kibibyte form the official launcher passes to -Xms/-Xmx. */
export function toJvmKilobytes(size: string): string {
  const m = /^(\d+)([kKmMgG]?)$/.exec(size);
  if (!m?.[1]) throw new Error(`not a memory size: ${size}`);
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const kb =
    unit === 'g' ? n * 1024 * 1024 : unit === 'm' ? n * 1024 : unit === 'k' ? n : Math.ceil(n / 1024);
  return `${kb}k`;
}

/** The java command line that starts the server, in the same order the official `neo4j console` uses. */
export function serverCommandLine(java: string, lib: string, dirs: InstanceDirs, heap: string): string[] {
  const kb = toJvmKilobytes(heap);
  return [
    java,
    '-cp',
    `${dirs.conf}/*:${lib}/*`,
    ...DISTRIBUTION_JVM_FLAGS,
    '-Dfile.encoding=UTF-8',
    `-Xms${kb}`,
    `-Xmx${kb}`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${dirs.root}`,
    `--config-dir=${dirs.conf}`,
    '--console-mode',
  ];
}
