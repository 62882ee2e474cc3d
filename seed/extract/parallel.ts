import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { SeedError } from '../errors.js';
import { loadTaxonomy, taxonomyToData } from '../taxonomy/load.js';
import type { FileResult } from './documents.js';
import { type ExtractOptions, type ExtractResult, extractDocuments, mergeResults } from './documents.js';
import type { WorkerAnswer, WorkerTask } from './worker.js';

/** Below this many bytes in all, threads cost more to start than they save. */
export const PARALLEL_THRESHOLD = 2 * 1024 * 1024;

export interface ParallelOptions extends ExtractOptions {
  /** Threads to use; default: the machine's cores, at most 4. */
  threads?: number;
  /** Bytes below which the files are extracted in this thread (default PARALLEL_THRESHOLD). */
  threshold?: number;
  /** Never in this thread, even one small file: a server keeps its event loop free for other requests. */
  offThread?: boolean;
}

/** The worker module: compiled JavaScript once built; from the TypeScript source (through a tsx shim) otherwise. */
function workerFile(): string {
  const source = import.meta.url.endsWith('.ts');
  return fileURLToPath(new URL(source ? './worker-source.mjs' : './worker.js', import.meta.url));
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** A worker's result, or its refusal thrown again as the SeedError it was (worker.ts must not load here). */
function answerResult(answer: WorkerAnswer): FileResult {
  if ('refused' in answer) {
    const r = answer.refused;
    throw new SeedError(r.code, r.message, r.file, r.line);
  }
  return answer.result;
}

/**
 * Extracts many files on a pool of worker threads, one file per task, and merges them in file order, so the result
 * is the one extractDocuments gives. Small inputs, one file, or one core: extracted in this thread instead.
 */
export async function extractInParallel(
  files: string[],
  options: ParallelOptions = {},
): Promise<ExtractResult> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 4, files.length));
  const bytes = files.reduce((n, f) => n + sizeOf(f), 0);
  const inline = threads < 2 || bytes < (options.threshold ?? PARALLEL_THRESHOLD);
  if (inline && !options.offThread) return extractDocuments(files, options);
  const taxonomy = options.taxonomy ?? loadTaxonomy(options.taxonomyFiles ?? []);
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    workerData: taxonomyToData(taxonomy),
  });
  try {
    const answers = await Promise.all(
      files.map(async (file) => {
        const task: WorkerTask = { file, ...(options.person ? { person: options.person } : {}) };
        const result = answerResult((await pool.run(task)) as WorkerAnswer);
        options.onFile?.(file, result.jobs.length, result.bytes);
        return result;
      }),
    );
    return mergeResults(answers, taxonomy);
  } finally {
    await pool.destroy();
  }
}
