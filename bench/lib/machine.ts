import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { findJava } from '../../db/local/java.js';
import { CHROMIUM } from '../../test/helpers/chromium.js';

export interface MachineSpec {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  chromium?: string;
  date: string;
  /** 1-minute load average when the run started: anything above ~0.5 means something else shared the 2 cores. */
  loadAverageAtStart: number;
}

/** What the numbers were measured on: CPU model (from /proc/cpuinfo), cores, memory and the software versions. */
export function machineSpec(neo4jVersion: string, javaHome: string | undefined): MachineSpec {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
    if (model) cpu = model.trim();
  } catch {
    // Not Linux: os.cpus() named it.
  }
  const java = findJava(javaHome);
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return {
    cpu,
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    java: java ? `${java.version} (${java.executable})` : 'not found',
    neo4j: neo4jVersion,
    ...(chromium.status === 0 ? { chromium: chromium.stdout.trim() } : {}),
    date: new Date().toISOString(),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
