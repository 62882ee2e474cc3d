import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';

/**
 * The house reads one way: db → seed → server → client, with the shared contract beside them and bench and test
 * above. This test reads every import of every source file and fails on one that runs the wrong way.
 */

const root = packageRoot();
const LAYERS = ['db', 'contract', 'seed', 'server', 'client'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import, besides itself and npm packages. */
const ALLOWED: Record<Layer, Layer[]> = {
  db: [],
  contract: [],
  seed: ['db'],
  server: ['db', 'contract', 'seed'],
  client: ['contract'],
};

/** The server reaches the seeder through its public entry only; packages the explorer must never bundle. */
const SEED_ENTRY = 'seed/index.ts';
const SERVER_ONLY_PACKAGES = /^(node:|neo4j-driver|express|@apollo\/server|@as-integrations|yaml$|zod$)/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sources(path));
    } else if (/\.ts$/.test(entry.name) && !/\.(test|config)\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: Import[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) {
    const specifier = (m[3] ?? m[4]) as string;
    found.push({ file, specifier, typeOnly: Boolean(m[2]) });
  }
  return found;
}

function layerOf(path: string): Layer | undefined {
  const top = path.split('/')[0] as Layer;
  return LAYERS.includes(top) ? top : undefined;
}

/** What is wrong with one import of one file, if anything. */
function problemWith(file: string, specifier: string): string | undefined {
  const layer = layerOf(file) as Layer;
  if (!specifier.startsWith('.')) {
    return layer === 'client' && SERVER_ONLY_PACKAGES.test(specifier)
      ? `${file} imports the server-side package "${specifier}"`
      : undefined;
  }
  const target = relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts');
  const targetLayer = layerOf(target);
  if (!targetLayer || targetLayer === layer) return undefined;
  if (!ALLOWED[layer].includes(targetLayer))
    return `${file} imports ${target} (${layer} may not import ${targetLayer})`;
  if (layer === 'server' && targetLayer === 'seed' && target !== SEED_ENTRY)
    return `${file} imports ${target}; the server reaches the seeder through ${SEED_ENTRY} only`;
  return undefined;
}

function violations(): string[] {
  return LAYERS.flatMap((layer) =>
    sources(layer).flatMap((file) =>
      importsOf(file)
        .map((imp) => problemWith(file, imp.specifier))
        .filter((p): p is string => p !== undefined),
    ),
  );
}

describe('import direction', () => {
  it('runs db → seed → server → client, with the contract shared by server and client', () => {
    expect(violations()).toEqual([]);
  });

  it('refuses each wrong direction (the check itself works)', () => {
    expect(problemWith('seed/load/loader.ts', '../../server/config.js')).toMatch(
      /seed may not import server/,
    );
    expect(problemWith('db/database.ts', '../seed/model.js')).toMatch(/db may not import seed/);
    expect(problemWith('db/database.ts', '../server/config.js')).toMatch(/db may not import server/);
    expect(problemWith('client/app.ts', '../server/graphql/errors.js')).toMatch(
      /client may not import server/,
    );
    expect(problemWith('client/app.ts', '../seed/model.js')).toMatch(/client may not import seed/);
    expect(problemWith('client/app.ts', 'neo4j-driver')).toMatch(/server-side package/);
    expect(problemWith('server/cli.ts', '../seed/extract/documents.js')).toMatch(
      /through seed\/index.ts only/,
    );
    expect(problemWith('server/cli.ts', '../seed/index.js')).toBeUndefined();
    expect(problemWith('client/app.ts', '../contract/errors.js')).toBeUndefined();
  });

  it('finds the imports it checks', () => {
    const imports = sources('server').flatMap(importsOf);
    expect(imports.some((i) => i.specifier.endsWith('seed/index.js'))).toBe(true);
    expect(imports.some((i) => i.specifier.includes('/db/'))).toBe(true);
    expect(
      sources('client')
        .flatMap(importsOf)
        .some((i) => i.specifier.includes('contract/')),
    ).toBe(true);
  });
});
