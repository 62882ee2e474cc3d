import { basename, extname } from 'node:path';
import { LABEL_COLUMN } from '../parse/text.js';
import { asPersonName } from '../structure/names.js';
import type { Section } from '../structure/sections.js';
import { headingKind, ROLE_WORDS } from '../structure/vocabulary.js';

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

/** "*Leeds General Infirmary · notes for my revalidation*" under a title names a place, not the author. */
const INSTITUTION_WORD =
  /\b(?:Infirmary|Hospital|University|College|General|Cloud|Machine|Learning|Group|Trust|Health|Services|Council|School|Institute|Centre|Center)\b/;

/**
 * A name in an essay's byline, or under a sidebar, as a LinkedIn PDF export lays it out ("Contact … Top Skills …", then "Omar Haddad", then
 * the headline "Site Reliability Engineer at …"): the first name-like line followed by a headline, before the first
 * Experience heading (below it, "Company" then "Title" has the same shape); or a name right under a Europass
 * "Personal information" heading.
 */
export function personFromLayout(text: string): string | undefined {
  // An essay's byline under its title: "*by Signe Haraldsen*".
  const byline =
    /^[ \t]*[*_]{0,2}(?:[Bb]y|[Ww]ritten by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})[*_]{0,2}[ \t]*$/mu.exec(
      text.slice(0, 600),
    );
  // …or the author's name alone on the line under the essay's title.
  const underTitle =
    byline ??
    // ("*Siobhan Carrick · kept for my year-end review*": the name, then what the document is for.)
    /^\s*#\s+[^\n]+\n(?:[ \t]*\n)?[ \t]*[*_]{0,2}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:\s+[·|—–]\s+[^\n*_]+)?[*_]{0,2}[ \t]*\n/u.exec(
      text.slice(0, 600),
    );
  const signed =
    underTitle?.[1] && !INSTITUTION_WORD.test(underTitle[1]) ? asPersonName(underTitle[1]) : undefined;
  if (signed) return signed;
  // "I'm Hannah Okafor, and I have spent …": an essay whose author introduces herself.
  const introduced =
    /\b(?:I['’]m|I am|My name is)\s+[*_]{0,2}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b/u.exec(
      text.slice(0, 1500),
    );
  const named = introduced?.[1] ? asPersonName(introduced[1]) : undefined;
  if (named) return named;
  // Europass's "Surname(s) / First name(s): Kowalczyk-Byrne, Marta" (or first names first, or a plain "Name:").
  const form =
    /^[ \t]*[*_]{0,2}(surname\(?s?\)?\s*\/\s*first\s+name\(?s?\)?|first\s+name\(?s?\)?\s*\/\s*surname\(?s?\)?|(?:full\s+)?name|employee(?:\s+name)?|candidate|applicant)\s*:\s*[*_]{0,2}[ \t]*([^\n*_]{3,60})/im.exec(
      text.slice(0, 3000),
    );
  if (form?.[1] && form[2]) {
    const [surname, given] = form[2].split(/\s*,\s*/);
    const ordered = /^surname/i.test(form[1]) && given ? `${given} ${surname}` : form[2].replace(/,/g, ' ');
    const person = asPersonName(ordered.trim());
    if (person) return person;
  }
  const lines = text.split('\n', 80).map((l) => l.trim());
  let previous = '';
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    if (headingKind(line) === 'experience') return undefined;
    const name = line.length <= 60 ? asPersonName(line) : undefined;
    const next = lines.slice(i + 1).find((l) => l.length > 0) ?? '';
    if (name && ROLE_WORDS.test(next) && next.length <= 120) return name;
    // A README-style résumé heads itself with an HTML title: "<h1 align="center">Noor Haddad</h1>".
    if (name && /^<h1\b/i.test(line)) return name;
    // Europass: "PERSONAL INFORMATION", then the name, below it or beside it in the next column.
    if (name && headingKind(previous) === 'contact') return name;
    const column = LABEL_COLUMN.exec(line);
    const beside =
      column?.[1] && headingKind(column[1]) === 'contact' ? asPersonName(column[2] ?? '') : undefined;
    if (beside) return beside;
    previous = line;
  }
  return undefined;
}
