import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found by walking up from this module. Sources run from `db/` under vitest and tsx, and from
 * `dist/db/` once compiled, so a fixed relative URL would be right in only one of the two.
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
