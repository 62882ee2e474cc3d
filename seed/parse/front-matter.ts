import { parse as parseYaml } from 'yaml';
import { SeedError } from '../errors.js';

/** Parses YAML front matter into `key: value` pairs, with `file:line` errors. */
export function parseFrontMatter(value: string, file: string, line: number): Record<string, unknown> {
  try {
    const data = parseYaml(value) as unknown;
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new SeedError(
        'INVALID_FRONT_MATTER',
        'front matter must be a set of `key: value` lines',
        file,
        line,
      );
    }
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SeedError) throw error;
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    throw new SeedError(
      'INVALID_FRONT_MATTER',
      `invalid front matter: ${(error as Error).message.split('\n')[0]}`,
      file,
      line + yamlLine,
    );
  }
}

/**
 * The front matter at the very top of a file (`---` … `---`), and the text with those lines blanked, so that line
 * numbers in the rest still point at the file.
 */
export function splitFrontMatter(
  text: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return { data: {}, body: text };
  const end = 3 + close.index + close[0].length;
  const yaml = text.slice(4, 3 + close.index + 1);
  const data = parseFrontMatter(yaml, file, 2);
  const blank = text.slice(0, end).replace(/[^\n]/g, '');
  return { data, body: blank + text.slice(end) };
}

/** Lines that are all `key: value` (a setext heading after a separator): front matter for the next narrative. */
export function isKeyValueBlock(text: string): boolean {
  const lines = text.split('\n');
  return lines.length > 0 && lines.every((l) => /^[A-Za-z_][\w -]*:\s*\S/.test(l.trim()));
}
