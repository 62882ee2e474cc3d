import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from './paths.js';

/** The `cypher/` folder of the package. */
export const CYPHER_DIR = join(packageRoot(), 'cypher');

/** Strips `//` comment lines; Cypher files keep their explanations, the database gets only the statement. */
export function stripComments(cypher: string): string {
  return cypher
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim();
}

/** Reads every `.cypher` file of a folder into a map keyed by file name without extension, in name order. */
export function readCypherDir(dir: string): Map<string, string> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return new Map(
    files.map((f) => [basename(f, '.cypher'), stripComments(readFileSync(join(dir, f), 'utf8'))]),
  );
}

/** The statements of a multi-statement file such as schema.cypher (each ends with a semicolon at a line end). */
export function readStatements(file: string): string[] {
  return stripComments(readFileSync(file, 'utf8'))
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
