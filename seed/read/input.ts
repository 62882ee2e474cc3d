import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { SeedError } from '../errors.js';
import { decodeInput } from './decode.js';

export type InputFormat = 'markdown' | 'json-resume' | 'text';

export interface InputDocument {
  file: string;
  text: string;
  format: InputFormat;
  bytes: number;
}

function readBytes(file: string): Uint8Array {
  try {
    if (!statSync(file).isFile()) throw new SeedError('FILE_NOT_FOUND', 'not a file', file);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof SeedError) throw error;
    throw new SeedError(
      'FILE_NOT_FOUND',
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      file,
    );
  }
}

/** Markdown's own marks: headings, bold, lists with `-`/`*`, links, tables, front matter. */
const MARKDOWN_HINTS = /^(?:#{1,6}\s|---\s*$|\s*[-*+]\s+\S|\|.*\|\s*$)|\*\*\S|\]\(/m;

/** Which parser reads a file: by extension, else by its first characters. */
export function formatOf(file: string, text: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || /^\s*\{/.test(text)) return 'json-resume';
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.md' || ext === '.markdown' || MARKDOWN_HINTS.test(text.slice(0, 20_000))) return 'markdown';
  return 'text';
}

/** Reads and decodes one input file (refusing empty, binary and invalid UTF-8 input with `file:line`). */
export function readInput(file: string): InputDocument {
  const bytes = readBytes(file);
  const text = decodeInput(bytes, file);
  return { file, text, format: formatOf(file, text), bytes: bytes.length };
}
