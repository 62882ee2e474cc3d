/**
 * The seeder's public entry: what the server's command line and `serve` may call. The server imports the seeder
 * through this file only (test/unit/architecture.test.ts checks it), so the seeder's insides can change freely.
 */
export { SeedError, type SeedErrorCode } from './errors.js';
export { type ExtractOptions, type ExtractResult, extractDocuments } from './extract/documents.js';
export { extractInParallel, type ParallelOptions } from './extract/parallel.js';
export { type LoadOptions, type LoadProgress, type LoadSummary, loadPeople } from './load/loader.js';
export {
  type Posting,
  type PostingRequirement,
  readPosting,
  type UnrecognisedTerm,
} from './match/posting.js';
export type { Priority } from './match/priority.js';
export type { Job, PersonDocument } from './model.js';
export { BUILTIN_TAXONOMY, BUNDLED_NARRATIVES } from './paths.js';
export { readInput } from './read/input.js';
export { graphIsEmpty, type SeedOptions, type SeedResult, seedFiles } from './seed.js';
export {
  addCorrection,
  type Correction,
  listCorrections,
  removeCorrection,
  type StoredCorrection,
} from './taxonomy/corrections.js';
export { loadTaxonomy, type Taxonomy } from './taxonomy/load.js';
export { ToolMatcher } from './taxonomy/matcher.js';
export { distance, suggestTools } from './taxonomy/suggest.js';
