import { AnswerTooLargeError } from './errors.js';

/**
 * The size `value` would have as JSON, counted only until it passes `limit` (so a 39 MB answer costs as much to
 * measure as a `limit`-sized one). Strings count their UTF-16 length, which is their byte length for the ASCII most
 * answers are made of; close enough for a cap that is meant to be generous.
 */
export function jsonSizeUpTo(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (v === null || v === undefined) size += 4;
    else if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number') size += 8;
    else if (typeof v === 'boolean') size += 5;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      size += 2;
      for (const [key, item] of entries) {
        size += key.length + 4;
        stack.push(item);
      }
    } else size += 8;
  }
  return size;
}

const MB = 1024 * 1024;

/**
 * Refuses an answer over `maxBytes` before GraphQL walks it and JSON carries it: the rows as the read query returned
 * them are what the answer is made of. The message says how to ask for less, since the API pages with `first`/`limit`
 * and per-item queries rather than cursors.
 */
export function checkAnswerSize(rows: unknown, maxBytes: number): void {
  if (jsonSizeUpTo(rows, maxBytes) <= maxBytes) return;
  const limit = maxBytes >= MB ? `${Math.round(maxBytes / MB)} MB` : `${Math.round(maxBytes / 1024)} kB`;
  throw new AnswerTooLargeError(
    `The answer would be larger than ${limit} (SKILLGRAPH_MAX_ANSWER). Ask for less at a time: a lower \`first\` ` +
      '(e.g. tools(first: 50)) or `limit` (graph, neighborhood), narrower filters (search, category, minJobs, ' +
      'person), fewer nested lists, or one item per request for the nested ones (tool(id:), job(id:), ' +
      'whereUsed(tool:)).',
  );
}
