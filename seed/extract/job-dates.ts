import { findDateRange, MONTH_WITHOUT_YEAR, normaliseDate, proseDates } from '../structure/dates.js';
import { HELD_SINCE_YEAR, NOW, roleHeldAt } from '../structure/vocabulary.js';
import type { Unit } from './units.js';

/**
 * The job has not ended. A closing summary may say it loosely ("I am still the lead on this platform", "to this
 * day"); anywhere else in the job only the narrator's staying counts ("(I am still there)", "I'm still at Acme"),
 * since "I am still proud of …" says nothing about the job.
 */
export function stillThere(summary: string[], story: string[]): boolean {
  return (
    summary.some((t) =>
      /\bI(?:\s+am|['’]m)\s+still\b|\bstill\s+(?:work(?:ing)?|there)\b|\bto this day\b/i.test(t),
    ) ||
    story.some(
      (t) =>
        /\bI(?:\s+am|['’]m)\s+still\s+(?:there|here|at|with|working)\b|\bstill\s+work(?:ing)?\s+(?:there|here)\b|\bI\s+now\s+(?:run|lead|manage|head|own)s?\b/.test(
          t,
        ) || PRESENT_ROLE.test(t),
    )
  );
}

/** "I'm the Pharmacy Informatics Manager at Willowbrook", said in the job's own story: the job is held now. */
export const holdsRoleNow = (story: string[]) => story.some((t) => PRESENT_ROLE.test(t));

/** "I'm the Pharmacy Informatics Manager at Willowbrook": the role the narrator holds now. */
const PRESENT_ROLE = new RegExp(
  // "I'm the lead on the payments team": a team of the employer is enough.
  roleHeldAt(NOW, 'at|for|with|on'),
  'u',
);

const JOINS =
  /\bI\s+(?:joined|started\s+(?:at|as|there|with)|arrived\s+(?:in|at)\b|began\s+(?:at|as|there)|moved\s+to|was\s+hired|came\s+on\s+board|signed\s+on)\b|\bI\s+left\s+[^.]{1,60}?\s+and\s+(?:then\s+)?joined\b|^\s*(?:[Jj]oined|[Hh]ired|[Rr]ecruited|[Ss]tarted|[Bb]egan)\b|\btook\s+me\s+on\b|\b(?:hired|recruited)\s+me\b|(?<=\bI\s+(?:answered|applied|accepted|took|got)\b(?:[^.]|\b(?:Prof|Dr|St|Mr|Mrs|Ms)\.){0,200}?\band\s+(?:then\s+)?)(?:started|began)\b|\b[Ss]ince(?=\s+[A-Za-z]+\.?\s+(?:19|20)\d\d,?\s+I(?:\s+have|['’]ve)\s+(?:been|worked)\b)|\b[Mm]y\s+first\s+day\s+(?:there|at|with|in\s+the\s+(?:job|role|office))\b/;
const LEAVES =
  /\bI\s+(?:left|departed|quit)\b|\bmy\s+time\b[^.]*\bended\b|^\s*(?:Left|Departed)\b|\b[Mm]y\s+last\s+day\b/;

/**
 * The months the narrator's own moves give a job whose header has only years: "In May 2015 I … joined Kestrel Lift",
 * "by the time I left in March 2021". Only a date beside the narrator's joining or leaving counts: "In May 2016 we
 * started migrating …" or "two planners left in November" date something else.
 */
export function narratorMonths(
  units: Unit[],
  /** The header's years: "That June I joined Saltmarsh" under "2018–2021" joined in June 2018. */
  years: { start?: string | null; end?: string | null } = {},
): { start?: string; end?: string } {
  const out: { start?: string; end?: string } = {};
  for (const u of units) {
    const joins = JOINS.exec(u.text);
    const leaves = joins ? null : LEAVES.exec(u.text);
    const move = joins ?? leaves;
    if (!move) continue;
    for (const d of proseDates(u.text)) {
      // (A date that opens the sentence dates its move: "In June 2017 Calder …, a BPO in Leeds …, took me on".)
      if (d.date.length !== 7 || (Math.abs(d.index - move.index) > 60 && d.index > 12)) continue;
      if (joins) out.start ??= d.date;
      else out.end ??= d.date;
    }
    const year = joins ? years.start : years.end;
    const near = u.text.slice(Math.max(0, move.index - 25), move.index + move[0].length + 40);
    // (A sentence may name that year itself: "I finished an MSc in 2009 and Skerry … took me on … that June".)
    const named = u.text.match(/\b(?:19|20)\d\d\b/g) ?? [];
    const bare =
      year && /^\d{4}$/.test(year) && named.every((y) => y === year) ? MONTH_ALONE.exec(near) : null;
    const date = bare?.[1] ? (normaliseDate(`${bare[1]} ${year}`) ?? undefined) : undefined;
    if (joins) out.start ??= date;
    else out.end ??= date;
  }
  return out;
}

const HELD_SINCE = new RegExp(
  String.raw`${HELD_SINCE_YEAR}(?:(?:an?|the|at|with|working)\b|(?:[\w/&-]+\s+){1,5}?(?:at|with)\s+\p{Lu})|\bI(?:\s+have|['’]ve)\s+been\s+(?:an?|the|at|with|working)\b[^.]*\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b`,
  'u',
);

/** "Since 2021 I have been a staff engineer at …": a job the narrator holds now, said anywhere in it. */
export function heldSince(texts: string[]): boolean {
  return texts.some((t) => HELD_SINCE.test(t));
}

const MONTH_ALONE = new RegExp(MONTH_WITHOUT_YEAR);

/**
 * Where the clause that joins this job begins, in a sentence that first leaves another ("…, and in April 2020 I
 * joined", "… and started at Willowbrook that October"); -1 if it joins nothing.
 */
function joiningClause(text: string): number {
  const join =
    /\b(?:joined|started|began|moved to|hired me|took me on|registered(?!\s+for)|founded|I\s+(?:have|['’]ve)\s+been)\b/.exec(
      text,
    );
  if (!join) return -1;
  const ands = [...text.slice(0, join.index).matchAll(/,?\s+(?:and|then)\s+/g)];
  return ands[ands.length - 1]?.index ?? join.index;
}

/** Dates stated in the job's prose when its header gives none: "In April 2020 I joined …", "from 2017 to 2019". */
export function proseDateRange(units: Unit[], company?: string | null): { start?: string; end?: string } {
  // "I left Mercy Valley in September 2017 and started at Willowbrook": a leaving that names another employer ends
  // that one, not this job.
  const word = company?.split(/\s+/)[0]?.toLowerCase();
  const leavesAnother = (text: string) => {
    // (…or "Ardmore and I parted on good terms at the end of 2021, and in January 2022 I registered …".)
    const left =
      /\bI\s+(?:left|departed|quit)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*)/u.exec(text) ??
      /^\W*(\p{Lu}[\p{L}\p{N}'’&.-]*)\s+and\s+I\s+parted\b/u.exec(text);
    return (
      left?.[1] !== undefined && word !== undefined && left[1].toLowerCase().replace(/['’]s$/, '') !== word
    );
  };
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
      !/\b(?:joined|started|began|moved to|hired|appointed|sworn in|took (?:assignments|bookings|work) from|registered(?!\s+for)|founded|last day|took me on|took (?:a|the) (?:job|position|post|role)|taken on|came on board|signed on|left|until|departed|since|ended|moved on)\b/i.test(
        u.text,
      )
    )
      continue;
    // Past the sentence that dated the start, only the narrator's own leaving dates the end ("by the time I left in
    // 2021", "my time at X, which ended in 2019"): "the old system ran until 2019" is about something else.
    const later = out.start !== undefined;
    // "I left the Courier in March 2020, and in April 2020 I joined Quillmate": only the joining dates this job.
    const from = leavesAnother(u.text) ? joiningClause(u.text) : 0;
    if (from < 0) continue;
    if (
      later &&
      !/\bI\s+(?:left|departed|moved\s+on|stayed(?:\s+on)?(?:\s+there|\s+at\s+\p{Lu}[\p{L}&'’ -]{0,40})?\s+until)\b|\bmy\s+time\b[^.]*\bended\b|\b[Mm]y\s+last\s+day\b/u.test(
        u.text,
      )
    )
      continue;
    // "…, and in March I started at Harbor Point", "… in May 2008, and that June I started": a month without its
    // year beside the joining, in the year the sentence gives.
    const join = /\b(?:started|joined|began|registered(?!\s+for)|founded)\b/.exec(u.text);
    const near = join ? u.text.slice(Math.max(from, join.index - 25), join.index + 40) : '';
    const bare = join ? MONTH_ALONE.exec(near) : null;
    const year = bare ? /\b(?:19|20)\d\d\b/.exec(u.text)?.[0] : undefined;
    if (bare?.[1] && year && !later) out.start ??= normaliseDate(`${bare[1]} ${year}`) ?? undefined;
    for (const d of proseDates(u.text)) {
      if (d.index < from) continue;
      // "Harbor Point had been on Epic since 2014": a since-date of something else, not the narrator's.
      if (/\bsince\s+$/i.test(u.text.slice(Math.max(0, d.index - 8), d.index)) && !/\bI\b/.test(u.text))
        continue;
      const before = u.text.slice(Math.max(0, d.index - 40), d.index);
      const ends =
        from > 0
          ? false
          : later
            ? /\bI\s+(?:left|departed|moved\s+on|stayed\b[^.]*\buntil)\b[^.]*$|\bended\b[^.]*$|\blast\s+day\b[^.]*$/i.test(
                before,
              )
            : // "our contract ended in June 2021" is not the narrator's leaving; "my time there ended" is.
              /\b(?:left|until|departed|through|till|ended|last\s+day)\b[^.]*$/i.test(before) &&
              !/\b(?:our|the|their|its|a|an)\s+[\w' ’-]{1,40}?\bended\b[^.]*$/i.test(before);
      if (ends) {
        if (!out.start || d.date >= out.start) out.end ??= d.date;
      } else if (!later) out.start ??= d.date;
    }
    if (out.start && out.end) break;
  }
  return out;
}
