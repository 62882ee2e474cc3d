import type { Job } from '../model.js';
import { MONTH_WITHOUT_YEAR, normaliseDate, proseDates } from '../structure/dates.js';
import { nameWord } from './company.js';

const YEAR = /^\d{4}$/;

/** "joined Kestrel …", "moved to the Harbourview …", "left Brightmoor …": a move and the first word of the name. */
const MOVE =
  /\b(joined|moved\s+to|started\s+at|went\s+to|came\s+to|hired\s+by|signed\s+on\s+with|left|departed|quit)\s+(?:the\s+)?(?:(?:St|Mt|Saint)\.?\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*)/gu;
const MAY_MOVE = /\b(?:joined|moved|started|went|came|hired|signed|left|departed|quit)\b/;

/** "I am still at Lantern Forge", said anywhere (often in another job's closing paragraph). */
const STILL_AT =
  /\bI(?:\s+am|['’]m)\s+still\s+(?:at|with|working\s+(?:at|for))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*)/gu;

/** The name's first word as a sentence gives it, without its possessive or the sentence's full stop. */
const spoken = (word: string | undefined) => (word ?? '').replace(/['’]s$|[.,]$/, '');

interface Move {
  sentence: string;
  /** Where the move is said: only a date beside it dates it. */
  index: number;
  leaving: boolean;
  /** Told in a job's own story (not in a summary). */
  inJob: boolean;
}

/** Words of a company's name too common to identify it in a move ("the Institute", "the University"). */
const GENERIC =
  /^(?:University|Institute|Hospital|Department|Group|Company|College|School|Centre|Center|Trust|Council|Bank|Health|Services|Systems|Software|Solutions|International|Global|National|Royal|Saint|St\.?)$/;

/**
 * The moves that name a job's employer: by the first word of its name, or by another distinctive word of it ("I
 * joined the Sanger" for the Wellcome Sanger Institute).
 */
function movesOf(job: Job, moves: Map<string, Move[]>): Move[] {
  if (!job.company) return [];
  const first = nameWord(job.company);
  const found = (first && moves.get(first)) || [];
  if (found.length > 0) return found;
  for (const w of job.company.split(/\s+/).slice(1)) {
    const word = w.replace(/['’]s$|[.,]$/, '');
    if (word.length > 3 && /^\p{Lu}/u.test(word) && !GENERIC.test(word) && moves.has(word))
      return moves.get(word) ?? [];
  }
  return [];
}

/**
 * The month a move's sentence dates within `year`, beside the move ("In October 2015 I shipped …" after "I joined Acme
 * in 2015" is another event); kept, since many jobs may ask of one move.
 */
function monthIn(move: Move, year: string, known: Map<string, string | undefined>): string | undefined {
  const key = `${year} ${move.index} ${move.sentence}`;
  if (!known.has(key))
    known.set(
      key,
      proseDates(move.sentence).find(
        (d) => d.date.startsWith(`${year}-`) && Math.abs(d.index - move.index) <= 60,
      )?.date,
    );
  return known.get(key);
}

const MONTH_AFTER_MOVE = new RegExp(String.raw`^[^.;]{0,40}?${MONTH_WITHOUT_YEAR}`);

/**
 * The date right after a move ("left Mercy Valley in September 2017"), or a month the sentence gives without its year
 * after the move ("… and started at Willowbrook that October"), in the sentence's year.
 */
function dateBeside(move: Move): string | undefined {
  const after = move.sentence.slice(move.index);
  const month = MONTH_AFTER_MOVE.exec(after);
  const year = /\b(?:19|20)\d\d\b/.exec(move.sentence)?.[0];
  if (month?.[1] && year) return normaliseDate(`${month[1]} ${year}`) ?? undefined;
  // (Not past the clause: "I left Solenne, and since January 2022 I have been …" dates the next job.)
  const clause = after.split(/,\s+(?:and|then)\s+|;/)[0] ?? after;
  const beside = proseDates(clause).find((d) => d.index <= 40)?.date;
  if (beside) return beside;
  // "At the end of 2021 I left Solenne": a date that opens the sentence, just before the move.
  const before = move.sentence.slice(0, move.index);
  return /^[^,;]{0,40}$/.test(before.replace(/\bI\s*$/, '')) ? proseDates(before).pop()?.date : undefined;
}

/** Every move the sentences tell, by the first word of the employer's name: one pass, however many jobs. */
function movesByName(sentences: string[], aboutJobs: number): Map<string, Move[]> {
  const moves = new Map<string, Move[]>();
  for (const [i, sentence] of sentences.entries()) {
    if (!MAY_MOVE.test(sentence) || !/\d{4}/.test(sentence)) continue;
    for (const m of sentence.matchAll(MOVE)) {
      const word = spoken(m[2]);
      const list = moves.get(word) ?? [];
      list.push({
        sentence,
        index: m.index ?? 0,
        leaving: /^(?:left|departed|quit)$/.test(m[1] ?? ''),
        inJob: i < aboutJobs,
      });
      moves.set(word, list);
    }
  }
  return moves;
}

/**
 * A job still held by the narrator's word ("I am still at Lantern Forge today") has not ended. A year-only job line
 * is refined by a sentence elsewhere in the document, as a reader does: "In April 2020 I moved to
 * Harbourview Insurance" (a summary above "Harbourview Insurance … 2020 – present") starts it in 2020-04; "In May
 * 2015 I left Brightmoor and joined Kestrel Lift" ends the one and starts the other; a move to the next employer
 * ("At the end of 2019 I moved to Fieldwise") ends the job before it in that year. The first `aboutJobs` sentences
 * are the jobs' own; the rest are the person's sections (a summary).
 */
export function refineDatesFromProse(jobs: Job[], sentences: string[], aboutJobs: number): void {
  const still = new Set<string>();
  for (const sentence of sentences)
    if (sentence.includes('still')) for (const m of sentence.matchAll(STILL_AT)) still.add(spoken(m[1]));
  if (still.size > 0)
    for (const job of jobs) {
      const word = job.company ? nameWord(job.company) : undefined;
      if (word && still.has(word) && job.startDate && !job.endDate) job.endDate = 'present';
    }
  const moves = movesByName(sentences, aboutJobs);
  if (moves.size === 0) return;
  const startedBy = new Map<Job, string>();
  const known = new Map<string, string | undefined>();
  for (const job of jobs) {
    for (const move of movesOf(job, moves)) {
      // A job its own header and story leave undated takes the date its move states: "I left Mercy Valley in
      // September 2017 and started at Willowbrook that October".
      if (!move.leaving && !job.startDate) job.startDate = dateBeside(move) ?? null;
      if (move.leaving && !job.endDate) {
        const end = dateBeside(move);
        if (end && end >= (job.startDate ?? '')) job.endDate = end;
      }
      if (!move.leaving && job.startDate) {
        const month = monthIn(move, job.startDate.slice(0, 4), known);
        if (month && (YEAR.test(job.startDate) || month === job.startDate)) {
          job.startDate = month;
          if (move.inJob) startedBy.set(job, move.sentence);
        }
      }
      if (move.leaving && job.endDate && YEAR.test(job.endDate)) {
        const month = monthIn(move, job.endDate, known);
        if (month) job.endDate = month;
      }
    }
  }
  // The job that ended in the year the next one began by a move told in a job's own story ended then (a summary's
  // "In April 2020 I moved to X" dates X, not how the job before it ended).
  for (const [next, sentence] of startedBy) {
    const began = next.startDate;
    if (!/\b(?:moved\s+to|left)\b/.test(sentence) || !began) continue;
    const year = began.slice(0, 4);
    const before = jobs.filter((j) => j !== next && j.endDate === year && (j.startDate ?? '') <= began);
    if (before.length === 1 && before[0]) before[0].endDate = began;
  }
}
