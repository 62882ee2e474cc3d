import type {
  Challenge,
  Contribution,
  Evidence,
  Feature,
  Incident,
  Job,
  Practice,
  PracticeKind,
  Stance,
  ToolMention,
  ToolUse,
} from '../model.js';
import type { JobDraft } from '../structure/classify.js';
import { findDateRange, normaliseDate, proseDates } from '../structure/dates.js';
import { titleCase } from '../structure/header.js';
import { ROLE_WORDS } from '../structure/vocabulary.js';
import type { Taxonomy } from '../taxonomy/load.js';
import type { ToolMatcher } from '../taxonomy/matcher.js';
import type { WordLookup } from '../taxonomy/usage-context.js';
import { type Block, jobBlocks } from './blocks.js';
import { findCompany } from './company.js';
import { parseLeadCode } from './lead-code.js';
import { FIELD_SECTION, type Field } from './questions.js';
import { parseTeam } from './team.js';
import { blockUnits, fieldOf, flat, type Unit, unitOf } from './units.js';

export interface JobContext {
  file: string;
  ordinal: number;
  matcher: ToolMatcher;
  taxonomy: Taxonomy;
  /** Front matter of the whole file; a job's own front matter overrides it. */
  documentFrontMatter: Record<string, unknown>;
  /** True when the file holds one job, so file-level company/title/dates apply to it. */
  single: boolean;
  /** The document's words, for judging ambiguous names by their field. */
  documentWords?: WordLookup;
}

/** Short names of the cloud platforms, for Job.platform. */
const PLATFORM_NAMES: Record<string, string> = {
  'amazon-web-services': 'AWS',
  'google-cloud-platform': 'GCP',
  'microsoft-azure': 'Azure',
};

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

function stringField(fm: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = fm[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return undefined;
}

/** A job's text as blocks and units, and the helpers the steps below share. */
interface JobText {
  blocks: Block[];
  units: Unit[];
  byBlock: Map<Block, Unit[]>;
  /** Blocks answering one question of the narrative. */
  answers(field: Field): Block[];
  /** The plain text of those answers, or null. */
  answerText(field: Field): string | null;
  /** The tools the given blocks used (not those they only evaluated, planned or attribute to others). */
  toolsOf(blocks: Block[]): string[];
}

function jobText(draft: JobDraft, matcher: ToolMatcher, words?: WordLookup): JobText {
  const blocks = jobBlocks(draft.nodes);
  const byBlock = new Map<Block, Unit[]>();
  const units: Unit[] = [];
  for (const block of blocks) {
    // A keyword list ("Skills: Puppet · Prometheus", JSON Resume project keywords) is read item by item.
    const u = block.keywords ? keywordUnits(block, matcher) : blockUnits(block, matcher, words);
    byBlock.set(block, u);
    units.push(...u);
  }
  const answers = (field: Field) => blocks.filter((b) => b.part !== 'summary' && fieldOf(b) === field);
  return {
    blocks,
    units,
    byBlock,
    answers,
    answerText: (field) => {
      const text = answers(field)
        .filter((b) => b.kind === 'answer' || b.kind === 'paragraph')
        .map((b) => flat(b.text))
        .join(' ');
      return text || null;
    },
    toolsOf: (list) =>
      unique(
        list.flatMap((b) =>
          (byBlock.get(b) ?? []).flatMap((u) =>
            u.mentions.filter((_, i) => isUsage(u.stances[i])).map((m) => m.toolId),
          ),
        ),
      ),
  };
}

const isUsage = (stance: Stance | undefined) => stance === 'used' || stance === 'migrated-from';

/** The section of the narrative question about the state of things on arrival. */
const STARTING_POINT = FIELD_SECTION.startingPoint;

/** A keyword list's items, each looked up as a name (an ambiguous "Go" alone in a list is the language). */
function keywordUnits(block: Block, matcher: ToolMatcher): Unit[] {
  const unit = unitOf(flat(block.text), 'Skills', block.line, matcher, false);
  const found = new Set(unit.mentions.map((m) => m.toolId));
  for (const item of listItems(block.text)) {
    const id = matcher.lookupExact(item);
    if (id && !found.has(id)) {
      found.add(id);
      const start = unit.text.indexOf(item);
      unit.mentions.push({
        toolId: id,
        text: item,
        start: Math.max(0, start),
        end: Math.max(0, start) + item.length,
      });
      unit.stances.push('used');
    }
  }
  return [unit];
}

/** The items of a keyword list: "Label: a, b · c | d (e, f)" → [a, b, c, d, e, f]. */
export function listItems(text: string): string[] {
  const body = text.replace(/^[^:\n]{1,40}:\s*/, '');
  return body
    .split(/\s*(?:[,;·•|]|\s\/\s|\n|\s+and\s+|\(|\))\s*/)
    .map((s) =>
      s
        .trim()
        .replace(/^[-*]\s*/, '')
        .replace(/[.]$/, ''),
    )
    .filter((s) => s.length > 0 && s.length <= 60);
}

/** Features: the items under the features question; a prose answer counts as one unless it only introduces a list. */
function featuresOf(t: JobText): Feature[] {
  const features: Feature[] = [];
  const blocks = t.answers('features');
  for (const b of blocks) {
    const text = flat(b.title ? `${b.title}: ${b.text}` : b.text);
    if (b.kind === 'answer' && (text.endsWith(':') || blocks.some((o) => o.kind !== 'answer'))) continue;
    features.push({ text, line: b.line, toolIds: t.toolsOf([b]) });
  }
  return features;
}

function challengesOf(t: JobText): Challenge[] {
  const challenges: Challenge[] = [];
  for (const b of t.answers('challenges')) {
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
    challenges.push({ title: flat(title), resolution, line: b.line, toolIds: t.toolsOf([b]) });
  }
  return challenges;
}

function contributionsOf(t: JobText): Contribution[] {
  return t.blocks
    .filter((b) => b.part === 'contributions' && (b.kind === 'titled' || b.kind === 'bullet'))
    .map((b) => ({
      title: flat(b.title ?? b.text.split(/[:.]/)[0] ?? b.text),
      text: flat(b.text),
      line: b.line,
      toolIds: t.toolsOf([b]),
    }));
}

function incidentField(title: string): keyof Omit<Incident, 'line' | 'toolIds'> | undefined {
  const t = title.toLowerCase();
  if (/root cause|cause/.test(t)) return 'cause';
  if (/rectif|fix|resol|remed|mitigat|solution|recover/.test(t)) return 'rectification';
  if (/learn|lesson|takeaway|take-away/.test(t)) return 'learning';
  if (/failure|incident|issue|problem|outage|what happened|technical/.test(t)) return 'failure';
  return undefined;
}

/**
 * A title for an incident from its own first words: "Encountered a data loss issue during the initial migration due
 * to …" → "Data loss issue during the initial migration". Every incident was titled "Production incident" before.
 */
export function incidentTitle(failure: string): string {
  let text = failure.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  text = sentence
    .replace(/[.!?]$/, '')
    .replace(
      /^(?:we |i |the team )?(?:encountered|experienced|faced|had|hit|saw|suffered|ran into|observed|noticed|discovered)\s+/i,
      '',
    )
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:due to|because|caused by|when|after|which|that)\b.*$/i, '');
  if (text.length > 70) text = `${text.slice(0, 69).replace(/\s+\S*$/, '')}…`;
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Production incident';
}

function incidentsOf(t: JobText): Incident[] {
  const incidents: Incident[] = [];
  const incidentBlocks: Block[][] = [];
  for (const b of t.blocks.filter((x) => x.part === 'incident')) {
    const field = b.title ? incidentField(b.title) : undefined;
    let current = incidents[incidents.length - 1];
    if (!current || (field === 'failure' && current.failure)) {
      current = {
        title: '',
        failure: '',
        cause: null,
        rectification: null,
        learning: null,
        line: b.line,
        toolIds: [],
      };
      incidents.push(current);
      incidentBlocks.push([]);
    }
    incidentBlocks[incidentBlocks.length - 1]?.push(b);
    const text = flat(b.text);
    if (field && field !== 'failure') current[field] = current[field] ? `${current[field]} ${text}` : text;
    else current.failure = current.failure ? `${current.failure} ${text}` : text;
  }
  incidents.forEach((incident, i) => {
    incident.toolIds = t.toolsOf(incidentBlocks[i] ?? []);
    if (!incident.failure) incident.failure = incident.cause ?? 'Production incident';
    incident.title = incidentTitle(incident.failure);
  });
  return incidents;
}

function practicesOf(t: JobText, line: number): Practice[] {
  const practices: Practice[] = [];
  const fields: [Field, PracticeKind][] = [
    ['taskManagement', 'task-management'],
    ['testing', 'testing'],
    ['meetings', 'meetings'],
  ];
  for (const [field, kind] of fields) {
    const blocks = t.answers(field);
    const text = blocks.map((b) => flat(b.title ? `${b.title}: ${b.text}` : b.text)).join(' ');
    if (text) practices.push({ kind, text, line: blocks[0]?.line ?? line, toolIds: t.toolsOf(blocks) });
  }
  return practices;
}

/**
 * Evidence, tools used and other mentions, from the units. A title followed by text is evidence together with its
 * first sentence ("Security and compliance: Implemented Intune …"), not on its own. A tool used in any sentence of
 * the job was used; one only evaluated, planned or someone else's is kept as a mention, with its sentences.
 */
function toolsAndEvidence(
  units: Unit[],
  categoryOf: (toolId: string) => string | undefined,
): {
  evidence: Evidence[];
  tools: ToolUse[];
  otherMentions: ToolMention[];
} {
  const leads = new Set(units.map((u) => u.lead).filter(Boolean));
  const evidence: Evidence[] = [];
  const uses = new Map<string, ToolUse>();
  const others = new Map<string, ToolMention>();
  for (const u of units) {
    if (leads.has(u)) continue;
    const pairs = [
      ...(u.lead?.mentions.map((m, i) => [m, u.lead?.stances[i] ?? 'used'] as const) ?? []),
      ...u.mentions.map((m, i) => [m, u.stances[i] ?? 'used'] as const),
    ];
    if (pairs.length === 0) continue;
    const stances: Record<string, Stance> = {};
    for (const [m, stance] of pairs) {
      // A tool used and evaluated in one sentence ("kept Postgres, evaluated CockroachDB") is used.
      if (stance !== 'used' && !(m.toolId in stances && stances[m.toolId] === 'used'))
        stances[m.toolId] ??= stance;
      if (stance === 'used') stances[m.toolId] = 'used';
    }
    const e: Evidence = {
      text: u.lead ? `${u.lead.text}: ${u.text}` : u.text,
      section: u.section,
      line: u.line,
      toolIds: unique(pairs.map(([m]) => m.toolId)),
    };
    const notUsed = Object.entries(stances).filter(([, s]) => s !== 'used');
    if (notUsed.length) e.stances = Object.fromEntries(notUsed);
    if (u.context) e.context = u.context;
    evidence.push(e);
    for (const [m, stance] of pairs) {
      if (isUsage(stance)) {
        const use = uses.get(m.toolId) ?? { toolId: m.toolId, stance, mentions: 0, spellings: [] };
        use.mentions += 1;
        // A tool used for years and then replaced within the job was migrated from, however often it is named.
        if (stance === 'migrated-from') use.stance = 'migrated-from';
        if (!use.spellings.includes(m.text)) use.spellings.push(m.text);
        uses.set(m.toolId, use);
      } else {
        const mention = others.get(m.toolId) ?? {
          toolId: m.toolId,
          stance: stance as ToolMention['stance'],
          evidence: [],
        };
        if (!mention.evidence.includes(e)) mention.evidence.push(e);
        others.set(m.toolId, mention);
      }
    }
  }
  for (const id of uses.keys()) others.delete(id);
  // What the narrative found on arrival ("the current state … upon your arrival") and never names as used later was
  // there before the person's work replaced it.
  const laterUse = new Set<string>();
  for (const u of units)
    if (u.section !== STARTING_POINT)
      u.mentions.forEach((m, i) => {
        if (u.stances[i] === 'used') laterUse.add(m.toolId);
      });
  // It was replaced only if the job later uses another tool of its kind (crontabs on arrival, Airflow afterwards);
  // a Unity project found on arrival and worked on since stays used.
  const laterCategories = new Set([...laterUse].map((id) => categoryOf(id)));
  for (const use of uses.values()) {
    if (use.stance !== 'used' || laterUse.has(use.toolId)) continue;
    const onArrival = units.some(
      (u) => u.section === STARTING_POINT && u.mentions.some((m) => m.toolId === use.toolId),
    );
    if (onArrival && laterCategories.has(categoryOf(use.toolId))) use.stance = 'migrated-from';
  }
  const tools = [...uses.values()].sort(
    (a, b) => b.mentions - a.mentions || a.toolId.localeCompare(b.toolId),
  );
  return {
    evidence,
    tools,
    otherMentions: [...others.values()].sort((a, b) => a.toolId.localeCompare(b.toolId)),
  };
}

/** A title as prose writes it: "a Senior Interface Engineer", "Lead Data Engineer", "a junior programmer". */
const ROLE = String.raw`((?:\p{Lu}[\p{L}.&/-]*)(?:\s+(?:of|and|&|for|\p{Lu}[\p{L}.&/-]*)){0,6}|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})`;
const LATEST_TITLE = new RegExp(
  String.raw`\b(?:promoted to|my title (?:was|became|is|had become)|I became|by then I was|now I am|I am now)\s+(?:an?\s+|the\s+)?${ROLE}`,
  'u',
);
const JOINED_AS = new RegExp(
  String.raw`\b(?:hired|brought (?:in|on)|joined|started|came on board|signed on|moved|worked|served|was employed)(?:\s+[^.]{0,80}?)?\s+as\s+(?:an?\s+|the\s+)?${ROLE}`,
  'u',
);

const AS_ROLE = new RegExp(String.raw`^As\s+(?:an?\s+|the\s+)${ROLE}\s*,`, 'u');
/** Words without which neither title pattern can match: most sentences are skipped on them. */
const TITLE_WORDS = /\b(?:promoted|title|became|now|hired|brought|joined|started|came|signed|moved|worked|served|employed)\b/;

/** Cuts a title out of the words after it ("Online Programmer. The studio…", "engineer to get a meter…"). */
function asTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const words = raw.split(/\s+/);
  // Lower-case titles end at the first word that is not part of a role ("a firmware engineer to get …").
  while (words.length && /^(?:of|and|&|for|to|in|at|with|on)$/i.test(words[words.length - 1] as string))
    words.pop();
  const text = words.join(' ');
  if (!ROLE_WORDS.test(text)) return undefined;
  // To the last role word: "Lead Data Engineer", not "Lead".
  const cut =
    /^(.*\b(?:engineer|developer|programmer|manager|architect|scientist|analyst|administrator|consultant|director|lead|designer|specialist|officer|intern|technician|researcher|tester|sdet|associate|assistant)s?)\b/i.exec(
      text,
    );
  return titleCase((cut?.[1] ?? text).trim());
}

/** The titles a job's prose gives: the one it ended with ("promoted to …") and the one it began with ("joined as …"). */
function titlesInProse(texts: string[]): { latest?: string; joinedAs?: string } {
  const out: { latest?: string; joinedAs?: string } = {};
  // "As a junior programmer, to help port …": an answer to why the person was hired.
  out.joinedAs = asTitle(AS_ROLE.exec(texts[0] ?? '')?.[1]);
  for (const text of texts) {
    if (!TITLE_WORDS.test(text)) continue;
    out.latest ??= asTitle(LATEST_TITLE.exec(text)?.[1]);
    out.joinedAs ??= asTitle(JOINED_AS.exec(text)?.[1]);
    if (out.latest && out.joinedAs) break;
  }
  return out;
}

/** "I am still the lead on this platform", "I am still at X": the job has not ended. */
function stillThere(texts: string[]): boolean {
  return texts.some((t) => /\bI(?:\s+am|['’]m)\s+still\b|\bstill\s+(?:work(?:ing)?|there)\b|\bto this day\b/i.test(t));
}

/** Dates stated in the job's prose when its header gives none: "In April 2020 I joined …", "from 2017 to 2019". */
function proseDateRange(units: Unit[]): { start?: string; end?: string } {
  for (const u of units) {
    const range = findDateRange(u.text);
    if (
      range &&
      /\b(?:from|between|spent|worked|was at|joined|years?)\b/i.test(u.text.slice(0, range.index + 20))
    ) {
      return { start: range.start, ...(range.end ? { end: range.end } : {}) };
    }
  }
  const out: { start?: string; end?: string } = {};
  for (const u of units) {
    if (
      !/\b(?:joined|started|began|moved to|hired|came on board|signed on|left|until|departed)\b/i.test(u.text)
    )
      continue;
    for (const d of proseDates(u.text)) {
      const before = u.text.slice(Math.max(0, d.index - 40), d.index);
      if (/\b(?:left|until|departed|through|till)\b[^.]*$/i.test(before)) out.end ??= d.date;
      else out.start ??= d.date;
    }
    if (out.start) break;
  }
  return out;
}

/** Turns a job's draft into a Job: its facts, its tools with evidence and stance, its challenges and incident. */
export function extractJob(draft: JobDraft, ctx: JobContext): { job: Job; units: Unit[] } {
  const fm = { ...(ctx.single ? ctx.documentFrontMatter : {}), ...draft.frontMatter };
  const t = jobText(draft, ctx.matcher, ctx.documentWords);
  const { evidence, tools, otherMentions } = toolsAndEvidence(t.units, (id) => ctx.taxonomy.byId.get(id)?.category);

  // Narratives written as prose, without the usual questions, state the team and the split in some sentence.
  const sentenceLike = (re: RegExp) =>
    t.units.filter((u) => !u.isTitle && re.test(u.text)).map((u) => u.text)[0] ?? null;
  const teamText =
    t.answerText('team') ??
    sentenceLike(/\bteam\b.*(?:\bmembers?\b|\bmyself\b|\b\d+\s+\w*\s*(?:engineers|developers|people)\b)/i);
  const team = teamText ? parseTeam(teamText) : { size: null, roles: [], title: null };
  const leadCodeText =
    t.answerText('leadCode') ?? sentenceLike(/\d\s*(?:%|percent).*\b(?:lead|leading|cod(?:e|ing))\b/i);
  const leadCode = leadCodeText ? parseLeadCode(leadCodeText) : { lead: null, code: null };

  const whyHired = t.answerText('whyHired');
  const proseTitles = titlesInProse([whyHired ?? '', ...t.units.map((u) => u.text)]);
  const title =
    stringField(fm, 'title', 'role', 'position') ??
    proseTitles.latest ??
    draft.given.title ??
    team.title ??
    proseTitles.joinedAs ??
    null;

  const summaryBlocks = t.blocks.filter((b) => b.part === 'summary');
  const isTool = (phrase: string) => {
    if (ctx.taxonomy.notTools.has(phrase.toLowerCase())) return true;
    const mentions = ctx.matcher.matchSentence(phrase);
    return mentions.length > 0 && mentions.some((m) => m.start === 0 || m.end >= phrase.length - 1);
  };
  const company =
    stringField(fm, 'company', 'employer', 'organization') ??
    draft.given.company ??
    findCompany(
      [
        ...summaryBlocks.map((b) => b.text),
        ...t.blocks.filter((b) => b.part !== 'summary').map((b) => b.text),
      ],
      isTool,
    ) ??
    null;

  const clouds = tools.map((u) => PLATFORM_NAMES[u.toolId]).filter((p): p is string => Boolean(p));
  const platform = stringField(fm, 'platform', 'cloud') ?? (clouds.length > 0 ? clouds.join(', ') : null);

  const dates = stringField(fm, 'dates');
  const [datesStart, datesEnd] = dates ? dates.split(/\s*(?:–|—|-|to)\s*/) : [];
  const prose = draft.given.start === undefined ? proseDateRange(t.units) : {};
  const start =
    stringField(fm, 'start', 'startDate', 'from') ?? datesStart ?? draft.given.start ?? prose.start ?? null;
  const end =
    stringField(fm, 'end', 'endDate', 'to') ??
    datesEnd ??
    draft.given.end ??
    prose.end ??
    (start && stillThere(summaryBlocks.map((b) => b.text)) ? 'present' : null);

  const job: Job = {
    ordinal: ctx.ordinal,
    file: ctx.file,
    line: draft.line,
    company,
    title,
    platform,
    startDate: normaliseDate(start),
    endDate: normaliseDate(end),
    whyHired,
    startingPoint: t.answerText('startingPoint'),
    app: t.answerText('app'),
    endUsers: t.answerText('endUsers'),
    leadPercent: leadCode.lead,
    codePercent: leadCode.code,
    teamSize: team.size,
    team: team.roles,
    features: featuresOf(t),
    contributions: contributionsOf(t),
    challenges: challengesOf(t),
    incidents: incidentsOf(t),
    practices: practicesOf(t, draft.line),
    summary: summaryBlocks.map((b) => flat(b.text)).join('\n\n') || null,
    tools,
    otherMentions,
    evidence,
  };
  return { job, units: t.units };
}
