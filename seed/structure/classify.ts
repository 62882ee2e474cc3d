import { companyKey } from '../extract/company.js';
import type { Node, TextNode } from '../parse/nodes.js';
import { findDateRange } from './dates.js';
import { CHAPTER_LEAD, type JobHeader, parseHeader } from './header.js';
import { asPersonName } from './names.js';
import { asReview } from './review.js';
import { type HeaderLine, INFERRED, type Section } from './sections.js';
import {
  COMPANY_ENDING,
  type HeadingKind,
  headingKind,
  headingWords,
  isQuestionHeading,
  type PersonalKind,
} from './vocabulary.js';

/** A job as the document's structure gives it, before anything is read from its text. */
export interface JobDraft {
  line: number;
  /** The heading and header lines: where company, title and dates are read. */
  header: HeaderLine[];
  /** Company, title and dates as a structured source states them (JSON Resume) or the header lines read. */
  given: JobHeader;
  /** The job's text in order; headings inside it mark its parts (the closing summary, the incident). */
  nodes: Node[];
  /** `key: value` lines after a separator, for this job only. */
  frontMatter: Record<string, unknown>;
  /** Headed by a timeline's entry ("postdoc in Chile (2016 → 2019)"): its words describe the job, not title it. */
  timeline?: boolean;
}

/** A section about the person: summary, skills, education, projects … */
export interface PersonalPart {
  kind: PersonalKind | 'other';
  heading: string | null;
  line: number;
  depth: number;
  nodes: TextNode[];
  /** Its sub-headings, each with the index of its first node: the chapters of a career told under one heading. */
  chapters?: { heading: string; line: number; from: number }[];
}

export interface Structure {
  jobs: JobDraft[];
  personal: PersonalPart[];
}

export interface ClassifyOptions {
  /** Whether a text names a known tool (decides whether a stretch without a heading is a narrative). */
  namesTool: (text: string) => boolean;
}

const PERSONAL: ReadonlySet<HeadingKind> = new Set<HeadingKind>([
  'summary',
  'skills',
  'education',
  'certifications',
  'projects',
  'publications',
  'volunteering',
  'languages',
  'awards',
  'interests',
  'references',
  'activity',
  'contact',
]);

/** Personal sections a dated job header may end (a summary or skills list right before the first job). */
// ("## Elsewhere" or "## Outside work" over a dated job heading: the job is still a job.)
const SOFT_PERSONAL = new Set(['summary', 'skills', 'contact', 'other', 'interests']);

/** A "Teaching" section lists courses, or a lecturer's jobs ("### Lecturer in Chemistry — University of Leeds (2015 – 2020)"). */
const soft = (part: PersonalPart) =>
  SOFT_PERSONAL.has(part.kind) ||
  // "## Credits" over "### Editor — Northlight Pictures (2018 – 2021)": a film person's jobs, not a list of titles.
  (part.heading !== null && /^\W*(?:teaching|(?:selected\s+|film\s+|tv\s+)?credits)\W*$/i.test(part.heading));

/** Headings of a person's achievements, which a job's part may also be called. */
const ACHIEVEMENTS = /^(?:(?:key|selected|career|notable)\s+)?(?:achievements|accomplishments|highlights)$/;

const FREELANCE =
  /\b(?:freelance|freelancer|self[- ]employed|independent consultant|contract(?:or)? work)\b/i;

const texts = (nodes: Node[]) => nodes.filter((n): n is TextNode => n.type === 'text');

/** Text that tells a narrative: questions and answers, or a few sentences that name tools. */
function isNarrative(nodes: Node[], options: ClassifyOptions): boolean {
  const t = texts(nodes);
  if (t.some((n) => n.strong?.title.endsWith('?') || /^[^\n]{5,200}\?(?:\n|$)/.test(n.text))) return true;
  let words = 0;
  let tools = 0;
  for (const n of t) {
    words += n.text.split(/\s+/).length;
    if (tools < 2 && options.namesTool(n.text)) tools += 1;
  }
  return tools >= 1 && words >= 12;
}

/** Whether a heading is a date range and nothing else ("2021 to now", "2016 – 2020:"). */
function onlyDates(heading: string): boolean {
  const range = findDateRange(heading);
  if (!range) return false;
  return /^[\s:–—,.()-]*$/.test(heading.slice(0, range.index) + heading.slice(range.index + range.length));
}

/** True when a section's header is a job's: dated, or a title and a company. */
function isJobSection(s: Section, header: JobHeader): boolean {
  if (header.start !== undefined && (header.company !== undefined || header.title !== undefined)) return true;
  // "## 2021 to now" in a career told in chapters: the years alone head a job whose story names the employer.
  if (header.start !== undefined && s.heading !== null && !s.inferred && onlyDates(s.heading)) return true;
  // "## Before that: the Hopwell brewery in Leeds (2017–2021)": a dated chapter of a career told in order.
  if (header.start !== undefined && s.heading !== null && !s.inferred && CHAPTER_LEAD.test(s.heading))
    return true;
  // "## Freelance — 2017–2019": self-employment is a job with no employer.
  if (header.start !== undefined && s.header.some((h) => FREELANCE.test(h.text))) return true;
  return header.title !== undefined && header.company !== undefined && s.header.length > 0;
}

/**
 * Decides what each section is: a job (or a part of the job above it), a section about the person, or neither, and
 * groups the sections of each job. Only job sections make jobs: a Summary, Skills, Education, Projects … section
 * never does, whatever its heading level, and neither does a contact header or a LinkedIn headline.
 */
export function classifySections(sections: Section[], options: ClassifyOptions): Structure {
  const jobs: JobDraft[] = [];
  const personal: PersonalPart[] = [];
  let job: { draft: JobDraft; depth: number } | null = null;
  let part: PersonalPart | null = null;
  let container: number | null = null;
  const hasContainer = sections.some((s) => s.heading !== null && headingKind(s.heading) === 'experience');
  // Depths at which the document heads jobs with dates ("### Acme — Engineer (2019–2021)").
  const datedDepths = new Set(
    sections
      .filter(
        (s) =>
          s.heading !== null &&
          headingKind(s.heading) === undefined &&
          parseHeader(s.header.map((h) => h.text)).start !== undefined,
      )
      .map((s) => s.depth),
  );
  const questions = sections.filter((s) => s.heading !== null && isQuestionHeading(s.heading)).length;
  /** The current Experience table's rows by company key (company, title, dates), for headings that name only it. */
  let rows = new Map<string, JobHeader>();
  /** A heading that names only an employer ("### The Ivy, London"), over its roles' dated sub-headings. */
  let employer: { draft: JobDraft; depth: number; company: string } | null = null;

  const openJob = (s: Section, header: JobHeader) => {
    const draft: JobDraft = {
      line: s.header[0]?.line ?? s.line,
      header: s.header,
      given: header,
      nodes: [...s.nodes],
      frontMatter: s.frontMatter,
      ...(s.timeline ? { timeline: true } : {}),
    };
    jobs.push(draft);
    job = { draft, depth: s.depth };
    part = null;
    employer = null;
    if (header.company === undefined) return;
    if (header.title === undefined && header.start === undefined)
      employer = { draft, depth: s.depth, company: header.company };
    // "**The Ivy, London**" on its own line, then "**Sous Chef** | 2018 – 2021": the roles below are at it too.
    else if (s.header.length > 1) {
      const first = parseHeader([s.header[0]?.text ?? '']);
      if (first.company === header.company && first.title === undefined && first.start === undefined)
        employer = { draft, depth: s.depth, company: header.company };
    }
  };
  const appendToJob = (s: Section) => {
    if (!job) return;
    if (s.heading !== null)
      job.draft.nodes.push({ type: 'heading', depth: s.depth, text: s.heading, line: s.line });
    for (const h of s.header.slice(s.heading === null ? 0 : 1))
      job.draft.nodes.push({
        type: 'text',
        role: 'paragraph',
        text: h.text,
        line: h.line,
        depth: 0,
        ordered: false,
        nested: false,
        bold: false,
        code: [],
      });
    job.draft.nodes.push(...s.nodes);
    Object.assign(job.draft.frontMatter, s.frontMatter);
  };
  const openPersonal = (kind: PersonalPart['kind'], s: Section) => {
    part = { kind, heading: s.heading, line: s.line, depth: s.depth, nodes: texts(s.nodes) };
    personal.push(part);
    job = null;
  };

  for (const [i, s] of sections.entries()) {
    const kind = s.heading !== null ? headingKind(s.heading) : undefined;
    // "# Dana Whitfield — clinical data analyst" straight above the first job's line: the name heads the document,
    // not the job.
    // ("# Rosalind Petrakis, RPR, CRR" over her tagline and a career told as questions heads no job at all.)
    const nameAbove =
      i === 0 &&
      s.depth === 1 &&
      s.heading !== null &&
      (s.header.length > 1 || questions >= 3) &&
      asPersonName(s.heading) !== undefined;
    // Only when the lines below name an employer themselves: "# Acme Corporation" above "Senior Data Engineer,
    // 2019 – 2021" is the company.
    const withoutName = nameAbove ? parseHeader(s.header.slice(1).map((h) => h.text)) : undefined;
    const header =
      kind !== undefined || (nameAbove && questions >= 3 && withoutName?.company === undefined)
        ? {}
        : withoutName?.company !== undefined
          ? withoutName
          : parseHeader(s.header.map((h) => h.text));
    const jobLike = kind === undefined && isJobSection(s, header);
    if (s.afterBreak) {
      job = null;
      part = null;
    }
    if (employer && s.heading !== null && !s.inferred && s.depth <= employer.depth) employer = null;
    const currentPart = part as PersonalPart | null;
    const currentJob = job as { draft: JobDraft; depth: number } | null;
    // Inside a personal section, its sub-headings and dated lines (a degree's years) stay in it.
    if (currentPart && kind === undefined) {
      // A document's title or name heading holds no sub-sections; a job heading is never a sub-section.
      // (A degree's heading, "### B.S. Computer Science — Stony Brook University, 2017", is dated too.)
      const deeper =
        s.heading !== null &&
        !s.inferred &&
        s.depth > currentPart.depth &&
        currentPart.kind !== 'contact' &&
        !(jobLike && soft(currentPart));
      // A dated line under Education is a degree; under a summary or skills list it starts the first job.
      const inferredLine =
        s.inferred && !s.timeline && !(jobLike && soft(currentPart) && header.start !== undefined);
      if (deeper || inferredLine || (s.heading === null && !s.afterBreak && !jobLike)) {
        if (deeper && s.heading !== null) {
          currentPart.chapters ??= [];
          currentPart.chapters.push({ heading: s.heading, line: s.line, from: currentPart.nodes.length });
        }
        currentPart.nodes.push(...texts(s.nodes));
        continue;
      }
    }
    if (kind !== undefined && PERSONAL.has(kind)) {
      // A narrative's closing "Summary", and projects under a job, belong to that job.
      if (
        currentJob &&
        (kind === 'summary' || (kind === 'projects' && s.depth > currentJob.depth && !s.inferred))
      ) {
        appendToJob(s);
        continue;
      }
      if (container !== null && s.depth <= container) container = null;
      openPersonal(kind as PersonalKind, s);
      continue;
    }
    // "**Selected client engagements**" inside a consultant's job: that job's clients, not a new Experience section.
    if (
      kind === 'experience' &&
      currentJob &&
      s.inferred &&
      s.depth > currentJob.depth &&
      /\b(?:engagements?|mandates?|assignments?|clients?)\b/i.test(s.heading ?? '')
    ) {
      appendToJob(s);
      continue;
    }
    if (kind === 'experience') {
      container = s.depth;
      job = null;
      part = null;
      // "Experience at a glance" (a table) and then "Experience" (a section per company): the table still holds.
      const table = tableRows(s);
      if (table.size > 0) rows = table;
      if (s.nodes.some((n) => n.type === 'text' && n.role !== 'row') && isNarrative(s.nodes, options))
        openJob(s, {});
      continue;
    }
    if (kind === 'narrative') {
      if (currentJob && currentJob.draft.nodes.length === 0) appendToJob(s);
      else openJob(s, {});
      continue;
    }
    if (kind === 'job-part') {
      if (currentJob) appendToJob(s);
      // "## Key Achievements" before any job (a functional résumé): about the person, as a summary is.
      else if (jobs.length === 0 && s.heading !== null && ACHIEVEMENTS.test(headingWords(s.heading)))
        openPersonal('summary', s);
      else if (isNarrative(s.nodes, options)) openJob(s, {});
      else if (currentPart) currentPart.nodes.push(...texts(s.nodes));
      continue;
    }
    // A heading or header line of no known kind.
    const inContainer = container !== null && (s.depth >= container || s.inferred);
    const firstLine = s.header[0]?.text ?? texts(s.nodes)[0]?.text.split('\n')[0];
    const named = firstLine ? asPersonName(firstLine) : undefined;
    const preamble =
      i === 0 &&
      !s.afterBreak &&
      (s.heading === null || s.depth === 1 || (s.depth <= 2 && named !== undefined));
    if (preamble && header.start === undefined && (named !== undefined || !isNarrative(s.nodes, options))) {
      // The name and contact lines ("# Lena Fischer — mobile dev", a LinkedIn headline) head the document.
      openPersonal('contact', s);
      continue;
    }
    // "#### Saltmarsh — PC, PS5 (shipped October 2023)" under a studio's job: a project of that job, named without a
    // role; a sub-heading with a role ("#### Lead Designer · 2018 – 2020") is a job of its own.
    if (
      jobLike &&
      currentJob &&
      s.heading !== null &&
      !s.inferred &&
      s.depth > currentJob.depth &&
      header.title === undefined &&
      currentJob.draft.given.company !== undefined &&
      currentJob.draft.given.start !== undefined
    ) {
      appendToJob(s);
      continue;
    }
    // "**Hallam & Finch Bakery** — online shop, 2023–2024" under a freelance job: a client of that job, not a job.
    if (
      jobLike &&
      s.inferred &&
      currentJob &&
      header.title === undefined &&
      currentJob.draft.header.some((h) => FREELANCE.test(h.text)) &&
      // A client falls within the freelance years; an employer before them is a job of its own.
      (header.start ?? '') >= (currentJob.draft.given.start ?? '')
    ) {
      appendToJob(s);
      continue;
    }
    // "#### Sous Chef (2018 – 2021)" under "### The Ivy, London": a role at that employer. The employer's heading is
    // not a job of its own unless it has text.
    const owner = employer as { draft: JobDraft; depth: number; company: string } | null;
    if (
      jobLike &&
      owner &&
      header.company === undefined &&
      header.title !== undefined &&
      header.start !== undefined &&
      !s.header.some((h) => FREELANCE.test(h.text)) &&
      // A line of its own above the role ("UNIVERSITY OF EDINBURGH, School of …") may be an employer not recognised.
      s.header.length === 1 &&
      (s.inferred || s.depth > owner.depth)
    ) {
      const at = jobs.indexOf(owner.draft);
      if (at >= 0 && owner.draft.nodes.length === 0) jobs.splice(at, 1);
      openJob(s, { ...header, company: owner.company });
      employer = owner;
      continue;
    }
    if (jobLike) {
      // Without an Experience heading, a dated header line anywhere is a job; with one, only inside it or as a heading.
      if (!s.inferred || inContainer || !hasContainer || header.start !== undefined) {
        openJob(s, withRow(header, rows));
        continue;
      }
    }
    if (inContainer && s.heading !== null && !currentJob) {
      openJob(s, withRow(header, rows));
      continue;
    }
    if (currentJob && (s.depth > currentJob.depth || (s.heading === null && !s.afterBreak))) {
      appendToJob(s);
      continue;
    }
    // A career told as questions at the top ("## What do you do now?", "## What did you do before that?"): one story,
    // which the extractor divides by the employers its answers name.
    if (currentJob && isQuestionHeading(s.heading) && isQuestionHeading(currentJob.draft.header[0]?.text)) {
      appendToJob(s);
      continue;
    }
    if (inContainer && s.heading !== null && s.depth > 0 && s.depth <= (currentJob?.depth ?? INFERRED)) {
      openJob(s, withRow(header, rows));
      continue;
    }
    if (preamble) {
      if (isNarrative(s.nodes, options)) openJob(s, {});
      else openPersonal('contact', s);
      continue;
    }
    // The first question of a career told as questions ("### What's your job right now?") starts the story even when
    // its answer names no tool.
    if (s.heading !== null && !currentJob && questions >= 3 && isQuestionHeading(s.heading)) {
      openJob(s, {});
      continue;
    }
    // A heading of no known kind among dated job headings ("Side stuff") is not a job; among plain headings, a
    // narrative under it is ("## Fabrikam" and a story).
    if (isNarrative(s.nodes, options) && !(s.heading !== null && datedDepths.has(s.depth))) {
      openJob(s, jobLike ? header : {});
      continue;
    }
    // A heading over question sections names the job's employer, or is a chapter title the story's employer replaces.
    if (narrativeBelow(sections, i, options) && !datedDepths.has(s.depth)) {
      openJob(s, header);
      continue;
    }
    openPersonal('other', s);
  }
  return asReview(sections, { jobs, personal });
}

/**
 * A heading with no text of its own whose sub-headings ask the narrative's questions ("## The law firm years" over
 * "### What did you build?"): the story is below it.
 */
function narrativeBelow(sections: Section[], i: number, options: ClassifyOptions): boolean {
  const s = sections[i];
  if (!s || s.heading === null || texts(s.nodes).length > 0) return false;
  const below: Node[] = [];
  let questions = 0;
  for (const next of sections.slice(i + 1)) {
    if (next.heading === null || next.depth <= s.depth) break;
    if (next.heading.trim().endsWith('?')) questions += 1;
    below.push(...next.nodes);
  }
  return questions >= 2 && isNarrative(below, options);
}

/**
 * An Experience table's rows by company key. Two rows of one employer are a promotion: the latest title, from the
 * earliest start to the latest end.
 */
function tableRows(s: Section): Map<string, JobHeader> {
  const rows = new Map<string, JobHeader>();
  for (const row of texts(s.nodes)) {
    if (row.role !== 'row' || !row.cells || row.bold) continue;
    const parsed = parseHeader(row.cells);
    if (!parsed.company) continue;
    const key = companyKey(parsed.company);
    const seen = rows.get(key);
    if (!seen?.start || !parsed.start) {
      if (!seen) rows.set(key, parsed);
      continue;
    }
    const [early, late] = seen.start <= parsed.start ? [seen, parsed] : [parsed, seen];
    rows.set(key, { ...late, start: early.start });
  }
  return rows;
}

/** Fills what a job heading lacks (title, dates) from the Experience table's row for the same company. */
function withRow(header: JobHeader, rows: Map<string, JobHeader>): JobHeader {
  if (!header.company || (header.title && header.start) || rows.size === 0) return header;
  const key = companyKey(header.company);
  let row = rows.get(key);
  // "Cartwheel Commerce" heads the section; the table says "Cartwheel Commerce, Amsterdam".
  if (!row) for (const [k, r] of rows) if (k.startsWith(`${key}-`) || key.startsWith(`${k}-`)) row = r;
  // "#### Voyagr — flight search" over the table's "Voyagr Travel Ltd": the full legal name is the employer's.
  const fuller =
    row?.company !== undefined &&
    companyKey(row.company).startsWith(`${key}-`) &&
    COMPANY_ENDING.test(row.company);
  return row ? { ...row, ...header, company: fuller ? row.company : header.company } : header;
}
