import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseSetupError, WAYS_TO_GET_A_DATABASE } from '../errors.js';
import { packageRoot } from '../paths.js';
import { hasMaven } from './java.js';

export type Log = (line: string) => void;

/** Where the jars of one Neo4j version live once resolved. */
export function neo4jLibDir(home: string, version: string): string {
  return join(home, 'neo4j', version, 'lib');
}

function markerFile(home: string, version: string): string {
  return join(home, 'neo4j', version, 'resolved.json');
}

/** True when a previous run resolved this version completely; starting then needs no network. */
export function isResolved(home: string, version: string): boolean {
  return existsSync(markerFile(home, version)) && existsSync(neo4jLibDir(home, version));
}

const DOWNLOADED = /^\[INFO\] Downloaded from [^:]+: (\S+) \(([\d.]+) (B|kB|MB|GB)/;
const UNITS: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/** Parses one line of `mvn -B` output into the bytes it reports downloaded, if it is a download line. */
export function parseDownloadLine(line: string): { url: string; bytes: number } | undefined {
  const m = DOWNLOADED.exec(line);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { url: m[1], bytes: Number(m[2]) * (UNITS[m[3]] ?? 1) };
}

/**
 * Resolves Neo4j Community `version` and its runtime dependencies from Maven Central into the cache under `home`.
 * The first run downloads about 120 MB (reported as it goes); later runs find the marker file and return at once
 * without starting Maven, so a warm start never touches the network.
 */
export async function resolveNeo4j(home: string, version: string, log: Log): Promise<string> {
  const lib = neo4jLibDir(home, version);
  if (isResolved(home, version)) return lib;
  if (!hasMaven()) {
    throw new DatabaseSetupError(
      `Neo4j ${version} is not in ${lib} yet and Maven (mvn) is not installed to fetch it.\n\n${WAYS_TO_GET_A_DATABASE}`,
    );
  }
  const staging = `${lib}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const pom = join(packageRoot(), 'db', 'local', 'pom.xml');
  log(`Resolving Neo4j Community ${version} from Maven Central into ${lib}`);
  log('  (first run only: about 210 jars, 120 MB; later starts reuse this cache and work offline)');

  const args = [
    '-B',
    '-f',
    pom,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${staging}`,
    `-Dneo4j.version=${version}`,
  ];
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let files = 0;
  let bytes = 0;
  let lastReport = Date.now();
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const download = parseDownloadLine(line);
    if (!download) return;
    files += 1;
    bytes += download.bytes;
    if (Date.now() - lastReport > 1500) {
      lastReport = Date.now();
      log(`  downloaded ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolvePromise(status ?? 1));
  });
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new DatabaseSetupError(
      `Maven could not resolve org.neo4j:neo4j:${version} (exit ${code}). Last output:\n${tail.join('\n')}\n\n${WAYS_TO_GET_A_DATABASE}`,
    );
  }
  const jars = readdirSync(staging).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith(`neo4j-${version}`))) {
    rmSync(staging, { recursive: true, force: true });
    throw new DatabaseSetupError(`Maven finished but neo4j-${version}.jar is missing from ${staging}`);
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  writeFileSync(
    markerFile(home, version),
    `${JSON.stringify({ version, jars: jars.length, resolvedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  log(`  resolved ${jars.length} jars (${files} downloaded, ${(bytes / 1e6).toFixed(1)} MB)`);
  return lib;
}
