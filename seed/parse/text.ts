import { findDateRange } from '../structure/dates.js';
import { type Node, type ParsedNodes, type TextNode, textNode } from './nodes.js';

const BULLET = /^(\s*)(?:[•●○◦▪▫■□‣∙*+\-–—]|\d{1,2}[.)])\s+(\S.*)$/;
/**
 * Decorative rules and page furniture that carry no text: "-----", "Page 2 of 3", a form feed, a footer ending in
 * "Page 1 / 3", and the Europass form's running header ("Curriculum Vitae      Giulia Bertolini") and own labels
 * ("Main activities and responsibilities", "Business or sector …").
 */
const FURNITURE =
  /^\s*(?:[-_=~*·•—–]{3,}|page \d+(?: of \d+)?|-- ?\d+ of \d+ ?--|\f)\s*$|^.*\bpage \d+\s*(?:\/|of)\s*\d+\s*$|^\s*©\s*European Union\b|^\s*Curriculum Vitae\s{3,}\S.*$|^\s*(?:Main activities and responsibilities|Business or sector\b.*)\s*$/i;

/** A form's label in a left column beside its content: "PERSONAL INFORMATION        Giulia Bertolini". */
export const LABEL_COLUMN = /^\s*([A-Z][A-Z &]{3,40}?)\s{3,}(\S.*)$/;

/** A short line of capitals ("EXPERIENCE", "SKILLS & TOOLS"): a heading in text pasted from a PDF. */
export function isCapsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 60) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase() || letters === letters.toLowerCase())
    return false;
  // "WS 2005/06 - SS 2011": terms' initials around a range are its dates, not a heading's words.
  const range = letters.length < 8 ? findDateRange(t) : undefined;
  return (
    !range ||
    `${t.slice(0, range.index)}${t.slice(range.index + range.length)}`.replace(/[^\p{L}]/gu, '').length >= 3
  );
}

/**
 * Parses plain text (a résumé pasted from a PDF, a profile page) into nodes. It has no markup, so structure comes
 * from layout: capitalised short lines are headings, bullet characters start items, and a line that continues a
 * hard-wrapped sentence is joined to it. Which short lines are job headers is decided later, for every format alike.
 */
export function parseText(text: string, options: { isTool?: (word: string) => boolean } = {}): ParsedNodes {
  const lines = text.split('\n');
  const lengths = lines
    .map((l) => l.trimEnd().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  // The wrap width: long lines end near it, so a line that reaches it was cut mid-sentence.
  const wrap = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  const nodes: Node[] = [];
  let current: TextNode | undefined;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\t/g, '    ').trimEnd();
    const number = i + 1;
    if (line.trim() === '' || FURNITURE.test(line)) {
      current = undefined;
      previous = '';
      continue;
    }
    const bullet = BULLET.exec(line);
    const content = (bullet?.[2] ?? line).trim();
    // A long line was cut mid-sentence unless it is laid out in columns or ends in dates (a job header).
    const wrapped =
      previous.length >= wrap * 0.7 &&
      !/[.!?:;]$/.test(previous) &&
      !/\S\s{3,}\S/.test(previous) &&
      !findDateRange(previous) &&
      !bullet &&
      !isCapsHeading(line);
    const continues = !bullet && /^\s*[\p{Ll}(]/u.test(line) && !/[.!?:]$/.test(previous);
    if (current && (wrapped || continues)) {
      current.text = joinLines(current.text, content, options.isTool);
      previous = line.trim();
      continue;
    }
    if (isCapsHeading(line) && !bullet) {
      nodes.push({ type: 'heading', depth: 2, text: content.replace(/:$/, ''), line: number });
      current = undefined;
      previous = '';
      continue;
    }
    // Europass puts its labels in a left column beside the content: "JOB APPLIED FOR      Quality Engineering Manager".
    const labelled = LABEL_COLUMN.exec(line);
    if (labelled?.[1] && labelled[2] && !bullet && isCapsHeading(labelled[1])) {
      nodes.push({ type: 'heading', depth: 2, text: labelled[1].trim(), line: number });
      current = textNode('paragraph', labelled[2].trim(), number);
      nodes.push(current);
      previous = line.trim();
      continue;
    }
    current = bullet
      ? textNode('item', content, number, { depth: (bullet[1] ?? '').length >= 4 ? 1 : 0 })
      : textNode('paragraph', content, number);
    nodes.push(current);
    previous = line.trim();
  }
  return { frontMatter: {}, nodes };
}

/**
 * Joins a wrapped line to the text before it. A word a PDF hyphenated at the line's end is put back together when
 * the whole is a tool ("Kuber-" + "netes clusters"); other breaks keep their hyphen ("long-" + "term"), since
 * without a dictionary a compound and a split word look alike.
 */
function joinLines(before: string, line: string, isTool?: (word: string) => boolean): string {
  const split = /(\p{L}[\p{L}\p{N}]*)-$/u.exec(before);
  const next = /^\p{Ll}[\p{L}\p{N}]*/u.exec(line);
  if (!split?.[1] || !next) return `${before}\n${line}`;
  const whole = split[1] + next[0];
  // The newline moves after the rejoined word, so the lines of later sentences still count right.
  const rest = line.slice(next[0].length).trimStart();
  return `${isTool?.(whole) ? before.slice(0, -1) : before}${next[0]}\n${rest}`;
}
