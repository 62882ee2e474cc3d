import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { SeedError } from '../errors.js';
import type { Candidate, Evidence, Job, PersonDocument, Skill } from '../model.js';
import { decodeInput } from '../parse/decode.js';
import { looksLikeJson, parseJsonResume, type ResumeKeywords } from '../parse/json-resume.js';
import { parseMarkdown, type RawNarrative } from '../parse/markdown.js';
import { loadTaxonomy, type Taxonomy } from '../taxonomy/load.js';
import { ToolMatcher } from '../taxonomy/matcher.js';
import { findCandidates } from './candidates.js';
import { extractJob, type Unit } from './narrative.js';

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

interface FileResult {
  person: string;
  file: string;
  jobs: Job[];
  units: Unit[][];
  skills: Skill[];
  unknownKeywords: Candidate[];
}

function readInput(file: string): Uint8Array {
  try {
    if (!statSync(file).isFile()) throw new SeedError('FILE_NOT_FOUND', 'not a file', file);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof SeedError) throw error;
    throw new SeedError(
      'FILE_NOT_FOUND',
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      file,
    );
  }
}

function keywordEvidence(
  group: ResumeKeywords,
  matcher: ToolMatcher,
  taxonomy: Taxonomy,
  file: string,
): { evidence: Evidence; unknown: Candidate[] } {
  const toolIds: string[] = [];
  const unknown: Candidate[] = [];
  for (const keyword of group.keywords) {
    const id = matcher.lookupExact(keyword) ?? matcher.matchSentence(keyword)[0]?.toolId;
    if (id) {
      if (!toolIds.includes(id)) toolIds.push(id);
    } else if (!taxonomy.notTools.has(keyword.toLowerCase())) {
      unknown.push({ term: keyword, count: 1, file, line: group.line });
    }
  }
  return {
    evidence: {
      text: `${group.label}: ${group.keywords.join(', ')}`,
      section: 'Skills',
      line: group.line,
      toolIds,
    },
    unknown,
  };
}

function extractFile(
  file: string,
  options: ExtractOptions,
  taxonomy: Taxonomy,
  matcher: ToolMatcher,
): FileResult {
  const text = decodeInput(readInput(file), file);
  let narratives: RawNarrative[];
  let documentFrontMatter: Record<string, unknown> = {};
  let personFromFile: string | undefined;
  let keywords: ResumeKeywords[] = [];
  const json = extname(file).toLowerCase() === '.json' || looksLikeJson(text);
  if (json) {
    const resume = parseJsonResume(text, file);
    narratives = resume.narratives;
    personFromFile = resume.person;
    keywords = resume.keywords;
  } else {
    const parsed = parseMarkdown(text, file);
    narratives = parsed.narratives;
    documentFrontMatter = parsed.frontMatter;
    const p = parsed.frontMatter.person ?? parsed.frontMatter.name;
    if (typeof p === 'string' && p.trim()) personFromFile = p.trim();
  }

  const jobs: Job[] = [];
  const units: Unit[][] = [];
  for (const raw of narratives) {
    const { job, units: u } = extractJob(raw, {
      file,
      ordinal: jobs.length + 1,
      matcher,
      taxonomy,
      documentFrontMatter,
      single: narratives.length === 1,
    });
    // A stretch of text with neither an employer nor a tool is not a job narrative (a title page, notes).
    if (!job.company && job.tools.length === 0 && !json) continue;
    jobs.push(job);
    units.push(u);
  }

  const skills = new Map<string, Skill>();
  const unknownKeywords: Candidate[] = [];
  for (const group of keywords) {
    const { evidence, unknown } = keywordEvidence(group, matcher, taxonomy, file);
    unknownKeywords.push(...unknown);
    if (evidence.toolIds.length === 0) continue;
    const job = group.job !== undefined ? jobs[group.job] : undefined;
    if (job) {
      job.evidence.push(evidence);
      for (const id of evidence.toolIds) {
        const use = job.tools.find((t) => t.toolId === id);
        if (use) use.mentions += 1;
        else job.tools.push({ toolId: id, stance: 'used', mentions: 1, spellings: [] });
      }
    } else {
      for (const id of evidence.toolIds) {
        const skill = skills.get(id) ?? { toolId: id, evidence: [] };
        skill.evidence.push({ ...evidence, toolIds: [id] });
        skills.set(id, skill);
      }
    }
  }

  if (jobs.length === 0 && skills.size === 0) {
    throw new SeedError(
      'NO_NARRATIVES',
      json
        ? 'this JSON Resume has no work entries and no skills that name a known tool'
        : 'no job narratives found: expected "### Project Narratives" sections (see the README for the format), ' +
            'or text that names an employer or a tool',
      file,
      1,
    );
  }
  const person = options.person ?? personFromFile ?? personFromFileName(file);
  return { person, file, jobs, units, skills: [...skills.values()], unknownKeywords };
}

/**
 * Extracts the model from narrative files (Markdown or JSON Resume) without touching the database: one
 * PersonDocument per person, with their jobs in file order, the tools with evidence, and the candidate terms that look
 * like tools but are not in the taxonomy.
 */
export function extractDocuments(files: string[], options: ExtractOptions = {}): ExtractResult {
  const taxonomy = options.taxonomy ?? loadTaxonomy(options.taxonomyFiles ?? []);
  const matcher = new ToolMatcher(taxonomy);
  const byPerson = new Map<string, PersonDocument>();
  for (const file of files) {
    const result = extractFile(file, options, taxonomy, matcher);
    options.onFile?.(file, result.jobs.length, 0);
    const id = `person:${slug(result.person)}`;
    const doc =
      byPerson.get(id) ??
      ({
        person: { id, name: result.person },
        files: [],
        jobs: [],
        skills: [],
        candidates: [],
        warnings: [],
      } as PersonDocument);
    doc.files.push(file);
    for (const job of result.jobs) {
      job.ordinal = doc.jobs.length + 1;
      doc.jobs.push(job);
      if (!job.company)
        doc.warnings.push(`${file}:${job.line}: no company found; add "company: ..." front matter`);
      if (job.tools.length === 0) doc.warnings.push(`${file}:${job.line}: no known tools in this narrative`);
    }
    for (const skill of result.skills) {
      const existing = doc.skills.find((s) => s.toolId === skill.toolId);
      if (existing) existing.evidence.push(...skill.evidence);
      else doc.skills.push(skill);
    }

    const ignore = new Set(taxonomy.notTools);
    // Names of the person and the employers are proper nouns but not tools; roles and titles are phrases to skip whole.
    const names = [result.person, ...result.jobs.map((j) => j.company ?? '')];
    for (const name of names)
      for (const word of name.split(/[\s,.'’]+/)) if (word) ignore.add(word.toLowerCase());
    const phrases = [...names, ...result.jobs.flatMap((j) => [j.title ?? '', ...j.team.map((r) => r.role)])];
    for (const phrase of phrases) if (phrase) ignore.add(phrase.toLowerCase());
    const inputs = result.units.flat().map((u) => ({
      text: u.text,
      line: u.line,
      isTitle: u.isTitle,
      covered: u.mentions,
    }));
    const found = [...findCandidates(inputs, file, ignore), ...result.unknownKeywords];
    for (const c of found) {
      const hit = doc.candidates.find((x) => x.term.toLowerCase() === c.term.toLowerCase());
      if (hit) hit.count += c.count;
      else doc.candidates.push(c);
    }
    byPerson.set(id, doc);
  }
  return { people: [...byPerson.values()], taxonomy };
}
