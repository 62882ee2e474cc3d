import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';

export const HEAP = '4g';
export const PAGE_CACHE = '2g';
export const DATA_DIR = join(packageRoot(), 'bench', 'data');

/** The datasets: the user's document, and generated narratives of 200 and 5,000 people with 6 jobs each. */
export const SPECS = {
  M: { name: 'M', people: 200, jobsPerPerson: 6, seed: 2 },
  L: { name: 'L', people: 5000, jobsPerPerson: 6, seed: 3 },
} as const;
