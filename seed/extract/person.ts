import { basename, extname } from 'node:path';
import { asPersonName } from '../structure/names.js';
import type { Section } from '../structure/sections.js';

export { asPersonName } from '../structure/names.js';

/** File names that say nothing about whose narratives they are. */
const GENERIC_NAMES =
  /^(narratives?|resume|cv|career|readme|document|jobs?|index|input|profile|experience)$/i;

/** "alice-nguyen.md" → "Alice Nguyen"; a generic name such as "narratives.md" → "Me". */
export function personFromFileName(file: string): string {
  const stem = basename(file, extname(file)).replace(/\.resume$/i, '');
  // "narrative-01-data-eng", "resume_2024": a file name with numbers names a draft, not a person.
  if (GENERIC_NAMES.test(stem) || !/[a-z]/i.test(stem) || /\d/.test(stem)) return 'Me';
  return stem
    .split(/[-_\s.]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
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
