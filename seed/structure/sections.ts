import type { Node, TextNode } from '../parse/nodes.js';
import { isJobHeaderLine, parseHeader } from './header.js';
import { allLabelled, isLabelledLine, namesEmployer } from './labelled.js';
import { CONTACT, isLoose, isShortLine } from './lines.js';
import {
  companyOverTenure,
  LINKEDIN_CHROME,
  PLACE_LINE,
  ROLE_DURATION,
  TENURE,
  tenuredEmployer,
} from './linkedin.js';
import { asPersonName } from './names.js';
import { outlineHeader, outlineLine, timelineEntry } from './outline.js';
import { CAREER_GAP, headingKind, isQuestionHeading, PERSONAL_DETAIL } from './vocabulary.js';

const isPersonalHeading = (heading: string) => {
  const kind = headingKind(heading);
  return kind !== undefined && kind !== 'experience' && kind !== 'narrative' && kind !== 'job-part';
};

/** One line of a job's (or a section's) header, with its source line. */
export interface HeaderLine {
  text: string;
  line: number;
}

/**
 * A stretch of a document under one heading: a Markdown heading, a short line standing as one ("EXPERIENCE",
 * "Skills"), or a job header line ("Acme Corp — Engineer — 2019–2021"); a thematic break also starts one.
 */
export interface Section {
  /** The heading's text; null for the text before the first heading and after a break. */
  heading: string | null;
  /** Heading depth (1–6); 0 without a heading; INFERRED for a line that stands as a heading. */
  depth: number;
  line: number;
  /** The heading and the header lines right under it (company, title, dates). */
  header: HeaderLine[];
  nodes: Node[];
  /** Started by a thematic break: a hard boundary between narratives. */
  afterBreak: boolean;
  /** `key: value` lines after a separator. */
  frontMatter: Record<string, unknown>;
  /** Started by a header line rather than a Markdown heading. */
  inferred: boolean;
  /** A timeline's entry ("**2016 → 2019** — postdoc in Chile. …"): a chapter of its own, never a part of another. */
  timeline?: boolean;
}

/** The depth given to lines that stand as headings: deeper than any Markdown heading. */
export const INFERRED = 7;

const SHORT = 100;

/** The label of a table row that names the employer ("| Company | Northgate Bank plc |"). */
const EMPLOYER_LABEL = /^(?:company|employer|organi[sz]ation|name of employer|firm|bank|institution)$/i;

function fresh(line: number, extra: Partial<Section> = {}): Section {
  return {
    heading: null,
    depth: 0,
    line,
    header: [],
    nodes: [],
    afterBreak: false,
    frontMatter: {},
    inferred: false,
    ...extra,
  };
}

/** A line standing as a section's title: a loose paragraph, or a list item in capitals, that names a section kind. */
function isSectionTitle(node: TextNode): boolean {
  if (node.text.includes('\n') || node.text.length > 48 || !headingKind(node.text.replace(/:$/, '')))
    return false;
  return (
    (isLoose(node) && node.role !== 'row') ||
    (node.role === 'item' && node.depth === 0 && /^[^a-z]+$/.test(node.text))
  );
}

/** Whether a line names the employer a dated header with a title lacks ("Bellavista Biomedical S.p.A., Mirandola"). */
function employerLine(header: HeaderLine[], line: string): boolean {
  const before = parseHeader(header.map((h) => h.text));
  if (before.company !== undefined || before.title === undefined || before.start === undefined) return false;
  const after = parseHeader([...header.map((h) => h.text), line]);
  return after.company !== undefined && after.title === before.title;
}

/** Two or three short lines, none a sentence: a company line and a title line under a date. */
const shortLines = (node: TextNode) => {
  const lines = node.text.split('\n');
  return (
    isLoose(node) &&
    lines.length <= 3 &&
    lines.every((l) => l.trim().length > 0 && l.length <= 80 && !/[.!?]$/.test(l.trim()) && !CONTACT.test(l))
  );
};

/** A line the narrator tells: "I left …", "I have been …", or two sentences. */
const NARRATED =
  /\bI(?:\s+(?:have|had|was|am|joined|spent|worked|moved|left|took|started)\b|['’](?:m|ve|d)\b)|[a-z][.!?]\s+\p{Lu}/u;

/**
 * "Senior Product Manager", "Mar 2024 - Present · 2 yrs 9 mos", then "Moved our analytics from Mixpanel to Amplitude."
 * with no blank line between: the header lines, and the prose after them.
 */
function proseAfterHeader(node: TextNode): { header: TextNode; prose: TextNode } | undefined {
  if (!node.text.includes('\n')) return undefined;
  const lines = node.text.split('\n');
  const cut = lines.findIndex(
    (l, i) =>
      i > 0 &&
      /[.!?]\s*$/.test(l) &&
      l.trim().split(/\s+/).length >= 6 &&
      !isJobHeaderLine(l) &&
      lines.slice(0, i).some((h) => isJobHeaderLine(h)) &&
      // "In the summer of 2021 I left Gulf Coast. Since 2021 I have been …": a wrapped paragraph's first line is prose.
      !lines.slice(0, i).some((h) => NARRATED.test(h)),
  );
  if (cut < 0) return undefined;
  return {
    header: { ...node, text: lines.slice(0, cut).join('\n') },
    prose: { ...node, text: lines.slice(cut).join('\n'), line: node.line + cut },
  };
}

/** A heading that names an employer and nothing else. */
function employerOnly(heading: string | null): boolean {
  if (heading === null) return false;
  const h = parseHeader([heading]);
  return h.company !== undefined && h.title === undefined && h.start === undefined;
}

/** The lines of a paragraph when it is a block of header lines (LinkedIn's title / company / dates / place). */
function headerBlock(node: TextNode): HeaderLine[] | undefined {
  // A table row is a row of a table (an Experience table is read with its section), not a header.
  if (node.role === 'row') return undefined;
  const lines = node.text.split('\n');
  if (lines.some((l) => CONTACT.test(l))) return undefined;
  // Plain text lays a header out in columns; the gaps are not its length.
  // A labelled line ("Employer: Gemeente Eemstad, Department of …") may be long; Europass writes a header that way.
  // So may a one-line header with notes ("Student Data Assistant (PT, ~12 h/wk while studying) — 10/2018–06/2021").
  const long = (l: string) => {
    const length = l.replace(/\s{2,}/g, ' ').length;
    const fielded = /\s[—–|·]\s/.test(l) && !/[.!?]\s*$/.test(l) && isJobHeaderLine(l);
    return length > SHORT && !isLabelledLine(l) && (length > 2 * SHORT || !fielded);
  };
  // "Since 2020 I have been at Fjordline Energy as a staff engineer.": a sentence of a career essay, not a header.
  const sentence = (l: string) =>
    /\bI(?:\s+(?:have|had|was|am|joined|spent|worked|moved|left)\b|['’](?:m|ve|d)\b)/.test(l) &&
    /[.!?]$/.test(l.trim());
  if (lines.length > 6 || lines.some(long) || lines.some(sentence)) return undefined;
  if (lines.some((l) => PERSONAL_DETAIL.test(l))) return undefined;
  if (!lines.some((l) => isJobHeaderLine(l))) return undefined;
  return lines.map((text, i) => ({ text: text.trim(), line: node.line + i }));
}

/**
 * Cuts a document's nodes into sections at headings, breaks, lines that stand as section titles ("Education",
 * "EXPERIENCE") and job header lines. Header lines right under a heading belong to it ("### Acme" then "Engineer ·
 * 2019–2021"), and short lines right before a dated line join its header (a LinkedIn title, then its company).
 */
export function splitSections(nodes: Node[]): Section[] {
  const sections: Section[] = [];
  let current = fresh(1);
  const start = (next: Section) => {
    if (current.nodes.length || current.header.length || Object.keys(current.frontMatter).length)
      sections.push(current);
    // A heading right after a break still starts a new narrative.
    else if (current.afterBreak) next.afterBreak = true;
    current = next;
  };
  /** The company of LinkedIn's role group being read ("Tessellate" over its roles). */
  let employer: HeaderLine | undefined;
  /** The same when its roles are headings, and their depth. */
  let group: { employer: HeaderLine; depth: number } | undefined;
  /** The list depth of the employer's item when the jobs are written as one outline. */
  let outline: number | undefined;
  // A paragraph's prose after its header lines is read after them, as a paragraph of its own (`pending`).
  const pending: Node[] = [];
  let next = 0;
  while (pending.length > 0 || next < nodes.length) {
    let node = (pending.pop() ?? nodes[next++]) as Node;
    if (node.type === 'text' && isLoose(node)) {
      const tail = proseAfterHeader(node);
      if (tail) {
        pending.push(tail.prose);
        node = tail.header;
      }
    }
    // "**2016 → 2019** — postdoc in Chile. In October 2016 I arrived …": a timeline's entry, a chapter of its own.
    // (Not under a job's own header, nor under Education or Volunteering: there the years date a part of it.)
    // (The paragraph's own cheap test comes first: this runs for every paragraph of a document.)
    const entry = node.type === 'text' && isLoose(node) ? timelineEntry(node) : undefined;
    if (
      entry &&
      (current.timeline ||
        (current.heading !== null &&
          current.header.length <= 1 &&
          (headingKind(current.heading) ?? 'summary') === 'summary' &&
          !isJobHeaderLine(current.heading)))
    ) {
      employer = undefined;
      outline = undefined;
      start(
        fresh(node.line, {
          heading: entry.heading,
          depth: INFERRED,
          header: [{ text: entry.heading, line: node.line }],
          inferred: true,
          timeline: true,
        }),
      );
      current.nodes.push(entry.body);
      continue;
    }
    if (node.type === 'heading') {
      employer = undefined;
      outline = undefined;
      const tenured = tenuredEmployer(current.nodes);
      if (tenured) group = { employer: tenured, depth: node.depth };
      else if (group && node.depth < group.depth) group = undefined;
      start(
        fresh(node.line, {
          heading: node.text,
          depth: node.depth,
          header: [{ text: node.text, line: node.line }],
        }),
      );
      continue;
    }
    if (node.type === 'break') {
      start(fresh(node.line + 1, { afterBreak: true }));
      continue;
    }
    if (node.type === 'front-matter') {
      if (current.nodes.length)
        start(fresh(node.line, { afterBreak: current.afterBreak || current.heading === null }));
      current.frontMatter = { ...current.frontMatter, ...node.data };
      continue;
    }
    // A short line that names a section ("Education", "EXPERIENCE:"), or a numbered section title in capitals, which
    // plain text reads as a list item ("2. PROFESSIONAL EXPERIENCE").
    // ("Environment" under a LinkedIn volunteering role is its cause, not a part of a job.)
    if (
      node.type === 'text' &&
      isSectionTitle(node) &&
      !(
        current.heading !== null &&
        isPersonalHeading(current.heading) &&
        headingKind(node.text.replace(/:$/, '')) === 'job-part'
      )
    ) {
      start(
        fresh(node.line, {
          heading: node.text.replace(/:$/, ''),
          depth: INFERRED,
          header: [{ text: node.text, line: node.line }],
          inferred: true,
        }),
      );
      continue;
    }
    // A résumé written as one outline: "- **Kestrel Silicon** — 2017 → present", under it "- **Principal Engineer** ·
    // 2021 – present" and its bullets. The employer's item starts a job; its roles' items join that job's header.
    if (node.type === 'text' && node.role === 'item' && node.nested) {
      const personal = current.heading !== null && isPersonalHeading(current.heading);
      const role = outline !== undefined && node.depth === outline + 1 && outlineLine(node);
      if (!personal && role && isJobHeaderLine(node.text)) {
        current.header.push({ text: node.text, line: node.line });
        continue;
      }
      if (!personal && (outline === undefined || node.depth <= outline) && outlineHeader(node, nodes[next])) {
        start(
          fresh(node.line, {
            depth: INFERRED,
            header: [{ text: node.text, line: node.line }],
            inferred: true,
          }),
        );
        outline = node.depth;
        continue;
      }
    }
    if (node.type === 'text' && node.role !== 'item' && node.role !== 'more') outline = undefined;
    // "| Role | FP&A Manager |", "| Period | 2019 – 2022 |": a two-column table of labels under an employer's heading
    // is that job's header.
    const cell =
      node.type === 'text' && node.role === 'row'
        ? /^\s*([^|]{2,40}?)\s*\|\s*(\S[^|]*?)\s*$/.exec(node.text)
        : null;
    if (cell && isLabelledLine(`${cell[1]}: ${cell[2]}`)) {
      const labelled = { text: `${cell[1]}: ${cell[2]}`, line: node.line };
      const onlyRules = current.nodes.every(
        (n) => n.type === 'text' && n.role === 'row' && !/\w/.test(n.text),
      );
      const underJobHeading = current.heading !== null && headingKind(current.heading) === undefined;
      if ((underJobHeading || current.inferred) && onlyRules) {
        current.nodes.length = 0;
        current.header.push(labelled);
        continue;
      }
      // Under "Experience", each job may be such a table: "| Company | Northgate Bank plc |" starts the next one.
      if (
        EMPLOYER_LABEL.test(cell[1] as string) &&
        !(current.heading !== null && isPersonalHeading(current.heading))
      ) {
        start(fresh(node.line, { depth: INFERRED, header: [labelled], inferred: true }));
        continue;
      }
    }
    // "01/02/2020 – Current   Senior Quality Engineer" over "Bellavista Biomedical S.p.A., Mirandola, Italy": the
    // employer's line under a header that has dates and a title but no company.
    if (
      current.inferred &&
      current.nodes.length === 0 &&
      current.header.length > 0 &&
      isShortLine(node) &&
      employerLine(current.header, node.text)
    ) {
      current.header.push({ text: node.text, line: node.line });
      continue;
    }
    // A federal résumé's "Agency: …", "Duty Station: …", "From: 10/2018  To: Present", one field a line under the title,
    // and Europass's "Name and address of employer: …" after the duties: a job's labelled fields are its header.
    if (
      node.type === 'text' &&
      node.role === 'paragraph' &&
      current.header.length > 0 &&
      allLabelled(node.text)
    ) {
      const ours = current.heading === null || headingKind(current.heading) === undefined;
      const job = current.inferred || current.heading !== null;
      const late =
        namesEmployer(node.text) && parseHeader(current.header.map((h) => h.text)).company === undefined;
      if (ours && job && (current.nodes.length === 0 || late)) {
        current.header.push(
          ...node.text.split('\n').map((text, i) => ({ text: text.trim(), line: node.line + i })),
        );
        continue;
      }
    }
    if (isLoose(node)) {
      // "Tomás Herrera · data scientist · Santiago, CL" at the top heads the document, not a job.
      const nameLine =
        sections.length === 0 &&
        current.heading === null &&
        current.nodes.length === 0 &&
        current.header.length === 0
          ? asPersonName(node.text.split(/\s+[—–|·•]\s+|\s*\|\s*|\n/)[0] ?? '')
          : undefined;
      // An answer under "### Who was on the team?" ("Me, my manager Gill, and from 2015 a second analyst …") is prose.
      const answer = current.heading !== null && isQuestionHeading(current.heading);
      const block = nameLine || answer ? undefined : headerBlock(node);
      // Under Education or Certifications a dated line is an entry of that section, not a job.
      const personal = current.heading !== null && isPersonalHeading(current.heading);
      // "EXPERIENCE" or "Project Narratives" heads what follows; a job's own heading takes the lines under it.
      const known = current.heading !== null && headingKind(current.heading) !== undefined;
      // "Earlier career" as one line per job: "HR Assistant, Bloom & Wilde (2008–2010)", then the next.
      // A dated career break among them is neither a job nor a part of the one before it.
      const jobLines = block?.filter((l) => !CAREER_GAP.test(l.text)) ?? [];
      // (Under a heading that names only the employer, "### Brightwave HR (Boulder, CO)", they are its roles.)
      if (
        block &&
        !personal &&
        jobLines.length > 1 &&
        !(current.nodes.length === 0 && !known && employerOnly(current.heading)) &&
        jobLines.every((l) => {
          const h = parseHeader([l.text]);
          return h.start !== undefined && h.company !== undefined && h.title !== undefined;
        })
      ) {
        for (const l of jobLines) start(fresh(l.line, { depth: INFERRED, header: [l], inferred: true }));
        continue;
      }
      if (block && !personal) {
        if (current.nodes.length === 0 && current.header.length > 0 && !known) {
          // A role of LinkedIn's group (its dates carry LinkedIn's "· 3 yrs"): its company is the group's, unless its
          // own lines name another; the place under its dates is not an employer. Any other header ends the group.
          if (group && !block.some((l) => ROLE_DURATION.test(l.text))) group = undefined;
          current.header.push(...block.filter((l) => !(group && PLACE_LINE.test(l.text))));
          if (group && current.depth === group.depth) {
            if (parseHeader(current.header.map((h) => h.text)).company === undefined)
              current.header.splice(1, 0, group.employer);
            else group = undefined;
          }
          continue;
        }
        // Short lines just before (a title above "Company · Full-time" and the dates) are part of this header.
        const before: HeaderLine[] = [];
        while (before.length < 2 && current.nodes.length > 0) {
          const last = current.nodes[current.nodes.length - 1] as Node;
          // "The Valley Examiner" and "Full-time · 5 yrs" read as one paragraph: the company and its tenure.
          const name = companyOverTenure(last);
          if (name !== undefined) {
            current.nodes.pop();
            employer = { text: name, line: last.line };
            break;
          }
          if (!isShortLine(last) || (isJobHeaderLine(last.text) && !TENURE.test(last.text))) break;
          current.nodes.pop();
          // LinkedIn between roles: "Skills: Amplitude · Jira · +2 skills", "Berlin, Germany · Hybrid", a logo's
          // caption ("Northgate Mutual Insurance logo") and a place ("Hartford, Connecticut, United States").
          if (LINKEDIN_CHROME.test(last.text)) continue;
          // LinkedIn's company with several roles: "Tessellate", then "Full-time · 4 yrs 3 mos", then the roles.
          if (TENURE.test(last.text)) {
            const company = current.nodes[current.nodes.length - 1];
            if (company && isShortLine(company)) {
              employer = { text: company.text, line: company.line };
              current.nodes.pop();
            }
            break;
          }
          before.unshift({ text: last.text, line: last.line });
        }
        const lines = [...before, ...block];
        if (parseHeader(lines.map((l) => l.text)).company !== undefined) employer = undefined;
        else if (employer) lines.unshift(employer);
        if (current.nodes.length === 0 && current.heading !== null && !current.inferred && !known) {
          // "### Acme Corp", "Senior Engineer", "Jan 2018 – Present": all one header.
          current.header.push(...lines);
          continue;
        }
        start(
          fresh(block[0]?.line ?? node.line, {
            depth: INFERRED,
            header: lines,
            inferred: true,
          }),
        );
        const first = before[0] ?? block[0];
        if (first) current.line = first.line;
        continue;
      }
      // "Pellucid Health, Denver CO" right under "Detection Engineer    Jan 2021 – Present": still the header.
      const lastHeader = current.header[current.header.length - 1];
      if (
        current.nodes.length === 0 &&
        lastHeader &&
        !known &&
        !personal &&
        current.header.length < 6 &&
        (isShortLine(node) || shortLines(node)) &&
        !LINKEDIN_CHROME.test(node.text) &&
        node.line - lastHeader.line <= 1 &&
        current.header.some((h) => isJobHeaderLine(h.text))
      ) {
        // "Lindner Elektronik GmbH, Esslingen am Neckar" over "Werkstudent Diagnostics" under a date line: each line.
        for (const [k, text] of node.text.split('\n').entries())
          current.header.push({ text: text.trim(), line: node.line + k });
        continue;
      }
      // Europass: "Employer: …" and "Type of business or sector: …" under the dates and the occupation.
      if (
        current.nodes.length === 0 &&
        !known &&
        !personal &&
        current.header.some((h) => isJobHeaderLine(h.text))
      ) {
        const lines = node.text.split('\n');
        const labelled = lines.findIndex((l) => !isLabelledLine(l));
        const count = labelled < 0 ? lines.length : labelled;
        if (count > 0) {
          current.header.push(
            ...lines.slice(0, count).map((text, i) => ({ text: text.trim(), line: node.line + i })),
          );
          if (count === lines.length) continue;
          node = { ...node, text: lines.slice(count).join('\n'), line: node.line + count };
        }
      }
    }
    current.nodes.push(node);
  }
  start(fresh(0));
  return sections;
}
