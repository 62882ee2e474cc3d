import type {
  Challenge,
  Contribution,
  Evidence,
  Feature,
  Incident,
  Job,
  Practice,
  PracticeKind,
  ToolUse,
} from '../model.js';
import type { Block, RawNarrative } from '../parse/markdown.js';
import type { Taxonomy } from '../taxonomy/load.js';
import type { Mention, ToolMatcher } from '../taxonomy/matcher.js';
import { findCompany } from './company.js';
import { parseLeadCode } from './lead-code.js';
import { classifyQuestion, FIELD_SECTION, type Field } from './questions.js';
import { splitSentences } from './sentences.js';
import { parseTeam, titleCase } from './team.js';

export interface NarrativeContext {
  file: string;
  ordinal: number;
  matcher: ToolMatcher;
  taxonomy: Taxonomy;
  /** Front matter of the whole file; a narrative's own front matter overrides it. */
  documentFrontMatter: Record<string, unknown>;
  /** True when the file holds one narrative, so file-level company/title/dates apply to it. */
  single: boolean;
}

/** A sentence-sized piece of text with its tools, before it becomes evidence. */
export interface Unit {
  text: string;
  section: string;
  line: number;
  mentions: Mention[];
  /** Bullet titles are Title Case, so capitalisation there says nothing about product names. */
  isTitle: boolean;
  /**
   * For the first sentence of a "Title: text" bullet, its title: the evidence reads "Security and compliance concerns:
   * Implemented Intune ...", which says why the tool was used, and the title's own tools count for it.
   */
  lead?: Unit;
}

/** Short names of the cloud platforms, for Job.platform. */
const PLATFORM_NAMES: Record<string, string> = {
  'amazon-web-services': 'AWS',
  'google-cloud-platform': 'GCP',
  'microsoft-azure': 'Azure',
};

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

function fieldOf(block: Block): Field | undefined {
  return block.question ? classifyQuestion(block.question) : undefined;
}

function sectionOf(block: Block): string {
  switch (block.part) {
    case 'contributions':
      return 'Contributions';
    case 'incident':
      return 'Production incident';
    case 'summary':
      return 'Summary';
    case 'intro':
      return block.question ? FIELD_SECTION[classifyQuestion(block.question)] : 'Introduction';
    default:
      return FIELD_SECTION[fieldOf(block) ?? 'other'];
  }
}

function stringField(fm: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = fm[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return undefined;
}

function incidentField(title: string): keyof Omit<Incident, 'line' | 'toolIds'> | undefined {
  const t = title.toLowerCase();
  if (/root cause|cause/.test(t)) return 'cause';
  if (/rectif|fix|resol|remed|mitigat|solution|recover/.test(t)) return 'rectification';
  if (/learn|lesson|takeaway|take-away/.test(t)) return 'learning';
  if (/failure|incident|issue|problem|outage|what happened|technical/.test(t)) return 'failure';
  return undefined;
}

/** Words that make a phrase a role rather than a company ("Senior Engineer", "Head of Data"). */
const ROLE_WORDS =
  /\b(?:engineer|developer|lead|manager|architect|scientist|analyst|administrator|consultant|director|head|intern|designer|sre|devops|programmer|specialist|officer|cto|vp|owner)\b/i;

/**
 * Reads a narrative's heading: "Senior Engineer at Acme (2019–2021)", "Acme Corp — Platform Lead", "Initech, 2021-2023"
 * or "Acme Corp (2019-2021)". Dates in it become the job's dates; the side that names a role is the title, the other
 * the company.
 */
export function parseHeading(heading: string): {
  title?: string;
  company?: string;
  start?: string;
  end?: string;
} {
  const out: { title?: string; company?: string; start?: string; end?: string } = {};
  const year = String.raw`(?:19|20)\d{2}(?:[-/.]\d{1,2})?`;
  const dates = new RegExp(
    String.raw`[(,]?\s*(${year})\s*(?:–|—|-|to)\s*(${year}|present|now|current|today)\s*\)?`,
    'i',
  );
  let rest = heading;
  const d = dates.exec(heading);
  if (d?.[1]) {
    out.start = d[1];
    if (d[2]) out.end = d[2];
    rest = heading.replace(d[0], ' ');
  }
  rest = rest.replace(/[(),\s–—|-]+$/, '').trim();
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(rest);
  if (at?.[1] && at[2]) return { ...out, title: at[1].trim(), company: at[2].trim() };
  const parts = rest
    .split(/\s+[—–|]\s+|\s+-\s+|,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const role = parts.find((p) => ROLE_WORDS.test(p));
  const other = parts.find((p) => p !== role && !ROLE_WORDS.test(p));
  if (role) out.title = role;
  // A bare phrase ("Career narratives") is a document title, not an employer: a company needs a role or dates beside it.
  if (other && /^\p{Lu}/u.test(other) && (role || out.start)) out.company = other;
  return out;
}

/** Splits a block into sentences (and its title), each with the tools it names and its source line. */
export function blockUnits(block: Block, matcher: ToolMatcher): Unit[] {
  const section = sectionOf(block);
  const units: Unit[] = [];
  const title: Unit | undefined = block.title
    ? {
        text: block.title,
        section,
        line: block.line,
        mentions: matcher.matchSentence(block.title),
        isTitle: true,
      }
    : undefined;
  if (title) units.push(title);
  for (const [i, sentence] of splitSentences(block.text).entries()) {
    let newlines = 0;
    for (let i = 0; i < sentence.start; i++) if (block.text.charCodeAt(i) === 10) newlines++;
    const text = flat(sentence.text);
    units.push({
      text,
      section,
      line: block.line + newlines,
      mentions: matcher.matchSentence(text),
      isTitle: false,
      ...(i === 0 && title ? { lead: title } : {}),
    });
  }
  return units;
}

/** Turns one parsed narrative into a Job: structured fields, tools with evidence, challenges and the incident. */
export function extractJob(raw: RawNarrative, ctx: NarrativeContext): { job: Job; units: Unit[] } {
  const fm = { ...(ctx.single ? ctx.documentFrontMatter : {}), ...raw.frontMatter };
  const byBlock = new Map<Block, Unit[]>();
  const units: Unit[] = [];
  for (const block of raw.blocks) {
    const u = blockUnits(block, ctx.matcher);
    byBlock.set(block, u);
    units.push(...u);
  }
  const toolsOf = (blocks: Block[]) =>
    unique(blocks.flatMap((b) => (byBlock.get(b) ?? []).flatMap((u) => u.mentions.map((m) => m.toolId))));

  const answers = (field: Field) => raw.blocks.filter((b) => b.part !== 'summary' && fieldOf(b) === field);
  const answerText = (field: Field) => {
    const text = answers(field)
      .filter((b) => b.kind === 'answer' || b.kind === 'paragraph')
      .map((b) => flat(b.text))
      .join(' ');
    return text || null;
  };

  // Features: the bullets under the features question; a prose answer counts as one feature unless it only
  // introduces a list ("I implemented several key features:").
  const features: Feature[] = [];
  for (const b of answers('features')) {
    const text = flat(b.title ? `${b.title}: ${b.text}` : b.text);
    if (b.kind === 'answer' && (text.endsWith(':') || answers('features').some((o) => o.kind !== 'answer')))
      continue;
    features.push({ text, line: b.line, toolIds: toolsOf([b]) });
  }

  const challenges: Challenge[] = [];
  for (const b of answers('challenges')) {
    if (b.kind === 'answer') continue;
    let title = b.title ?? '';
    let resolution: string | null = flat(b.text) || null;
    if (!b.title) {
      const colon = b.text.indexOf(': ');
      const head = colon > 0 ? b.text.slice(0, colon) : '';
      if (head && head.split(/\s+/).length <= 16) {
        title = head;
        resolution = flat(b.text.slice(colon + 2)) || null;
      } else {
        title = flat(b.text);
        resolution = null;
      }
    }
    challenges.push({ title: flat(title), resolution, line: b.line, toolIds: toolsOf([b]) });
  }

  const contributions: Contribution[] = raw.blocks
    .filter((b) => b.part === 'contributions' && (b.kind === 'titled' || b.kind === 'bullet'))
    .map((b) => ({
      title: flat(b.title ?? b.text.split(/[:.]/)[0] ?? b.text),
      text: flat(b.text),
      line: b.line,
      toolIds: toolsOf([b]),
    }));

  const incidents: Incident[] = [];
  const incidentBlocks: Block[][] = [];
  for (const b of raw.blocks.filter((x) => x.part === 'incident')) {
    const field = b.title ? incidentField(b.title) : undefined;
    let current = incidents[incidents.length - 1];
    if (!current || (field === 'failure' && current.failure)) {
      current = { failure: '', cause: null, rectification: null, learning: null, line: b.line, toolIds: [] };
      incidents.push(current);
      incidentBlocks.push([]);
    }
    incidentBlocks[incidentBlocks.length - 1]?.push(b);
    const text = flat(b.text);
    if (field && field !== 'failure') current[field] = current[field] ? `${current[field]} ${text}` : text;
    else current.failure = current.failure ? `${current.failure} ${text}` : text;
  }
  incidents.forEach((incident, i) => {
    incident.toolIds = toolsOf(incidentBlocks[i] ?? []);
    if (!incident.failure) incident.failure = incident.cause ?? 'Production incident';
  });

  const practices: Practice[] = [];
  const practiceFields: [Field, PracticeKind][] = [
    ['taskManagement', 'task-management'],
    ['testing', 'testing'],
    ['meetings', 'meetings'],
  ];
  for (const [field, kind] of practiceFields) {
    const blocks = answers(field);
    const text = blocks.map((b) => flat(b.title ? `${b.title}: ${b.text}` : b.text)).join(' ');
    if (text) practices.push({ kind, text, line: blocks[0]?.line ?? raw.line, toolIds: toolsOf(blocks) });
  }

  const summaryBlocks = raw.blocks.filter((b) => b.part === 'summary');
  const summary = summaryBlocks.map((b) => flat(b.text)).join('\n\n') || null;

  // A title followed by text is evidence together with its first sentence, not on its own.
  const leads = new Set(units.map((u) => u.lead).filter(Boolean));
  const evidence: Evidence[] = units
    .filter((u) => !leads.has(u))
    .map((u) => ({
      text: u.lead ? `${u.lead.text}: ${u.text}` : u.text,
      section: u.section,
      line: u.line,
      toolIds: unique([...(u.lead?.mentions ?? []), ...u.mentions].map((m) => m.toolId)),
    }))
    .filter((e) => e.toolIds.length > 0);

  const uses = new Map<string, ToolUse>();
  for (const u of units) {
    for (const m of u.mentions) {
      const use: ToolUse = uses.get(m.toolId) ?? { toolId: m.toolId, stance: 'used', mentions: 0, spellings: [] };
      use.mentions += 1;
      if (!use.spellings.includes(m.text)) use.spellings.push(m.text);
      uses.set(m.toolId, use);
    }
  }
  const tools = [...uses.values()].sort(
    (a, b) => b.mentions - a.mentions || a.toolId.localeCompare(b.toolId),
  );

  // Narratives written as prose, without the usual questions, state the team and the split in some sentence.
  const sentenceLike = (re: RegExp) =>
    units.filter((u) => !u.isTitle && re.test(u.text)).map((u) => u.text)[0] ?? null;
  const teamText =
    answerText('team') ??
    sentenceLike(/\bteam\b.*(?:\bmembers?\b|\bmyself\b|\b\d+\s+\w*\s*(?:engineers|developers|people)\b)/i);
  const team = teamText ? parseTeam(teamText) : { size: null, roles: [], title: null };
  const leadCodeText =
    answerText('leadCode') ?? sentenceLike(/\d\s*(?:%|percent).*\b(?:lead|leading|cod(?:e|ing))\b/i);
  const leadCode = leadCodeText ? parseLeadCode(leadCodeText) : { lead: null, code: null };

  const whyHired = answerText('whyHired');
  const heading = raw.heading ? parseHeading(raw.heading) : {};
  const hiredAs = whyHired && /\bhired as (?:an?|the) ([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5})/.exec(whyHired);
  const title =
    stringField(fm, 'title', 'role', 'position') ??
    team.title ??
    (hiredAs?.[1] ? titleCase(hiredAs[1]) : undefined) ??
    heading.title ??
    null;

  const isTool = (phrase: string) => {
    if (ctx.taxonomy.notTools.has(phrase.toLowerCase())) return true;
    const mentions = ctx.matcher.matchSentence(phrase);
    return mentions.length > 0 && mentions.some((m) => m.start === 0 || m.end >= phrase.length - 1);
  };
  const companyTexts = [
    ...summaryBlocks.map((b) => b.text),
    ...raw.blocks.filter((b) => b.part !== 'summary').map((b) => b.text),
  ];
  const company =
    stringField(fm, 'company', 'employer', 'organization') ??
    findCompany(companyTexts, isTool) ??
    heading.company ??
    null;

  const clouds = tools.map((t) => PLATFORM_NAMES[t.toolId]).filter((p): p is string => Boolean(p));
  const platform = stringField(fm, 'platform', 'cloud') ?? (clouds.length > 0 ? clouds.join(', ') : null);

  const dates = stringField(fm, 'dates');
  const [datesStart, datesEnd] = dates ? dates.split(/\s*(?:–|—|-|to)\s*/) : [];

  const job: Job = {
    ordinal: ctx.ordinal,
    file: ctx.file,
    line: raw.line,
    company,
    title,
    platform,
    startDate: stringField(fm, 'start', 'startDate', 'from') ?? datesStart ?? heading.start ?? null,
    endDate: stringField(fm, 'end', 'endDate', 'to') ?? datesEnd ?? heading.end ?? null,
    whyHired,
    startingPoint: answerText('startingPoint'),
    app: answerText('app'),
    endUsers: answerText('endUsers'),
    leadPercent: leadCode.lead,
    codePercent: leadCode.code,
    teamSize: team.size,
    team: team.roles,
    features,
    contributions,
    challenges,
    incidents,
    practices,
    summary,
    tools,
    otherMentions: [],
    evidence,
  };
  return { job, units };
}
