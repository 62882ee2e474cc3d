import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../db/database.js';
import { findJava } from '../../db/local/java.js';
import { freePort, LocalNeo4j } from '../../db/local/local-server.js';
import { applySchema } from '../../db/schema.js';
import type { GraphExport } from '../../seed/load/graph-model.js';
import type { Config } from '../../server/config.js';
import { now, round } from '../lib/stats.js';
import { countGraph, type GraphCounts } from './counts.js';

/** The array delimiter of the CSV files: a character no value of ours contains (checked while writing). */
const ARRAY_DELIMITER = '|';

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]';

function typeOf(value: unknown): CsvType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (Array.isArray(value)) {
    const first = value[0];
    if (first === undefined) return undefined;
    if (typeof first === 'string') return 'string[]';
    if (typeof first === 'number') return value.every(Number.isInteger) ? 'long[]' : 'double[]';
  }
  return undefined;
}

/** The property columns of some rows, each typed by the first value that says what it is. */
function columns(rows: { props?: Record<string, unknown> }[]): [string, CsvType][] {
  const types = new Map<string, CsvType | undefined>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row.props ?? {})) {
      if (types.get(k)) continue;
      types.set(k, typeOf(v));
    }
  }
  // A property that is only ever an empty list is still written, as a list of strings.
  return [...types].map(([k, t]) => [k, t ?? 'string[]']);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cell(value: unknown, type: CsvType): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    for (const v of value) {
      if (String(v).includes(ARRAY_DELIMITER))
        throw new Error(`a list value contains "${ARRAY_DELIMITER}": ${v}`);
    }
    return type === 'string[]' ? quote(value.join(ARRAY_DELIMITER)) : value.join(ARRAY_DELIMITER);
  }
  if (type === 'string') return quote(String(value));
  return String(value);
}

async function writeCsv(file: string, header: string[], lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure = error;
  });
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (failure) reject(failure);
      else if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write(`${header.join(',')}\n`);
  let buffer = '';
  for (const line of lines) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Writes the graph as neo4j-admin import CSV files (one per label and per relationship type and end labels). */
export async function writeImportCsv(
  graph: GraphExport,
  dir: string,
): Promise<{ args: string[]; bytes: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args: string[] = [];
  for (const set of graph.nodes) {
    const cols = columns(set.rows);
    const file = join(dir, `nodes-${set.label}.csv`);
    await writeCsv(
      file,
      [`${set.keyProperty}:ID(${set.label})`, ...cols.map(([k, t]) => `${k}:${t}`)],
      (function* () {
        for (const row of set.rows)
          yield [quote(row.key), ...cols.map(([k, t]) => cell(row.props[k], t))].join(',');
      })(),
    );
    args.push(`--nodes=${set.labels.join(':')}=${file}`);
  }
  for (const set of graph.relationships) {
    const cols = columns(set.rows);
    const file = join(dir, `rels-${set.type}-${set.startLabel}-${set.endLabel}.csv`);
    await writeCsv(
      file,
      [`:START_ID(${set.startLabel})`, `:END_ID(${set.endLabel})`, ...cols.map(([k, t]) => `${k}:${t}`)],
      (function* () {
        for (const row of set.rows)
          yield [quote(row.start), quote(row.end), ...cols.map(([k, t]) => cell(row.props?.[k], t))].join(
            ',',
          );
      })(),
    );
    args.push(`--relationships=${set.type}=${file}`);
  }
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { args, bytes };
}

export interface AdminImportResult {
  csvSeconds: number;
  csvBytes: number;
  /** Wall time of `neo4j-admin database import full` alone (JVM start included). */
  importSeconds: number;
  /** The same store started and given Skillgraph's constraints and indexes (population awaited). */
  indexSeconds: number;
  counts: GraphCounts;
  command: string;
  heap: string;
}

/**
 * The anchor for seeding: the same graph written as CSV and loaded with `neo4j-admin database import full` into a
 * separate, stopped throwaway instance (the fastest way into an empty Neo4j store). Afterwards the instance is
 * started once to count what arrived and to time building Skillgraph's constraints and indexes on it, which the
 * offline import does not do; then it is stopped and deleted.
 */
export async function adminImport(options: {
  graph: GraphExport;
  config: Config;
  lib: string;
  workDir: string;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}): Promise<AdminImportResult> {
  const { graph, config, lib, workDir, log } = options;
  const java = findJava(config.local.javaHome);
  if (!java) throw new Error('no Java runtime for neo4j-admin');
  const csvDir = join(workDir, 'csv');
  const instanceDir = join(workDir, 'instance');
  rmSync(instanceDir, { recursive: true, force: true });
  let t = now();
  const { args, bytes } = await writeImportCsv(graph, csvDir);
  const csvSeconds = (now() - t) / 1000;
  log(`  CSV written: ${(bytes / 1e6).toFixed(1)} MB in ${csvSeconds.toFixed(1)} s`);

  const instance = new LocalNeo4j({
    home: config.local.home,
    dir: instanceDir,
    version: config.local.version,
    port: 0,
    heap: options.heap,
    pageCache: options.pageCache,
    database: config.neo4j.database,
    startTimeoutMs: config.local.startTimeoutMs,
    javaHome: config.local.javaHome,
    log: (line) => log(`  [import neo4j] ${line}`),
  });
  instance.configure(await freePort());
  const commandArgs = [
    '-cp',
    `${lib}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    ...args,
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
    // Its default report file lands in the working directory (the repository); keep it with the CSV instead.
    `--report-file=${join(workDir, 'import.report')}`,
    '--overwrite-destination',
    config.neo4j.database,
  ];
  t = now();
  const output = await run(java.executable, commandArgs, {
    ...process.env,
    NEO4J_HOME: instanceDir,
    NEO4J_CONF: join(instanceDir, 'conf'),
    HEAP_SIZE: options.heap,
  });
  const importSeconds = (now() - t) / 1000;
  log(output.text.slice(-3000));
  if (output.code !== 0)
    throw new Error(`neo4j-admin import failed (exit ${output.code}):\n${output.text.slice(-4000)}`);
  log(`  neo4j-admin import: ${importSeconds.toFixed(1)} s`);

  let indexSeconds = Number.NaN;
  let counts: GraphCounts;
  try {
    const started = await instance.start();
    const db = new Database({ ...started, queryTimeoutMs: 600_000 });
    try {
      counts = await countGraph(db);
      t = now();
      await applySchema(db);
      indexSeconds = (now() - t) / 1000;
    } finally {
      await db.close();
    }
  } finally {
    await instance.stop();
    rmSync(instanceDir, { recursive: true, force: true });
    rmSync(csvDir, { recursive: true, force: true });
  }
  return {
    csvSeconds: round(csvSeconds, 2),
    csvBytes: bytes,
    importSeconds: round(importSeconds, 2),
    indexSeconds: round(indexSeconds, 2),
    counts,
    command: `java -cp '<lib>/*' org.neo4j.server.startup.Neo4jAdminCommand database import full --nodes=... --relationships=... --array-delimiter='${ARRAY_DELIMITER}' --multiline-fields=true --overwrite-destination ${config.neo4j.database}`,
    heap: options.heap,
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}
