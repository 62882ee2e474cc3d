import { SeedError } from '../errors.js';
import type { Candidate, Job, PersonDocument, Skill } from '../model.js';
import { asciiDocToMarkdown, isAsciiDoc } from '../parse/asciidoc.js';
import { parseJsonResume } from '../parse/json-resume.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { Node } from '../parse/nodes.js';
import { parseText } from '../parse/text.js';
import { readInput } from '../read/input.js';
import { classifySections, type JobDraft, type PersonalPart, type Structure } from '../structure/classify.js';
import { type Section, splitSections } from '../structure/sections.js';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/load.js';
import { ToolMatcher } from '../taxonomy/matcher.js';
import type { WordLookup } from '../taxonomy/usage-context.js';
import { type CandidateInput, findCandidates } from './candidates.js';
import { claimedSkills } from './claimed.js';
import { extractJob, toolPhrase } from './job.js';
import { narratorView } from './narrator.js';
import { COUNT, readCount } from './numbers.js';
import { opensEmployment, splitByEmployer, splitByQuestions } from './paragraph-jobs.js';
import { asPersonName, personFromFileName, personFromLayout, personFromSections } from './person.js';
import { refineDatesFromProse } from './prose-dates.js';
import { mergeSameEmployer } from './same-employer.js';
import { documentWords, type Unit } from './units.js';

export { personFromFileName } from './person.js';

export interface ExtractOptions {
  /** Overrides the person of every file (`--person`). */
  person?: string;
  /** User taxonomy files merged over the built-in one (`--taxonomy`). */
  taxonomyFiles?: string[];
  /** A taxonomy already loaded (saves re-reading it for every call). */
  taxonomy?: Taxonomy;
  /** Called after each file, for progress output on large inputs. */
  onFile?: (file: string, jobs: number, bytes: number) => void;
}

export interface ExtractResult {
  people: PersonDocument[];
  taxonomy: Taxonomy;
}

/**
 * A person's id part: lower-case letters and digits of any script joined by hyphens ("Zoë Li" → "zoe-li",
 * "张伟" → "张伟"), so two people never collapse into one id unless their names do.
 */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

/** What one file holds, before it is merged into its person's document. */
export interface FileResult {
  person: string;
  file: string;
  bytes: number;
  jobs: Job[];
  claimed: Skill[];
  candidates: Candidate[];
}

/** Read and decode → parse (Markdown, plain text or JSON Resume) → sections → jobs and the person's own sections. */
function readStructure(
  file: string,
  matcher: ToolMatcher,
): {
  structure: Structure;
  frontMatter: Record<string, unknown>;
  person: string | undefined;
  json: boolean;
  bytes: number;
  words: WordLookup;
} {
  const input = readInput(file);
  const words = documentWords(input.text);
  if (input.format === 'json-resume') {
    const resume = parseJsonResume(input.text, file);
    return {
      structure: resume.structure,
      frontMatter: {},
      person: resume.person,
      json: true,
      bytes: input.bytes,
      words,
    };
  }
  const asciidoc = /\.(?:adoc|asciidoc|asc)$/i.test(file) || isAsciiDoc(input.text);
  const parsed = asciidoc
    ? parseMarkdown(asciiDocToMarkdown(input.text), file)
    : input.format === 'markdown'
      ? parseMarkdown(input.text, file)
      : parseText(input.text, {
          isTool: (word) => matcher.matchSentence(word).some((m) => m.start === 0 && m.end === word.length),
        });
  const sections: Section[] = splitSections(parsed.nodes);
  const structure = classifySections(sections, {
    namesTool: (text) => matcher.matchSentence(text).length > 0,
  });
  const named = parsed.frontMatter.person ?? parsed.frontMatter.name;
  const person =
    typeof named === 'string' && named.trim()
      ? // ("name: Joanna Okafor ACA CFE": letters after the name are no part of it.)
        (asPersonName(named) ?? named.trim())
      : (personFromSections(sections) ?? personFromLayout(input.text));
  return { structure, frontMatter: parsed.frontMatter, person, json: false, bytes: input.bytes, words };
}

/** Every text of the document, for telling who narrates it. */
function allTexts(structure: Structure): string[] {
  return [
    ...structure.jobs.flatMap((j) => j.nodes.map((n) => (n.type === 'text' ? n.text : ''))),
    ...structure.personal.flatMap((p) => p.nodes.map((n) => n.text)),
  ];
}

/**
 * A career essay written straight under the person's name ("# Priya Raghunathan" and paragraphs, a LinkedIn "About"):
 * with no job section anywhere, the paragraphs about the person are one draft, which splitByEmployer cuts at each
 * employment it opens. A draft it cannot cut names no employer of its own and is dropped like any other.
 */
function essayUnderName(
  structure: Structure,
  opens: (draft: JobDraft) => boolean,
  chapters: Set<JobDraft>,
): JobDraft[] {
  return structure.personal
    .filter((p) => (p.kind === 'contact' || p.kind === 'summary' || p.kind === 'other') && p.nodes.length > 0)
    .flatMap((p) => {
      const whole: JobDraft = { line: p.line, header: [], given: {}, nodes: [...p.nodes], frontMatter: {} };
      const told = p.kind === 'other' ? careerChapters(p, opens) : [];
      for (const c of told) chapters.add(c);
      return told.length > 1 ? told : [whole];
    });
}

/** The narrator starting a job, in words that need not name it. */
const STARTED =
  /\bI\s+(?:joined|started|began|moved\s+to|was\s+hired|came\s+to)\b|\b(?:hired|took\s+on|recruited)\s+me\b|\btook\s+me\s+on\b/;

/** A chapter heading that places a stretch of a career in time: "The forecasting years", "Now", "2016 to 2019". */
const TIME_CHAPTER =
  /\b(?:years|days|now|today|these\s+days|currently|before\s+that|after\s+that|since|earlier|later|(?:19|20)\d\d)\b/i;

/**
 * "## My career in questions" over "### The forecasting years", "### The university years", "### Now": chapters of a
 * career, each a job whose story names the employer, when at least two are dated by their heading or open an
 * employment. A chapter that is neither ("### The team") is part of the one before it.
 */
function careerChapters(part: PersonalPart, opens: (draft: JobDraft) => boolean): JobDraft[] {
  const list = part.chapters ?? [];
  if (list.length < 2) return [];
  const drafts = list.map(
    (c, i): JobDraft => ({
      line: c.line,
      header: [],
      given: {},
      nodes: part.nodes.slice(i === 0 ? 0 : c.from, list[i + 1]?.from ?? part.nodes.length),
      frontMatter: {},
    }),
  );
  // A heading placed in time is weak evidence alone ("### The Brexit years" at the same firm): its story must also
  // start something ("I started in April 2020").
  const jobLike = drafts.map(
    (d, i) =>
      opens(d) ||
      (TIME_CHAPTER.test(list[i]?.heading ?? '') &&
        d.nodes.some((n) => n.type === 'text' && STARTED.test(n.text))),
  );
  if (jobLike.filter(Boolean).length < 2) return [];
  const out: JobDraft[] = [];
  for (const [i, d] of drafts.entries()) {
    const last = out[out.length - 1];
    if (jobLike[i] || !last) out.push(d);
    else last.nodes.push(...d.nodes);
  }
  return out;
}

/**
 * In a career essay a job whose paragraph gives only its start ended when the next paragraph's job began ("In 2017 I
 * joined Corvid …", "Since 2021 I have been … at Pellmell"), as a reader takes it. Only for jobs cut from one essay,
 * and only forwards in time: a résumé's job without an end date says nothing about the job above it.
 */
function endsFromNextParagraph(jobs: Job[], essays: number[]): void {
  for (const [i, job] of jobs.entries()) {
    const next = jobs[i + 1];
    const group = essays[i] ?? -1;
    if (group < 0 || essays[i + 1] !== group || job.endDate || !job.startDate || !next?.startDate) continue;
    if (next.startDate > job.startDate) job.endDate = next.startDate;
  }
}

/** "Three years later I moved to England": a job's opening counted from the start of the one before it. */
const YEARS_LATER = new RegExp(String.raw`^\W*(?:about\s+|some\s+)?(${COUNT})\s+years?\s+later\b`, 'i');

/** In a career essay, a job with no start of its own whose first sentence counts years from the job before. */
function startsFromPreviousParagraph(jobs: Job[], units: Unit[][], essays: number[]): void {
  for (const [i, job] of jobs.entries()) {
    const before = jobs[i - 1];
    const group = essays[i] ?? -1;
    if (group < 0 || essays[i - 1] !== group || job.startDate || !before?.startDate) continue;
    const first = units[i]?.find((u) => !u.isTitle)?.text ?? '';
    const later = readCount(YEARS_LATER.exec(first)?.[1] ?? '');
    if (!later) continue;
    const year = Number(before.startDate.slice(0, 4)) + later;
    if (!job.endDate || String(year) <= job.endDate) job.startDate = String(year);
  }
}

/** Extracts one file: its jobs (tools with stance and evidence), the skills it claims, and candidate terms. */
export function extractFile(
  file: string,
  options: ExtractOptions,
  taxonomy: Taxonomy,
  matcher: ToolMatcher,
): FileResult {
  const { structure, frontMatter, person: named, json, bytes, words } = readStructure(file, matcher);
  const drafted: Job[] = [];
  const draftedUnits: Unit[][] = [];
  const isTool = toolPhrase(taxonomy, matcher);
  const view = json ? undefined : narratorView(options.person ?? named, allTexts(structure));
  const opensOne = (d: JobDraft) => opensEmployment(d, isTool, view ?? ((t) => t));
  const chapters = new Set<JobDraft>();
  // Drafts cut from one essay share a group: their paragraphs follow each other in time.
  const essays: number[] = [];
  const drafts = json
    ? structure.jobs
    : (structure.jobs.length ? structure.jobs : essayUnderName(structure, opensOne, chapters)).flatMap(
        (d, group) => {
          const byQuestion = splitByQuestions(d, isTool, view);
          const cut =
            byQuestion.length > 1
              ? { drafts: byQuestion, opens: true }
              : splitByEmployer(d, isTool, view, structure.jobs.length === 0);
          const split = cut.drafts;
          // Paragraphs under a name that open no two employments are a profile, not a career, unless they tell one.
          if (structure.jobs.length === 0 && split.length < 2 && !chapters.has(d) && !cut.opens) return [];
          for (const _ of split) essays.push(split.length > 1 ? group : -1);
          return split;
        },
      );
  const draftedEssays: number[] = [];
  const kept: JobDraft[] = [];
  const extract = (draft: JobDraft, ordinal: number) =>
    extractJob(draft, {
      file,
      ordinal,
      matcher,
      taxonomy,
      documentFrontMatter: frontMatter,
      single: drafts.length === 1,
      documentWords: words,
      view,
    });
  for (const [index, draft] of drafts.entries()) {
    const { job, units: u } = extract(draft, drafted.length + 1);
    // A stretch of text with neither an employer nor a tool is not a job narrative (a title page, notes).
    if (!json && !job.company && job.tools.length === 0 && job.otherMentions.length === 0) continue;
    // "## Making machines agree about time" after the chapter that told of joining Lanternfish: an essay's theme
    // that names no employer, title or date goes on with the job before it.
    const before = kept[kept.length - 1];
    if (
      !json &&
      before &&
      draft.header.length <= 1 &&
      !job.company &&
      !job.title &&
      !job.startDate &&
      !job.endDate
    ) {
      const merged: JobDraft = { ...before, nodes: [...before.nodes, ...headingOf(draft), ...draft.nodes] };
      const again = extract(merged, drafted.length);
      kept[kept.length - 1] = merged;
      drafted[drafted.length - 1] = again.job;
      draftedUnits[draftedUnits.length - 1] = again.units;
      continue;
    }
    kept.push(draft);
    drafted.push(job);
    draftedUnits.push(u);
    draftedEssays.push(essays[index] ?? -1);
  }
  startsFromPreviousParagraph(drafted, draftedUnits, draftedEssays);
  endsFromNextParagraph(drafted, draftedEssays);
  const { jobs, units } = mergeSameEmployer(drafted, draftedUnits);
  if (!json) {
    const told = units.flat().map((u) => u.text);
    // A summary paragraph, one sentence at a time: each move is dated by its own sentence.
    const personal = structure.personal.flatMap((p) => p.nodes.flatMap((n) => n.text.split(/(?<=[.!?])\s+/)));
    refineDatesFromProse(jobs, [...told, ...personal].map(view ?? ((t) => t)), told.length);
  }
  const claimed = claimedSkills(structure.personal, matcher, taxonomy, file);
  if (jobs.length === 0 && claimed.skills.length === 0) {
    throw new SeedError(
      'NO_NARRATIVES',
      json
        ? 'this JSON Resume has no work entries and no skills that name a known tool'
        : 'no job narratives found: expected job sections (see docs/input-formats.md), or text that names an employer or a tool',
      file,
      1,
    );
  }
  const person = options.person ?? named ?? personFromFileName(file);

  const ignore = new Set(taxonomy.notTools);
  // Names of the person and the employers are proper nouns but not tools; roles and titles are phrases to skip whole.
  // (Every drafted job: a title a merge replaced is still a title.)
  const names = [person, ...drafted.map((j) => j.company ?? '')];
  for (const name of names)
    for (const word of name.split(/[\s,.'’]+/)) if (word) ignore.add(word.toLowerCase());
  for (const phrase of [...names, ...drafted.flatMap((j) => [j.title ?? '', ...j.team.map((r) => r.role)])])
    if (phrase) ignore.add(phrase.toLowerCase());
  const inputs: CandidateInput[] = units.flat().map((u) => ({
    text: u.text,
    line: u.line,
    isTitle: u.isTitle,
    covered: u.mentions,
    code: u.code,
  }));
  const candidates = [...findCandidates(inputs, file, ignore), ...claimed.unknown];
  return { person, file, bytes, jobs, claimed: claimed.skills, candidates };
}

/** A draft's heading as a node of the text it joins. */
const headingOf = (draft: JobDraft): Node[] => {
  const heading = draft.header[0];
  return heading ? [{ type: 'heading', depth: 2, text: heading.text, line: heading.line }] : [];
};

/** Adds one file's result to its person's document; candidates are merged by term in a map (linear time). */
function mergeFile(
  byPerson: Map<string, { doc: PersonDocument; candidates: Map<string, Candidate> }>,
  result: FileResult,
): void {
  const id = `person:${slug(result.person)}`;
  let entry = byPerson.get(id);
  if (!entry) {
    entry = {
      doc: {
        person: { id, name: result.person },
        files: [],
        jobs: [],
        claimed: [],
        candidates: [],
        warnings: [],
      },
      candidates: new Map(),
    };
    byPerson.set(id, entry);
  }
  const { doc } = entry;
  doc.files.push(result.file);
  for (const job of result.jobs) {
    job.ordinal = doc.jobs.length + 1;
    doc.jobs.push(job);
    if (!job.company)
      doc.warnings.push(`${result.file}:${job.line}: no company found; add "company: ..." front matter`);
    if (job.tools.length === 0)
      doc.warnings.push(`${result.file}:${job.line}: no known tools used in this job`);
  }
  for (const skill of result.claimed) {
    const existing = doc.claimed.find((s) => s.toolId === skill.toolId);
    if (existing) existing.evidence.push(...skill.evidence);
    else doc.claimed.push(skill);
  }
  for (const c of result.candidates) {
    const key = c.term.toLowerCase();
    const hit = entry.candidates.get(key);
    if (hit) hit.count += c.count;
    else {
      const copy = { ...c };
      entry.candidates.set(key, copy);
      doc.candidates.push(copy);
    }
  }
}

/** People from extracted files, in file order; candidates sorted by how often they were seen. */
export function mergeResults(results: FileResult[], taxonomy: Taxonomy): ExtractResult {
  const byPerson = new Map<string, { doc: PersonDocument; candidates: Map<string, Candidate> }>();
  for (const result of results) mergeFile(byPerson, result);
  const people = [...byPerson.values()].map(({ doc }) => {
    doc.candidates.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
    return doc;
  });
  return { people, taxonomy };
}

/**
 * Extracts the model from career documents (Markdown narratives and résumés, plain text, JSON Resume) without
 * touching the database: one PersonDocument per person, with their jobs in file order, the tools each job used with
 * evidence (and those it only mentioned, with their stance), the skills they claim, and the candidate terms that look
 * like tools but are not in the taxonomy. extractInParallel (parallel.ts) does the same on worker threads.
 */
export function extractDocuments(files: string[], options: ExtractOptions = {}): ExtractResult {
  const taxonomy = options.taxonomy ?? loadTaxonomy(options.taxonomyFiles ?? []);
  const matcher = new ToolMatcher(taxonomy);
  const results: FileResult[] = [];
  for (const file of files) {
    const result = extractFile(file, options, taxonomy, matcher);
    options.onFile?.(file, result.jobs.length, result.bytes);
    results.push(result);
  }
  return mergeResults(results, taxonomy);
}
