import type { Job, ToolMention, ToolUse } from '../model.js';
import { companyKey, nameWord, sameEmployerKey } from './company.js';
import { wholeWord } from './regexp.js';
import type { Unit } from './units.js';

/**
 * Words by which a narrative says it continues the previous one's employment: "Same employer, second product",
 * "Both projects were during my four years at X", "another project for the same client". Only these explicit
 * phrasings merge; two sections that merely lack a company stay two jobs.
 */
const SAME_EMPLOYER =
  /\b(?:same\s+(?:employer|company|client|organi[sz]ation|firm)|(?:both|all\s+(?:two|three|four|five|\d))\s+(?:of\s+these\s+)?projects\s+(?:were|was|are)\b)/i;

/**
 * A person with several project narratives for one employer often names the employer once, in the last of them. A
 * section without a company, followed by one that has a company and says it is the same employment, is the same job:
 * one Job with both sections' tools, features and incidents, the later title (a promotion inside one job keeps the
 * latest) and the company's dates. Returns the jobs (renumbered) and their units, merged alike.
 */
export function mergeSameEmployer(jobs: Job[], units: Unit[][]): { jobs: Job[]; units: Unit[][] } {
  const outJobs: Job[] = [];
  const outUnits: Unit[][] = [];
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i] as Job;
    const own = units[i] ?? [];
    const previous = outJobs[outJobs.length - 1];
    if (previous && !previous.company && job.company && own.some((u) => SAME_EMPLOYER.test(u.text))) {
      outJobs[outJobs.length - 1] = mergeJobs(previous, job);
      outUnits[outUnits.length - 1] = [...(outUnits[outUnits.length - 1] ?? []), ...own];
      continue;
    }
    if (previous && goesOnThere(previous, job, own)) {
      outJobs[outJobs.length - 1] = promotion(previous, job);
      outUnits[outUnits.length - 1] = [...(outUnits[outUnits.length - 1] ?? []), ...own];
      continue;
    }
    // Two dated roles in a row at one employer (LinkedIn's "Senior Product Manager" over "Product Manager" under
    // "Tessellate") are one job, as a promotion is.
    const sameKey =
      previous?.company &&
      job.company &&
      companyKey(previous.company) === companyKey(job.company) &&
      sameCountry(previous.company, job.company);
    if (
      previous?.startDate &&
      job.startDate &&
      ((sameKey && oneAfterTheOther(previous, job)) || stillHeldThere(previous, job))
    ) {
      outJobs[outJobs.length - 1] = promotion(previous, job);
      outUnits[outUnits.length - 1] = [...(outUnits[outUnits.length - 1] ?? []), ...own];
      continue;
    }
    outJobs.push(job);
    outUnits.push(own);
  }
  return repeatsOfUndated(outJobs, outUnits);
}

/**
 * "Self-assessment 2023 … Organization: Northlake Health System", then, in its closing "How I got here", "I started at
 * Northlake in June 2018": a job that gave no dates, told of again further on with its dates, is the same job.
 * (A boomerang employee's two spells each carry their dates, and stay two.)
 */
function repeatsOfUndated(jobs: Job[], units: Unit[][]): { jobs: Job[]; units: Unit[][] } {
  const outJobs: Job[] = [];
  const outUnits: Unit[][] = [];
  for (const [i, job] of jobs.entries()) {
    const own = units[i] ?? [];
    const key = job.company ? companyKey(job.company) : '';
    const earlier = outJobs.findIndex(
      (o) =>
        o.company &&
        key &&
        !o.startDate &&
        job.startDate &&
        !job.title &&
        sameEmployerKey(companyKey(o.company), key),
    );
    const first = outJobs[earlier];
    if (first) {
      outJobs[earlier] = {
        ...mergeJobs(first, job),
        company: first.company,
        title: first.title,
        startDate: job.startDate,
        endDate: job.endDate ?? first.endDate,
      };
      outUnits[earlier] = [...(outUnits[earlier] ?? []), ...own];
      continue;
    }
    outJobs.push(job);
    outUnits.push(own);
  }
  return { jobs: outJobs.map((j, n) => ({ ...j, ordinal: n + 1 })), units: outUnits };
}

/** "Dell UK" then "Dell US": one group's companies in two countries are two employers. */
function sameCountry(a: string, b: string): boolean {
  const country = (name: string) =>
    /\b(UK|US|USA|EMEA|APAC|Europe|Germany|France|India|Canada|Australia)\.?$/i
      .exec(name.trim())?.[1]
      ?.toUpperCase();
  const [x, y] = [country(a), country(b)];
  return x === undefined || y === undefined || x === y;
}

/**
 * "Harbor Point Regional" from March 2018 to now, then a chapter "Where I am now" at "Harbor Point" since April 2021:
 * both held now at one employer, named short and in full, the later one beginning after the first is one job.
 */
function stillHeldThere(a: Job, b: Job): boolean {
  const [x, y] = [companyKey(a.company ?? ''), companyKey(b.company ?? '')];
  return (
    x !== y &&
    sameEmployerKey(x, y) &&
    (a.endDate === 'present' || !a.endDate) &&
    b.endDate === 'present' &&
    (a.startDate ?? '') <= (b.startDate ?? '')
  );
}

/**
 * "## 2015–2018: Learning the call sheet" over "Harrowgate made me a production assistant in 2015 …": a chapter that
 * names no employer of its own and opens on the one before it goes on at that employer.
 */
function goesOnThere(previous: Job, job: Job, own: Unit[]): boolean {
  const word = !job.company && previous.company ? nameWord(previous.company) : undefined;
  if (!word || (job.startDate && previous.startDate && job.startDate < previous.startDate)) return false;
  const opening = own
    .filter((u) => !u.isTitle)
    .slice(0, 2)
    .map((u) => u.text)
    .join(' ');
  return wholeWord(word, "(?:['’]s)?").test(opening);
}

/**
 * Whether one role ends where the other begins (within a year): a promotion. Roles held at once ("Bank Staff Nurse
 * 2017–2022" beside "Nurse Educator 2019–present") and a return after years away are two jobs.
 */
function oneAfterTheOther(a: Job, b: Job): boolean {
  const [earlier, later] = (a.startDate ?? '') <= (b.startDate ?? '') ? [a, b] : [b, a];
  const end = earlier.endDate;
  const start = later.startDate;
  if (!end || end === 'present' || !start) return false;
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 0);
  const gap = months(start) - months(end);
  return gap >= 0 && gap <= 12;
}

/** One job from two roles at one employer: the latest role's title, from the first start to the last end. */
function promotion(a: Job, b: Job): Job {
  const [earlier, latest] = (a.startDate ?? '') <= (b.startDate ?? '') ? [a, b] : [b, a];
  const end = [a.endDate, b.endDate].includes('present')
    ? 'present'
    : ([a.endDate, b.endDate].filter(Boolean).sort().pop() ?? null);
  return {
    ...mergeJobs(a, b),
    company: a.company,
    title: latest.title ?? earlier.title,
    startDate: earlier.startDate,
    endDate: end,
  };
}

function mergeJobs(first: Job, later: Job): Job {
  const tools = mergeTools(first.tools, later.tools);
  const used = new Set(tools.map((t) => t.toolId));
  return {
    ...first,
    company: later.company,
    title: later.title ?? first.title,
    startDate: later.startDate ?? first.startDate,
    endDate: later.endDate ?? first.endDate,
    platform: first.platform ?? later.platform,
    whyHired: first.whyHired ?? later.whyHired,
    startingPoint: first.startingPoint ?? later.startingPoint,
    app: first.app ?? later.app,
    endUsers: first.endUsers ?? later.endUsers,
    leadPercent: first.leadPercent ?? later.leadPercent,
    codePercent: first.codePercent ?? later.codePercent,
    teamSize: first.teamSize ?? later.teamSize,
    team: [...first.team, ...later.team],
    features: [...first.features, ...later.features],
    contributions: [...first.contributions, ...later.contributions],
    challenges: [...first.challenges, ...later.challenges],
    incidents: [...first.incidents, ...later.incidents],
    practices: [...first.practices, ...later.practices],
    summary: first.summary ?? later.summary,
    tools,
    // A tool one project used is used in the job, whatever the other project's text says of it.
    otherMentions: mergeMentions(first.otherMentions, later.otherMentions).filter((m) => !used.has(m.toolId)),
    evidence: [...first.evidence, ...later.evidence],
  };
}

function mergeTools(a: ToolUse[], b: ToolUse[]): ToolUse[] {
  const byId = new Map<string, ToolUse>();
  for (const tool of [...a, ...b]) {
    const seen = byId.get(tool.toolId);
    if (!seen) byId.set(tool.toolId, { ...tool, spellings: [...tool.spellings] });
    else {
      seen.mentions += tool.mentions;
      // Used in either project is used; "moved off" only when every mention says so.
      if (tool.stance === 'used') seen.stance = 'used';
      for (const s of tool.spellings) if (!seen.spellings.includes(s)) seen.spellings.push(s);
    }
  }
  return [...byId.values()].sort((x, y) => y.mentions - x.mentions);
}

function mergeMentions(a: ToolMention[], b: ToolMention[]): ToolMention[] {
  const byKey = new Map<string, ToolMention>();
  for (const m of [...a, ...b]) {
    const key = `${m.toolId}\u0000${m.stance}`;
    const seen = byKey.get(key);
    if (seen) seen.evidence = [...seen.evidence, ...m.evidence];
    else byKey.set(key, { ...m, evidence: [...m.evidence] });
  }
  return [...byKey.values()];
}
