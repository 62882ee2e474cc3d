import { join } from 'node:path';
import { packageRoot } from '../db/paths.js';

/** The user's own narratives, shipped as the default dataset. */
export const BUNDLED_NARRATIVES = join(packageRoot(), 'seed', 'data', 'narratives.md');
/** The reviewed tool taxonomy: a folder of YAML files, one per field or source (see its README). */
export const BUILTIN_TAXONOMY = join(packageRoot(), 'seed', 'taxonomy', 'builtin');
