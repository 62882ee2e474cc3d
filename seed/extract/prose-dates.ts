import type { Job } from '../model.js';
import { proseDates } from '../structure/dates.js';
import { companyKey } from './company.js';

const YEAR = /^\d{4}$/;

/** The first word of a company's name that identifies it ("Harbourview" of "Harbourview Insurance"). */
function nameWord(company: string): string | undefined {
  return company.split(/\s+/).find((w) => w.length > 2 && !/^(?:the|and|of)$/i.test(w));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The month a sentence dates within `year`, when the sentence says it. */
function monthIn(sentence: string, year: string): string | undefined {
  return proseDates(sentence).find((d) => d.date.startsWith(`${year}-`))?.date;
}

/**
 * A year-only job line refined by a sentence elsewhere in the document, as a reader does: "In April 2020 I moved to
 * Harbourview Insurance" (a summary above "Harbourview Insurance … 2020 – present") starts it in 2020-04; "In May
 * 2015 I left Brightmoor and joined Kestrel Lift" ends the one and starts the other; a move to the next employer
 * ("At the end of 2019 I moved to Fieldwise") ends the job before it in that year. The first `aboutJobs` sentences
 * are the jobs' own; the rest are the person's sections (a summary).
 */
export function refineDatesFromProse(jobs: Job[], sentences: string[], aboutJobs: number): void {
  const startedBy = new Map<Job, string>();
  for (const job of jobs) {
    const word = job.company ? nameWord(job.company) : undefined;
    if (!word || !job.company || companyKey(job.company) === '') continue;
    const name = escapeRegExp(word);
    const joined = new RegExp(
      String.raw`\b(?:joined|moved\s+to|started\s+at|went\s+to|came\s+to|hired\s+by|signed\s+on\s+with)\s+(?:the\s+)?${name}\b`,
    );
    const left = new RegExp(String.raw`\b(?:left|departed|quit)\s+(?:the\s+)?${name}\b`);
    for (const [i, sentence] of sentences.entries()) {
      if (!sentence.includes(word)) continue;
      if (job.startDate && joined.test(sentence)) {
        const month = monthIn(sentence, job.startDate.slice(0, 4));
        if (month && (YEAR.test(job.startDate) || month === job.startDate)) {
          job.startDate = month;
          if (i < aboutJobs) startedBy.set(job, sentence);
        }
      }
      if (job.endDate && YEAR.test(job.endDate) && left.test(sentence)) {
        const month = monthIn(sentence, job.endDate);
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
