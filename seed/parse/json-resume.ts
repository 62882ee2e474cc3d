import { decodeHTMLStrict } from 'entities';
import { z } from 'zod';
import { SeedError } from '../errors.js';
import type { JobDraft, PersonalPart, Structure } from '../structure/classify.js';
import { normaliseDate, proseDates } from '../structure/dates.js';
import { asPersonName } from '../structure/names.js';
import type { PersonalKind } from '../structure/vocabulary.js';
import { jsonLines } from './json-lines.js';
import { type TextNode, textNode } from './nodes.js';

// The parts of the JSON Resume schema (jsonresume.org) Skillgraph reads, checked before anything is read from them:
// a wrong type is a `file:line: work[0].name must be a string` error, not a TypeError deep in the seeder.
const text = z.string();
const texts = z.array(z.string());
const entry = <T extends z.ZodRawShape>(shape: T) => z.object(shape).passthrough();
const resumeSchema = entry({
  basics: entry({ name: text.optional(), label: text.optional(), summary: text.optional() }).optional(),
  work: z
    .array(
      entry({
        name: text.optional(),
        company: text.optional(),
        position: text.optional(),
        // Not in the schema, but exporters write them: "title" for position, "description" for summary, and a
        // "keywords" list as projects have.
        title: text.optional(),
        startDate: text.optional(),
        endDate: text.optional(),
        summary: text.optional(),
        description: text.optional(),
        highlights: texts.optional(),
        keywords: texts.optional(),
      }),
    )
    .optional(),
  volunteer: z
    .array(entry({ organization: text.optional(), summary: text.optional(), highlights: texts.optional() }))
    .optional(),
  skills: z.array(entry({ name: text.optional(), keywords: texts.optional() })).optional(),
  projects: z
    .array(
      entry({
        name: text.optional(),
        entity: text.optional(),
        description: text.optional(),
        keywords: texts.optional(),
        highlights: texts.optional(),
      }),
    )
    .optional(),
  certificates: z.array(entry({ name: text.optional(), issuer: text.optional() })).optional(),
  education: z
    .array(entry({ institution: text.optional(), area: text.optional(), courses: texts.optional() }))
    .optional(),
  publications: z.array(entry({ name: text.optional(), summary: text.optional() })).optional(),
  awards: z.array(entry({ title: text.optional(), summary: text.optional() })).optional(),
  languages: z.array(entry({ language: text.optional() })).optional(),
  interests: z.array(entry({ name: text.optional(), keywords: texts.optional() })).optional(),
});
type Resume = z.infer<typeof resumeSchema>;

export interface ParsedResume {
  person: string | undefined;
  structure: Structure;
}

/** True when a file is (probably) JSON rather than Markdown or text. */
export function looksLikeJson(content: string): boolean {
  return /^\s*\{/.test(content);
}

/** "work[0].name" from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function validate(data: unknown, file: string, lines: Map<string, number>): Resume {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SeedError(
      'INVALID_JSON_RESUME',
      'a JSON Resume is an object with "basics", "work", "skills"',
      file,
      1,
    );
  }
  const parsed = resumeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const expected = (issue as { expected?: string } | undefined)?.expected;
    const what =
      expected === 'string'
        ? 'must be a string'
        : expected === 'array'
          ? 'must be a list'
          : expected === 'object'
            ? 'must be an object'
            : (issue?.message ?? 'is invalid');
    throw new SeedError(
      'INVALID_JSON_RESUME',
      `${pathText(path)} ${what}`,
      file,
      lines.get(path.join('.')) ?? 1,
    );
  }
  const resume = parsed.data;
  if (!Array.isArray(resume.work) && !Array.isArray(resume.skills)) {
    throw new SeedError(
      'INVALID_JSON_RESUME',
      'this JSON has neither "work" nor "skills": it is not a JSON Resume',
      file,
      1,
    );
  }
  return resume;
}

/** A closing note on the terms of a post: "(maternity cover)", "(contract)", "(part-time, 0.6 FTE)". */
const EMPLOYMENT_NOTE =
  /\s*\((?:(?:maternity|paternity|parental)(?:\s+leave)?\s+cover|contract|temporary|temp|interim|fixed[- ]term(?:\s+contract)?|part[- ]time(?:,[^()]*)?|full[- ]time|job[- ]share(?:,[^()]*)?|secondment|seconded|locum|remote|hybrid|freelance)\)\s*$/i;

/**
 * Reads a JSON Resume: each work entry is a job (company, position and dates stated outright; summary and
 * highlights read like any prose), skills and the summary are the person's claimed skills, and projects are tools of
 * the job whose employer they name, or the person's own otherwise. Every string keeps its source line.
 */
/**
 * Some exporters write HTML entities into JSON strings ("design &amp; engineering", "Percy &rarr; Chromatic"); a
 * reader sees the characters, so the extractor does too.
 */
function decodeEntities(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('&') ? decodeHTMLStrict(value) : value;
  if (Array.isArray(value)) return value.map(decodeEntities);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeEntities(v)]));
  return value;
}

export function parseJsonResume(content: string, file: string): ParsedResume {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position?.[1] ? content.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new SeedError('INVALID_JSON_RESUME', `invalid JSON: ${message}`, file, line);
  }
  const lines = jsonLines(content);
  const resume = validate(decodeEntities(data), file, lines);
  const at = (...path: (string | number)[]) => lines.get(path.join('.')) ?? 1;

  const jobs: JobDraft[] = [];
  const employers = new Map<string, JobDraft>();
  // Volunteering an exporter filed under work ("Volunteer Mentor" at a code club) is read as volunteering.
  const volunteered: TextNode[] = [];
  for (const [i, work] of (resume.work ?? []).entries()) {
    const company = work.name ?? work.company;
    const nodes: TextNode[] = [];
    if (work.summary) nodes.push(textNode('paragraph', work.summary, at('work', i, 'summary')));
    if (work.description && work.description !== work.summary)
      nodes.push(textNode('paragraph', work.description, at('work', i, 'description')));
    for (const [h, highlight] of (work.highlights ?? []).entries())
      nodes.push(textNode('item', highlight, at('work', i, 'highlights', h)));
    if (work.keywords?.length) nodes.push(keywordNode('Tools', work.keywords, at('work', i, 'keywords')));
    const position = work.position ?? work.title;
    if (position && VOLUNTEER.test(position)) {
      volunteered.push(...nodes);
      continue;
    }
    const draft: JobDraft = {
      line: at('work', i),
      header: [],
      given: {
        ...(company ? { company } : {}),
        // "Box Office Manager (maternity cover)": the note on the post is not its title.
        ...(position ? { title: position.replace(EMPLOYMENT_NOTE, '').trim() } : {}),
        ...(work.startDate ? { start: normaliseDate(work.startDate) ?? undefined } : {}),
        // A work entry without an end date is the current job, unless its own text says when the person left.
        end: work.endDate
          ? normaliseDate(work.endDate)
          : (leftIn(
              nodes.map((n) => n.text),
              company,
              normaliseDate(work.startDate),
            ) ?? (work.startDate ? 'present' : null)),
      },
      nodes,
      frontMatter: {},
    };
    jobs.push(draft);
    if (company) employers.set(company.toLowerCase(), draft);
  }

  const personal: PersonalPart[] = [];
  const part = (kind: PersonalKind, line: number, nodes: TextNode[]) => {
    if (nodes.length) personal.push({ kind, heading: null, line, depth: 0, nodes });
  };
  if (resume.basics?.label)
    part('summary', at('basics', 'label'), [
      textNode('paragraph', resume.basics.label, at('basics', 'label')),
    ]);
  if (resume.basics?.summary)
    part('summary', at('basics', 'summary'), [
      textNode('paragraph', resume.basics.summary, at('basics', 'summary')),
    ]);
  // Each skill group is a keyword list: "Go" alone there can only be the language.
  part(
    'skills',
    at('skills'),
    (resume.skills ?? []).map((s, i) => keywordNode(s.name, s.keywords ?? [], at('skills', i))),
  );
  part(
    'certifications',
    at('certificates'),
    (resume.certificates ?? [])
      .filter((c) => c.name)
      .map((c, i) => textNode('paragraph', c.name as string, at('certificates', i, 'name'))),
  );
  for (const [i, project] of (resume.projects ?? []).entries()) {
    const job = project.entity ? employers.get(project.entity.toLowerCase()) : undefined;
    const nodes: TextNode[] = [];
    if (project.description)
      nodes.push(textNode('paragraph', project.description, at('projects', i, 'description')));
    for (const [h, highlight] of (project.highlights ?? []).entries())
      nodes.push(textNode('item', highlight, at('projects', i, 'highlights', h)));
    if (project.keywords?.length)
      nodes.push(
        keywordNode(
          `Project: ${project.name ?? 'untitled'}`,
          project.keywords,
          at('projects', i, 'keywords'),
        ),
      );
    if (job) job.nodes.push(...nodes);
    else part('projects', at('projects', i), nodes);
  }
  for (const [kind, list] of [
    ['volunteering', resume.volunteer],
    ['publications', resume.publications],
    ['awards', resume.awards],
  ] as const) {
    const key = kind === 'volunteering' ? 'volunteer' : kind;
    const nodes: TextNode[] = [];
    for (const [i, item] of (list ?? []).entries()) {
      const summary = (item as { summary?: string }).summary;
      if (summary) nodes.push(textNode('paragraph', summary, at(key, i, 'summary')));
      for (const [h, highlight] of ((item as { highlights?: string[] }).highlights ?? []).entries())
        nodes.push(textNode('item', highlight, at(key, i, 'highlights', h)));
    }
    part(kind, at(key), kind === 'volunteering' ? [...volunteered, ...nodes] : nodes);
  }
  // "Dr. Helena Sousa-Marr": the name without its honorific or degrees, as a heading's name is read.
  const name = resume.basics?.name;
  return { person: name ? (asPersonName(name) ?? name.trim()) : undefined, structure: { jobs, personal } };
}

/** "I left in the summer of 2020": the date the narrator's own leaving gives, in an entry without an end date. */
function leftIn(texts: string[], company: string | undefined, start: string | null): string | undefined {
  const own = company?.split(/\s+/)[0]?.toLowerCase();
  for (const text of texts)
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const left = /\bI\s+(?:left|departed|moved\s+on)\b(?:\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*))?/u.exec(
        sentence,
      );
      if (!left) continue;
      // "I joined after I left Accenture in March 2019": another employer's end.
      if (left[1] && own && left[1].toLowerCase().replace(/['’]s$/, '') !== own) continue;
      const date = proseDates(sentence.slice(left.index)).find((d) => d.index < 40);
      if (date && (!start || date.date >= start)) return date.date;
    }
  return undefined;
}

/** A role given as volunteering: "Volunteer Mentor", "Volunteer (weekends)", "Mentor (volunteer)"; not "Volunteer Coordinator". */
const VOLUNTEER =
  /^volunteer\b(?!\s+(?:coordinator|manager|programme|program|services))|\(\s*volunteer(?:ing)?\s*\)/i;

/** A keyword list ("Skills: Go, Java, Kafka") as one text node, read item by item. */
function keywordNode(label: string | undefined, keywords: string[], line: number): TextNode {
  return textNode('paragraph', `${label ? `${label}: ` : ''}${keywords.join(', ')}`, line, {
    keywords: true,
  });
}
