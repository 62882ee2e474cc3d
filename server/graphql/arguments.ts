import { BadUserInputError } from './errors.js';

/** Checks an integer argument against its bounds; the message names the argument and the allowed range. */
export function bounded(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new BadUserInputError(`"${name}" must be an integer from ${min} to ${max}; got ${v}.`);
  }
  return v;
}

/** Checks a string argument: trimmed, not empty, not longer than `max`. */
export function text(name: string, value: string | null | undefined, max = 200): string {
  const v = (value ?? '').trim();
  if (!v) throw new BadUserInputError(`"${name}" must not be empty.`);
  if (v.length > max) throw new BadUserInputError(`"${name}" is longer than ${max} characters.`);
  return v;
}

/** An optional string argument: null when absent or blank, else checked like text(). */
export function optionalText(name: string, value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return text(name, value, max);
}

/**
 * The tool a question asks about: "where did I use Kafka?" → "kafka". Lower-cased, because tools are looked up by
 * every lower-cased spelling of their names.
 */
export function toolKey(question: string): string {
  return question
    .trim()
    .replace(
      /^(?:where|when|how)\s+(?:did|have|had|do)\s+(?:i|we|you)\s+(?:use|used|work(?:ed)?\s+with)\s+/i,
      '',
    )
    .replace(/^(?:where\s+(?:is|was)\s+)/i, '')
    .replace(/[?!.]+$/, '')
    .replace(/^["'“‘]|["'”’]$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Words of a query, for building Lucene queries without passing any Lucene syntax through. */
export function words(input: string): string[] {
  return input
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

/** "kafak" → "kafak~": a fuzzy query for suggestions. Empty when the input has no words. */
export function fuzzyQuery(input: string): string {
  return words(input)
    .filter((w) => w.length >= 2)
    .map((w) => `${w}~`)
    .join(' ');
}

/** "apache kaf" → "apache* AND kaf*": every word as a prefix. Null when the input has no words. */
export function prefixQuery(input: string): string | null {
  const ws = words(input);
  return ws.length ? ws.map((w) => `${w}*`).join(' AND ') : null;
}

/** Full-text search: every word must match, exactly (ranked higher) or as a prefix. */
export function searchQuery(input: string): string {
  const ws = words(input);
  if (!ws.length) throw new BadUserInputError('"text" must contain at least one letter or digit.');
  return ws.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}
