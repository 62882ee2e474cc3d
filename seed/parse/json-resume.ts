import { SeedError } from '../errors.js';
import type { Block, RawNarrative } from './markdown.js';

interface ResumeWork {
  name?: string;
  company?: string;
  position?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

interface Resume {
  basics?: { name?: string };
  work?: ResumeWork[];
  skills?: { name?: string; keywords?: string[] }[];
  projects?: {
    name?: string;
    entity?: string;
    description?: string;
    keywords?: string[];
    highlights?: string[];
  }[];
}

export interface ResumeKeywords {
  /** Where the keywords came from, shown as the evidence ("Skills: Data engineering"). */
  label: string;
  keywords: string[];
  line: number;
  /** Index into `narratives` when the keywords belong to a job (a project whose entity is that employer). */
  job?: number;
}

export interface ParsedResume {
  person: string | undefined;
  narratives: RawNarrative[];
  keywords: ResumeKeywords[];
}

/** True when a file is (probably) a JSON Resume rather than Markdown. */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * Reads a JSON Resume (jsonresume.org schema): each work entry becomes a narrative whose summary and highlights go
 * through the same tool matcher as prose, and skills and project keywords become tools. Line numbers point at the
 * strings in the JSON so evidence can be traced back.
 */
export function parseJsonResume(text: string, file: string): ParsedResume {
  let data: Resume;
  try {
    data = JSON.parse(text) as Resume;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position?.[1] ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new SeedError('INVALID_JSON_RESUME', `invalid JSON: ${message}`, file, line);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SeedError(
      'INVALID_JSON_RESUME',
      'a JSON Resume is an object with "basics", "work", "skills"',
      file,
      1,
    );
  }
  if (!Array.isArray(data.work) && !Array.isArray(data.skills)) {
    throw new SeedError(
      'INVALID_JSON_RESUME',
      'this JSON has neither "work" nor "skills": it is not a JSON Resume',
      file,
      1,
    );
  }

  let cursor = 0;
  // Finds the line of a string value, searching forward so repeated strings get their own lines.
  const lineOf = (value: string): number => {
    const needle = JSON.stringify(value);
    let at = text.indexOf(needle, cursor);
    if (at < 0) at = text.indexOf(needle);
    if (at < 0) return 1;
    cursor = at + needle.length;
    return text.slice(0, at).split('\n').length;
  };

  const narratives: RawNarrative[] = [];
  const employers = new Map<string, number>();
  for (const work of data.work ?? []) {
    const company = work.name ?? work.company;
    const blocks: Block[] = [];
    if (work.summary) {
      blocks.push({ kind: 'paragraph', part: 'description', text: work.summary, line: lineOf(work.summary) });
    }
    for (const highlight of work.highlights ?? []) {
      if (typeof highlight !== 'string') continue;
      blocks.push({
        kind: 'bullet',
        part: 'description',
        question: 'What did you implement?',
        text: highlight,
        line: lineOf(highlight),
      });
    }
    const frontMatter: Record<string, unknown> = {};
    if (company) frontMatter.company = company;
    if (work.position) frontMatter.title = work.position;
    if (work.startDate) frontMatter.start = work.startDate;
    if (work.endDate) frontMatter.end = work.endDate;
    if (company) employers.set(company.toLowerCase(), narratives.length);
    narratives.push({ line: company ? lineOf(company) : 1, frontMatter, blocks });
  }

  const keywords: ResumeKeywords[] = [];
  for (const skill of data.skills ?? []) {
    const list = (skill.keywords ?? []).filter((k): k is string => typeof k === 'string');
    if (skill.name) list.unshift(skill.name);
    if (list.length)
      keywords.push({
        label: `Skills: ${skill.name ?? 'keywords'}`,
        keywords: list,
        line: lineOf(list[0] as string),
      });
  }
  for (const project of data.projects ?? []) {
    const list = (project.keywords ?? []).filter((k): k is string => typeof k === 'string');
    if (!list.length) continue;
    const job = project.entity ? employers.get(project.entity.toLowerCase()) : undefined;
    keywords.push({
      label: `Project: ${project.name ?? 'untitled'}`,
      keywords: list,
      line: lineOf(list[0] as string),
      ...(job !== undefined ? { job } : {}),
    });
  }
  return { person: data.basics?.name, narratives, keywords };
}
