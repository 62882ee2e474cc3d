import type { Job } from '../model.js';
import type { JobDraft } from '../structure/classify.js';
import { normaliseDate } from '../structure/dates.js';
import { isDescribedPlace } from '../structure/header.js';
import type { Taxonomy } from '../taxonomy/load.js';
import type { ToolMatcher } from '../taxonomy/matcher.js';
import type { WordLookup } from '../taxonomy/usage-context.js';
import { bracketCompany } from './bracket-company.js';
import { findCompany, nameLike } from './company.js';
import { heldSince, holdsRoleNow, narratorMonths, proseDateRange, stillThere } from './job-dates.js';
import { challengesOf, contributionsOf, featuresOf, incidentsOf, practicesOf } from './job-parts.js';
import { jobText } from './job-text.js';
import { titlesInProse } from './job-title.js';
import { toolsAndEvidence } from './job-tools.js';
import { parseLeadCode } from './lead-code.js';
import type { NarratorView } from './narrator.js';
import { parseTeam } from './team.js';
import { flat, type Unit } from './units.js';

const yearOnly = (d: string | null | undefined): d is string => typeof d === 'string' && /^\d{4}$/.test(d);

/**
 * The dates the story states, each year-only one refined by the month the narrator's own move gives ("Since 2019 I am
 * working at Corvid …. My first day there was a rainy Monday in June 2019").
 */
function proseYears(told: Unit[], company: string | null | undefined): { start?: string; end?: string } {
  const said = proseDateRange(told, company);
  if (!yearOnly(said.start) && !yearOnly(said.end)) return said;
  const months = narratorMonths(told, { start: said.start ?? null, end: said.end ?? null });
  const refine = (year: string | undefined, month: string | undefined) =>
    yearOnly(year) && month?.startsWith(`${year}-`) ? month : year;
  const start = refine(said.start, months.start);
  const end = refine(said.end, months.end);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** A question heading about the job held now. */
const NOW_QUESTION =
  /^\W*(?:what\s+(?:do|are)\s+you\s+(?:do(?:ing)?|working\s+on)\s+(?:now|today|these\s+days)|what(?:['’]s|\s+is)\s+your\s+(?:job|role)\s+(?:now|right\s+now|today)|where\s+(?:are\s+you|I\s+am)\s+now|what\s+I\s+do\s+now)\b/i;

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
  /** A third-person career put in the first person, for the prose rules only (narrator.ts). */
  view?: NarratorView;
}

/** Short names of the cloud platforms, for Job.platform. */
const PLATFORM_NAMES: Record<string, string> = {
  'amazon-web-services': 'AWS',
  'google-cloud-platform': 'GCP',
  'microsoft-azure': 'Azure',
};

function stringField(fm: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = fm[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Turns a job's draft into a Job: its facts, its tools with evidence and stance, its challenges and incident. */
/**
 * A company name a header writes in capitals ("NORTHSTAR MEDICAL DEVICES") as a reader would write it ("Northstar
 * Medical Devices"); words of up to three letters stay as they are, because those are usually initials (IBM, BNP).
 */
export function unshout(name: string): string {
  // One word in capitals is an acronym (KPMG, HSBC, NASA); only a shouted name of several words is rewritten.
  if (!/\p{Lu}{4}/u.test(name) || /\p{Ll}/u.test(name) || !/\p{L}\s+\p{L}/u.test(name)) return name;
  // A word of four capitals without a vowel is initials too (KPMG, HSBC in "KPMG UK LLP").
  return name.replace(/\p{Lu}{4,}/gu, (w) =>
    w.length === 4 && !/[AEIOUY]/.test(w) ? w : w[0] + w.slice(1).toLowerCase(),
  );
}

/** Whether a phrase is a tool (or a known non-tool) rather than an employer: "Apache NiFi's", "Databricks". */
export function toolPhrase(taxonomy: Taxonomy, matcher: ToolMatcher): (phrase: string) => boolean {
  return (phrase) => {
    if (taxonomy.notTools.has(phrase.toLowerCase())) return true;
    const mentions = matcher.matchSentence(phrase);
    return mentions.length > 0 && mentions.some((m) => m.start === 0 || m.end >= phrase.length - 1);
  };
}

/**
 * The company a heading names, unless the heading is a chapter title and the story states the employer: "Arms on
 * the line, 2012–2015" (not a name), or "Outdoors, 2019 to now" (a lone word the story never repeats) above "At the
 * end of 2019 I moved to Fieldwise Robotics".
 */
function headingCompany(
  draft: JobDraft,
  texts: string[],
  isTool: (phrase: string) => boolean,
): string | undefined {
  const given = draft.given.company;
  if (!given) return undefined;
  // A heading of several fields ("Barista — Starbucks — 2012–2014") names its employer among them.
  const fielded = draft.header.some((h) => /\s[—–|·]\s/.test(h.text));
  const chapter =
    !nameLike(given) ||
    isDescribedPlace(given) ||
    (draft.given.title === undefined &&
      !fielded &&
      !given.includes(' ') &&
      !texts.some((t) => t.includes(given)));
  if (chapter) {
    const stated = findCompany(texts, isTool, true);
    if (stated) return stated;
    // "2015–2018: Learning the call sheet" over a story that names no employer: a chapter's theme is no company.
    if (THEME.test(given)) return undefined;
  }
  return unshout(given);
}

/**
 * A chapter title read as a phrase, not a name: told in the first person ("The show that nearly broke me"), or a
 * lower-case word with an article or preposition after a capital ("Learning the call sheet"); a name written in
 * lower case ("harbourlight support co") has neither.
 */
const THEME =
  /\b(?:I|me|my|we|us|our)\b|^\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)*(?:the|a|an|to|of|in|on|with|for|from|into)\s+\p{Ll}/u;

/** "Digital Archivist (maternity cover": a note in brackets that a comma cut off is no part of the title. */
const withoutOpenNote = (title: string | null): string | null =>
  title === null ? null : title.replace(/\s*\([^)]*$/, '').trim() || title;

export function extractJob(draft: JobDraft, ctx: JobContext): { job: Job; units: Unit[] } {
  const fm = { ...(ctx.single ? ctx.documentFrontMatter : {}), ...draft.frontMatter };
  const t = jobText(draft, ctx.matcher, ctx.documentWords);
  const { evidence, tools, otherMentions } = toolsAndEvidence(
    t.units,
    (id) => ctx.taxonomy.byId.get(id)?.category,
  );

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
  // The prose rules read the narrator's view of each sentence; evidence keeps the author's words.
  const view = ctx.view ?? ((text: string) => text);
  const told = ctx.view ? t.units.map((u) => ({ ...u, text: view(u.text) })) : t.units;
  const proseTitles = titlesInProse([view(whyHired ?? ''), ...told.map((u) => u.text)]);
  // "promoted to manager" under "Ticketing & Operations Manager": the header already names that role, more fully.
  const given = draft.given.title?.toLowerCase();
  const latest = proseTitles.latest;
  const namedMoreFully =
    latest !== undefined &&
    given?.endsWith(` ${latest.toLowerCase()}`) === true &&
    // "Assistant Store Manager" promoted to store manager is a promotion, not a shorter name.
    !/^(?:assistant|deputy|junior|associate|trainee|vice|sub|under|acting|apprentice|graduate)\b/.test(given);
  // "postdoc in Chile (2016 → 2019)", a timeline's chapter in lower case: the prose's "as a Postdoctoral Fellow" names
  // it. (A job's own header, "iOS Lead" or "senior engineer — acme", gives the title.)
  const described =
    draft.timeline === true &&
    draft.given.title !== undefined &&
    /^\p{Ll}/u.test(draft.header[0]?.text ?? '');
  const title = withoutOpenNote(
    stringField(fm, 'title', 'role', 'position') ??
      (namedMoreFully ? undefined : latest) ??
      (described ? proseTitles.joinedAs : undefined) ??
      draft.given.title ??
      team.title ??
      proseTitles.joinedAs ??
      null,
  );

  const summaryBlocks = t.blocks.filter((b) => b.part === 'summary');
  const isTool = toolPhrase(ctx.taxonomy, ctx.matcher);
  const texts = [
    ...summaryBlocks.map((b) => b.text),
    ...t.blocks.filter((b) => b.part !== 'summary').map((b) => b.text),
  ].map(view);
  const bracketed = bracketCompany(draft, isTool);
  const company =
    stringField(fm, 'company', 'employer', 'organization') ??
    headingCompany(draft, texts, isTool) ??
    // A name the story states outranks the header's brackets; a possessive in passing ("SGRE's WebWPS") does not.
    (bracketed === undefined
      ? findCompany(texts, isTool)
      : (findCompany(texts, isTool, true) ?? bracketed)) ??
    null;

  const clouds = tools.map((u) => PLATFORM_NAMES[u.toolId]).filter((p): p is string => Boolean(p));
  const platform = stringField(fm, 'platform', 'cloud') ?? (clouds.length > 0 ? clouds.join(', ') : null);

  const dates = stringField(fm, 'dates');
  const [datesStart, datesEnd] = dates ? dates.split(/\s*(?:–|—|-|to)\s*/) : [];
  const { start: givenStart, end: givenEnd } = draft.given;
  // A year-only header is refined by the prose's month in that year ("2015–2019" and "In May 2015 I joined …").
  const refined = (given: string | null | undefined, said: string | undefined) =>
    yearOnly(given) && said?.startsWith(`${given}-`) ? said : given;
  const prose =
    givenStart === undefined
      ? proseYears(told, company)
      : narratorMonths(told, { start: givenStart, end: givenEnd });
  const start =
    stringField(fm, 'start', 'startDate', 'from') ??
    datesStart ??
    refined(givenStart, prose.start) ??
    prose.start ??
    null;
  const end =
    stringField(fm, 'end', 'endDate', 'to') ??
    datesEnd ??
    refined(givenEnd, prose.end) ??
    (givenStart === undefined ? prose.end : undefined) ??
    ((start || holdsRoleNow(told.map((u) => u.text))) &&
    (stillThere(
      summaryBlocks.map((b) => view(b.text)),
      told.map((u) => u.text),
    ) ||
      heldSince(told.map((u) => u.text)) ||
      // "## What do you do now?" answered by this job: it is held now.
      draft.nodes.some((n) => n.type === 'heading' && NOW_QUESTION.test(n.text)))
      ? 'present'
      : null);

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
