import Tinypool from 'tinypool';
import { SeedError, type SeedErrorCode } from '../errors.js';
import { type TaxonomyData, taxonomyFromData } from '../taxonomy/load.js';
import { ToolMatcher } from '../taxonomy/matcher.js';
import { type ExtractOptions, extractFile, type FileResult } from './documents.js';

/**
 * A worker thread of the extraction pool: extracts one file per task. The taxonomy arrives once, as plain data in
 * the thread's workerData, and is kept with its matcher for the thread's life (reading and validating the YAML again
 * in every thread would cost more than most files).
 */
const taxonomy = taxonomyFromData(Tinypool.workerData as TaxonomyData);
const matcher = new ToolMatcher(taxonomy);

export interface WorkerTask {
  file: string;
  person?: string;
}

export type WorkerAnswer =
  | {
      result: FileResult;
      /** The thread's heap after the task, for the benchmark's memory figure. */
      heapUsed: number;
    }
  /** A refused document: sent as data, because an error crossing threads loses its code, file and line. */
  | { refused: { code: SeedErrorCode; message: string; file?: string; line?: number } };

export default function extract(task: WorkerTask): WorkerAnswer {
  const options: ExtractOptions = task.person ? { person: task.person } : {};
  try {
    const result = extractFile(task.file, options, taxonomy, matcher);
    return { result, heapUsed: process.memoryUsage().heapUsed };
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    return { refused: { code: error.code, message: error.message, file: error.file, line: error.line } };
  }
}
