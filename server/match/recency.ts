/**
 * Dates of jobs as the graph holds them ("2019-03", "2019", "present"), compared and spanned. A year alone counts as
 * its middle when spans are measured, so "2019 – 2021" is about two years, as a reader would say.
 */
export type JobDate = string | null | undefined;

/** A date as a fractional year; "present" is `now`; anything unreadable is undefined. */
export function yearOf(date: JobDate, now = new Date(), end = false): number | undefined {
  if (!date) return undefined;
  if (/^present$/i.test(date)) return now.getUTCFullYear() + now.getUTCMonth() / 12;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return year + (Number(m[2]) - 1 + (end ? 1 : 0)) / 12;
  return year + (end ? 1 : 0);
}

export interface Span {
  first: string | null;
  last: string | null;
  /** Years from the first start to the last end, to one decimal; null without dates. */
  years: number | null;
}

/** The span of a set of jobs: the earliest start, the latest end ("present" when one is current). */
export function spanOf(jobs: readonly { startDate: JobDate; endDate: JobDate }[], now = new Date()): Span {
  let first: { date: string; at: number } | undefined;
  let last: { date: string; at: number } | undefined;
  for (const job of jobs) {
    const start = yearOf(job.startDate, now);
    // A job with a start and no end is read as ending where it started: a date was missed, not a job still held.
    const endDate = job.endDate ?? job.startDate;
    const end = yearOf(endDate, now, true);
    if (start !== undefined && (!first || start < first.at))
      first = { date: job.startDate as string, at: start };
    if (end !== undefined && (!last || end > last.at)) last = { date: endDate as string, at: end };
  }
  const years = first && last ? Math.max(0, Math.round((last.at - first.at) * 10) / 10) : null;
  return { first: first?.date ?? null, last: last?.date ?? null, years };
}

/** Most recent first: by end (a current job first), then start, then document order (a résumé lists its latest job first). */
export function byRecency<T extends { startDate: JobDate; endDate: JobDate; ordinal: number }>(
  a: T,
  b: T,
  now = new Date(),
): number {
  const key = (j: T) => yearOf(j.endDate ?? j.startDate, now, true) ?? Number.NEGATIVE_INFINITY;
  const start = (j: T) => yearOf(j.startDate, now) ?? Number.NEGATIVE_INFINITY;
  return key(b) - key(a) || start(b) - start(a) || a.ordinal - b.ordinal;
}
