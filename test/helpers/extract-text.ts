import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocuments } from '../../seed/extract/documents.js';
import type { PersonDocument } from '../../seed/model.js';

/**
 * Extracts one document written by a test: the seeder reads files (their name and extension choose the parser), so
 * the text is written to a temporary file that is removed afterwards.
 */
export function extractText(fileName: string, lines: string[] | string): PersonDocument | undefined {
  const file = join(tmpdir(), `${process.pid}-${fileName}`);
  writeFileSync(file, Array.isArray(lines) ? lines.join('\n') : lines);
  try {
    return extractDocuments([file]).people[0];
  } finally {
    rmSync(file, { force: true });
  }
}
