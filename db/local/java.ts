import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface JavaRuntime {
  executable: string;
  major: number;
  version: string;
}

/** Parses the first line of `java -version` ("openjdk version "17.0.15" 2025-04-15") into its major version. */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const version = match[1];
  const parts = version.split(/[.+-]/);
  // Java 8 and older report "1.8.0_x".
  const major = parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(major) ? { major, version } : undefined;
}

/** Finds a Java runtime, preferring JAVA_HOME, then `java` on PATH. Returns undefined when none runs. */
export function findJava(javaHome: string | undefined): JavaRuntime | undefined {
  const candidates: string[] = [];
  if (javaHome) candidates.push(join(javaHome, 'bin', 'java'));
  candidates.push('java');
  for (const executable of candidates) {
    if (executable !== 'java' && !existsSync(executable)) continue;
    const result = spawnSync(executable, ['-version'], { encoding: 'utf8', timeout: 20_000 });
    if (result.error || result.status !== 0) continue;
    const parsed = parseJavaVersion(`${result.stderr}${result.stdout}`);
    if (parsed) return { executable, ...parsed };
  }
  return undefined;
}

/** True when `mvn -v` runs. */
export function hasMaven(): boolean {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 30_000 });
  return !result.error && result.status === 0;
}
