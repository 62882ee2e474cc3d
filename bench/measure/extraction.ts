import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { packageRoot } from '../../db/paths.js';
import { extractDocuments } from '../../seed/extract/documents.js';
import { parseMarkdown } from '../../seed/parse/markdown.js';
import type { Taxonomy } from '../../seed/taxonomy/load.js';
import type { Dataset } from '../generate/dataset.js';
import { now, round } from '../lib/stats.js';
import type { StyleResult } from './styles.js';

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ExtractionResult {
  inputBytes: number;
  files: number;
  jobs: number;
  /** extractDocuments over one file per person (how a team seeds), taxonomy already loaded. */
  multiFile: { seconds: number; mbPerSecond: number };
  /** The same text as one document (parsed in chunks at its thematic breaks). */
  singleFile: { seconds: number; mbPerSecond: number };
  /** Markdown parsing alone (markdown-it's tokens turned into nodes) on the same files: the bound the parser sets. */
  parseOnly: { seconds: number; mbPerSecond: number };
  /** One large document per input style, each extracted in a process of its own (styles.ts). */
  styles?: StyleResult[];
  taxonomyLoadMs: number;
  /** Tools found vs planned by the generator, over every job. */
  accuracy: { precision: number; recall: number; companies: number; jobs: number };
  profile: {
    file: string;
    sampledBytes: number;
    /** Self time by area (tokenizer, tree building, matcher, ...). */
    byArea: ProfileEntry[];
    /** Inclusive time of the pipeline's main stages. */
    byStage: ProfileEntry[];
    /** Functions with the most self time. */
    topFunctions: ProfileEntry[];
  };
}

const MB = 1e6;

/** Areas of the code, by the script URL of a profile frame. */
function areaOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)')
    return 'V8/runtime (program)';
  if (/node_modules\/(markdown-it|mdurl|uc\.micro|linkify-it|entities|punycode)/.test(url))
    return 'markdown-it (Markdown tokenizer)';
  if (/node_modules\/yaml/.test(url)) return 'yaml';
  const m = /\/(seed\/[\w/.-]+)$/.exec(url);
  if (m?.[1]) return m[1].replace(/\.(ts|js)$/, '.ts');
  if (url.startsWith('node:') || url === '') return 'Node/V8 built-ins (regex, strings, arrays)';
  return relative(packageRoot(), url.replace(/^file:\/\//, '')) || url;
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per node, areas, the top functions and the inclusive time of named pipeline stages. */
function summarizeProfile(
  profile: CpuProfile,
): ExtractionResult['profile'] extends infer P ? Omit<P, 'file' | 'sampledBytes'> : never {
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${areaOf(url, functionName)}:${lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  // Inclusive time of stages, counting a stage once even when it calls itself.
  const STAGES = [
    'decodeInput',
    'parseMarkdown',
    'extractJob',
    'blockUnits',
    'matchSentence',
    'tokenize',
    'splitSentences',
    'findCompany',
    'findCandidates',
    'parseTeam',
  ];
  const stage = new Map<string, number>();
  const inclusive = new Map<number, number>();
  const totalOf = (id: number): number => {
    const cached = inclusive.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    const sum = (self.get(id) ?? 0) + (node?.children ?? []).reduce((n, c) => n + totalOf(c), 0);
    inclusive.set(id, sum);
    return sum;
  };
  const walk = (id: number, open: Set<string>) => {
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    let next = open;
    if (STAGES.includes(name) && !open.has(name)) {
      stage.set(name, (stage.get(name) ?? 0) + totalOf(id));
      next = new Set(open).add(name);
    }
    for (const c of node.children ?? []) walk(c, next);
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Set());
  const entries = (m: Map<string, number>, limit: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms: round(ms, 1), share: round(ms / total, 3) }));
  return {
    byArea: entries(areas, 14),
    byStage: entries(stage, STAGES.length),
    topFunctions: entries(functions, 20),
  };
}

/**
 * Parsing + extraction throughput on a ~20 MB corpus of generated narratives: one file per person, the same text
 * as a single document, and the Markdown parser alone. Then a CPU profile (node:inspector, the same data as
 * `node --cpu-prof`) of one more pass, summarised by area and by pipeline stage, with the .cpuprofile written for
 * DevTools.
 */
export async function measureExtraction(options: {
  corpus: Dataset;
  taxonomy: Taxonomy;
  loadTaxonomy: () => Taxonomy;
  workDir: string;
  log: (line: string) => void;
}): Promise<ExtractionResult> {
  const { corpus, taxonomy, log } = options;
  let t = now();
  options.loadTaxonomy();
  const taxonomyLoadMs = now() - t;

  // Warm-up: compile the hot paths before timing anything.
  extractDocuments(corpus.files.slice(0, Math.max(1, Math.ceil(corpus.files.length / 10))), { taxonomy });

  t = now();
  const { people } = extractDocuments(corpus.files, { taxonomy });
  const multiSeconds = (now() - t) / 1000;
  log(`  extraction, one file per person: ${(corpus.bytes / MB / multiSeconds).toFixed(2)} MB/s`);

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let companies = 0;
  let jobs = 0;
  const planned = new Map(corpus.people.map((p) => [p.name, p.jobs]));
  for (const doc of people) {
    const plan = planned.get(doc.person.name) ?? [];
    doc.jobs.forEach((job, i) => {
      const expected = new Set(plan[i]?.tools ?? []);
      const found = new Set(job.tools.map((u) => u.toolId));
      for (const id of found)
        if (expected.has(id)) tp++;
        else fp++;
      for (const id of expected) if (!found.has(id)) fn++;
      if (job.company === plan[i]?.company) companies++;
      jobs++;
    });
  }

  mkdirSync(options.workDir, { recursive: true });
  const single = join(options.workDir, 'narratives-single.md');
  writeFileSync(single, corpus.files.map((f) => readFileSync(f, 'utf8')).join('\n'));
  t = now();
  extractDocuments([single], { taxonomy });
  const singleSeconds = (now() - t) / 1000;
  log(
    `  extraction, one ${(corpus.bytes / MB).toFixed(corpus.bytes < MB ? 1 : 0)} MB document: ${(corpus.bytes / MB / singleSeconds).toFixed(2)} MB/s`,
  );

  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  t = now();
  for (const [i, text] of texts.entries()) parseMarkdown(text, corpus.files[i] as string);
  const parseSeconds = (now() - t) / 1000;
  log(`  Markdown parsing alone: ${(corpus.bytes / MB / parseSeconds).toFixed(2)} MB/s`);

  // Profile a quarter of the corpus: enough samples, a profile DevTools still opens quickly.
  const profiled = corpus.files.slice(0, Math.max(1, Math.ceil(corpus.files.length / 4)));
  const sampledBytes = profiled.reduce((n, f) => n + Buffer.byteLength(readFileSync(f)), 0);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  extractDocuments(profiled, { taxonomy });
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
  session.disconnect();
  const file = join(options.workDir, 'extraction.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));

  const mbps = (s: number) => round(corpus.bytes / MB / s, 2);
  return {
    inputBytes: corpus.bytes,
    files: corpus.files.length,
    jobs,
    multiFile: { seconds: round(multiSeconds, 2), mbPerSecond: mbps(multiSeconds) },
    singleFile: { seconds: round(singleSeconds, 2), mbPerSecond: mbps(singleSeconds) },
    parseOnly: { seconds: round(parseSeconds, 2), mbPerSecond: mbps(parseSeconds) },
    taxonomyLoadMs: round(taxonomyLoadMs, 1),
    accuracy: {
      precision: round(tp / Math.max(1, tp + fp), 4),
      recall: round(tp / Math.max(1, tp + fn), 4),
      companies,
      jobs,
    },
    profile: { file: relative(packageRoot(), file), sampledBytes, ...summarizeProfile(profile) },
  };
}
