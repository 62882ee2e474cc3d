import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found by walking up from this module. Sources run from `seed/` under vitest and tsx, and from
 * `dist/seed/` once compiled, so a fixed relative URL would be right in only one of the two.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Skillgraph package root');
    dir = parent;
  }
}

/** The user's own narratives, shipped as the default dataset. */
export const BUNDLED_NARRATIVES = join(packageRoot(), 'seed', 'data', 'narratives.md');
/** The reviewed tool taxonomy. */
export const BUILTIN_TAXONOMY = join(packageRoot(), 'seed', 'taxonomy', 'tools.yaml');
