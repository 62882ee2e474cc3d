import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { CYPHER_DIR, readCypherDir } from '../../db/cypher-files.js';

/**
 * Reads cypher/queries/<field>.cypher for every root field, once, at start-up. A root field without its file, or a
 * file without its field, stops the boot with a message naming it.
 */
export function loadQueries(schema: GraphQLSchema, dir = join(CYPHER_DIR, 'queries')): Map<string, string> {
  const files = readCypherDir(dir);
  const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
  const missing = fields.filter((f) => !files.has(f));
  const extra = [...files.keys()].filter((f) => !fields.includes(f));
  if (missing.length || extra.length) {
    throw new Error(
      [
        missing.length ? `root fields without a cypher/queries file: ${missing.join(', ')}` : '',
        extra.length ? `cypher/queries files without a root field: ${extra.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  return files;
}
