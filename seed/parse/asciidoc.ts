/**
 * AsciiDoc résumés (asciidoctor-pdf CVs, a README in .adoc) are read by rewriting their block syntax to the Markdown
 * the Markdown parser already reads, line for line, so every line keeps its number: "== Experience" → "##
 * Experience", ":dates: Sept 2019 to date" → "Dates: Sept 2019 to date", "Languages:: C, Ada" → "Languages: C, Ada",
 * "** item" → a nested item. Comments, rendering directives and block attributes become blank lines.
 */

/** A section title: "== Experience" (one "=" is the document's title). */
const TITLE = /^(={1,6})\s+(\S.*)$/;
/** A document attribute: ":dates: Sept 2019 to date", ":toc: left". */
const ATTRIBUTE = /^:([\w-]+):\s*(.*)$/;
/** Attributes that carry a job's or the person's facts; the others direct the rendering. */
const FACTS = new Set([
  'dates',
  'date',
  'period',
  'duration',
  'location',
  'company',
  'employer',
  'client',
  'role',
  'title',
  'position',
  'email',
  'phone',
  'website',
]);

/** Whether a text is AsciiDoc: a document title with attributes, or two section titles of its own kind. */
export function isAsciiDoc(text: string): boolean {
  const head = text.slice(0, 20_000);
  if (/^=\s+\S[^\n]*\n(?::[\w-]+:[^\n]*\n)+/.test(head.trimStart())) return true;
  return (head.match(/^={2,6}\s+\S/gm)?.length ?? 0) >= 2;
}

export function asciiDocToMarkdown(text: string): string {
  const out: string[] = [];
  let comment = false;
  let literal = false;
  for (const line of text.split('\n')) {
    if (/^\/{4,}\s*$/.test(line)) {
      comment = !comment;
      out.push('');
      continue;
    }
    if (comment) {
      out.push('');
      continue;
    }
    if (/^(?:-{4,}|\.{4,})\s*$/.test(line)) {
      literal = !literal;
      out.push('```');
      continue;
    }
    if (literal) {
      out.push(line);
      continue;
    }
    out.push(markdownLine(line));
  }
  return out.join('\n');
}

function markdownLine(line: string): string {
  const title = TITLE.exec(line);
  if (title?.[1] && title[2]) return `${'#'.repeat(title[1].length)} ${title[2]}`;
  const attribute = ATTRIBUTE.exec(line);
  if (attribute?.[1] !== undefined) {
    const name = attribute[1].toLowerCase();
    if (!FACTS.has(name) || !attribute[2]) return '';
    return `${name[0]?.toUpperCase()}${name.slice(1)}: ${attribute[2]}`;
  }
  // Comments, block attributes ("[source,python]", "[.lead]") and a list continuation ("+").
  if (/^\/\/(?:\s|$)/.test(line) || /^\[[^\]]*\]\s*$/.test(line) || /^\+\s*$/.test(line)) return '';
  const item = /^(\*{1,5}|-)\s+(\S.*)$/.exec(line);
  if (item?.[1] && item[2]) return `${'  '.repeat(item[1] === '-' ? 0 : item[1].length - 1)}- ${item[2]}`;
  // A description list: "Languages:: C, Ada".
  const term = /^([^\s:][^:]{0,60}?)::\s+(\S.*)$/.exec(line);
  if (term?.[1] && term[2]) return `${term[1]}: ${term[2]}`;
  return line;
}
