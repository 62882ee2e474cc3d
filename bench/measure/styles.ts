import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../db/paths.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { Random } from '../lib/random.js';
import { round } from '../lib/stats.js';

/** One input style's document, its size, and what extracting it cost. */
export interface StyleResult {
  style: string;
  bytes: number;
  jobs: number;
  seconds: number;
  mbPerSecond: number;
  /** CPU time of the extraction, and throughput by it: what a busy machine's wall clock cannot show. */
  cpuSeconds: number;
  mbPerCpuSecond: number;
  /** Growth of the process's peak resident memory while extracting, and that as a multiple of the input. */
  peakMemoryMb: number;
  memoryRatio: number;
}

const DEV = join(packageRoot(), 'test', 'corpus', 'dev');
const MB = 1e6;

/** The annotated development documents of one style (test/corpus/dev/<style>-*). */
const devDocs = (prefix: string, ext: string) =>
  readdirSync(DEV)
    .filter((f) => f.startsWith(prefix) && f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(join(DEV, f), 'utf8'));

/** Repeats documents, each as its own stretch after a break, until the text reaches `bytes`. */
function repeat(docs: string[], bytes: number, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = docs[i % docs.length] as string;
    parts.push(doc);
    size += Buffer.byteLength(doc) + separator.length;
  }
  return parts.join(separator);
}

/** One JSON Resume whose `work` holds the development résumés' entries, repeated. */
function bigJsonResume(bytes: number): string {
  const resumes = devDocs('json-', '.json').map((t) => JSON.parse(t) as { basics: unknown; work: unknown[] });
  const work: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = resumes[i % resumes.length]?.work[Math.floor(i / resumes.length) % 3];
    if (!entry) continue;
    work.push(entry);
    size += JSON.stringify(entry).length;
  }
  return JSON.stringify({ basics: resumes[0]?.basics, work }, null, 2);
}

/** Words, punctuation and capitalised junk with no structure at all: the adversarial case. */
function randomText(bytes: number): string {
  const random = new Random(7);
  const words = [
    'data',
    'Kafka',
    'the',
    'and',
    'Go',
    'ACME',
    'built',
    '—',
    '2019',
    'with',
    'R',
    'Swift',
    '::',
    'x',
  ];
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line: string[] = [];
    const n = random.int(1, 40);
    for (let i = 0; i < n; i++) line.push(random.pick(words));
    const text = `${random.chance(0.1) ? '- ' : ''}${line.join(' ')}${random.chance(0.5) ? '.' : ''}`;
    out.push(text);
    size += text.length + 1;
  }
  return out.join('\n');
}

/** The styles and how each document is made: a real document of that style, repeated to the size measured. */
const STYLES: { style: string; ext: string; make: (bytes: number) => string }[] = [
  {
    style: 'narrative',
    ext: '.md',
    make: (b) =>
      repeat([readFileSync(BUNDLED_NARRATIVES, 'utf8'), ...devDocs('narrative-', '.md')], b, '\n\n---\n\n'),
  },
  {
    style: 'résumé (Markdown)',
    ext: '.md',
    make: (b) => repeat(devDocs('resume-', '.md'), b, '\n\n---\n\n'),
  },
  { style: 'JSON Resume', ext: '.json', make: bigJsonResume },
  { style: 'plain text', ext: '.txt', make: (b) => repeat(devDocs('plain-', '.txt'), b, '\n\n\f\n\n') },
  { style: 'terse bullets', ext: '.md', make: (b) => repeat(devDocs('bullets-', '.md'), b, '\n\n---\n\n') },
  { style: 'random text (adversarial)', ext: '.txt', make: (b) => randomText(b * 2) },
];

interface ChildAnswer {
  seconds: number;
  cpuSeconds: number;
  jobs: number;
  baselineKb: number;
  peakKb: number;
}

/** Extracts one file in a fresh Node process (so peak memory is this document's alone) and reads its report. */
function runChild(file: string): Promise<ChildAnswer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'style-child.ts'), file],
      {
        cwd: packageRoot(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as ChildAnswer);
      else
        reject(
          new Error(
            `extracting ${file} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

/**
 * Extraction of one large document per input style (the user's narratives, Markdown résumés, JSON Resume, plain
 * text, terse bullets, and structureless random text at twice the size), each in its own process: wall time on one
 * thread, and how far the process's peak memory grew over its baseline (taxonomy loaded, code warmed).
 */
export async function measureStyles(options: {
  bytes: number;
  workDir: string;
  log: (line: string) => void;
}): Promise<StyleResult[]> {
  mkdirSync(options.workDir, { recursive: true });
  const results: StyleResult[] = [];
  for (const { style, ext, make } of STYLES) {
    const text = make(options.bytes);
    const file = join(options.workDir, `style-${style.replace(/\W+/g, '-')}${ext}`);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    const answer = await runChild(file);
    const peakMemoryMb = round(Math.max(0, answer.peakKb - answer.baselineKb) / 1024, 1);
    const result = {
      style,
      bytes,
      jobs: answer.jobs,
      seconds: round(answer.seconds, 2),
      mbPerSecond: round(bytes / MB / answer.seconds, 2),
      cpuSeconds: round(answer.cpuSeconds, 2),
      mbPerCpuSecond: round(bytes / MB / answer.cpuSeconds, 2),
      peakMemoryMb,
      memoryRatio: round((peakMemoryMb * 1024 * 1024) / bytes, 1),
    };
    options.log(
      `  ${style}: ${(bytes / MB).toFixed(1)} MB in ${result.seconds} s, ${result.mbPerSecond} MB/s (${result.mbPerCpuSecond} MB per CPU second), peak memory +${peakMemoryMb} MB (${result.memoryRatio}× the input)`,
    );
    results.push(result);
  }
  return results;
}
