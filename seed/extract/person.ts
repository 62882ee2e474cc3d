import { basename, extname } from 'node:path';
import type { Section } from '../structure/sections.js';
import { headingKind, ROLE_WORDS } from '../structure/vocabulary.js';

/** File names that say nothing about whose narratives they are. */
const GENERIC_NAMES =
  /^(narratives?|resume|cv|career|readme|document|jobs?|index|input|profile|experience)$/i;

/** "alice-nguyen.md" → "Alice Nguyen"; a generic name such as "narratives.md" → "Me". */
export function personFromFileName(file: string): string {
  const stem = basename(file, extname(file)).replace(/\.resume$/i, '');
  if (GENERIC_NAMES.test(stem) || !/[a-z]/i.test(stem)) return 'Me';
  return stem
    .split(/[-_\s.]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'y',
  'ten',
  'ter',
]);
const DEGREES =
  /,?\s*\b(?:ph\.?d\.?|m\.?d\.?|mba|m\.?sc?\.?|b\.?sc?\.?|m\.?eng\.?|b\.?eng\.?|m\.?a\.?|b\.?a\.?|cpa|pmp|cissp|jr\.?|sr\.?)\b\.?/gi;
const NOT_NAMES =
  /^(?:resume|résumé|curriculum vitae|cv|career notes?|portfolio|profile|narratives?|project narratives?|about me)$/i;

/** A person's name as a document heads it: "Maria Santos", "Fiona MacLeod, PhD", "JEAN-LUC PICARD". */
export function asPersonName(text: string): string | undefined {
  const cleaned = text
    .replace(/\(.*?\)/g, ' ')
    .replace(DEGREES, ' ')
    .replace(/[|·•,–—].*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || NOT_NAMES.test(cleaned) || headingKind(cleaned) || ROLE_WORDS.test(cleaned))
    return undefined;
  const words = cleaned.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  const ok = words.every(
    (w) => PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w),
  );
  if (!ok || /\d/.test(cleaned)) return undefined;
  // ALL CAPS names read better in title case.
  if (cleaned === cleaned.toUpperCase())
    return words
      .map(
        (w) =>
          w.charAt(0) +
          w
            .slice(1)
            .toLowerCase()
            .replace(/([-'’])(\p{L})/gu, (_, a, b: string) => a + b.toUpperCase()),
      )
      .join(' ');
  return cleaned;
}

/** The person a document is about, from its first heading or first line, when it names one. */
export function personFromSections(sections: Section[]): string | undefined {
  const first = sections[0];
  if (!first || first.afterBreak) return undefined;
  if (first.heading !== null && first.depth <= 2) return asPersonName(first.heading);
  if (first.heading === null) {
    const node = first.nodes.find((n) => n.type === 'text');
    const line = first.header[0]?.text ?? (node?.type === 'text' ? node.text.split('\n')[0] : undefined);
    return line ? asPersonName(line) : undefined;
  }
  return undefined;
}
