// Job dates as the API gives them ("2019-03", "2019" or "present") turned into positions on a time axis and into
// words. Time is a fractional year (2019-03 starts at 2019 + 2/12), so bars and lanes are plain arithmetic.

/** A job's dates on the time axis: from the start of its first period to the end of its last. */
export interface Span {
  from: number;
  to: number;
  /** The dates as written for people: "Mar 2021", "2017", "present". */
  fromText: string;
  toText: string;
  /** The job runs to the present day. */
  ongoing: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Point {
  year: number;
  /** 1–12, or null when only the year is known. */
  month: number | null;
}

function parsePoint(value: string | null | undefined): Point | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year: Number(m[1]), month };
}

const isPresent = (value: string | null | undefined) => value?.trim().toLowerCase() === 'present';

/** The current moment as a fractional year. */
export function yearOf(date: Date): number {
  return date.getFullYear() + date.getMonth() / 12 + (date.getDate() - 1) / 365;
}

/** "2021-03" → "Mar 2021", "2017" → "2017", "present" → "present"; anything else as written. */
export function formatDate(value: string | null | undefined): string {
  if (isPresent(value)) return 'present';
  const p = parsePoint(value);
  if (!p) return value?.trim() ?? '';
  return p.month ? `${MONTHS[p.month - 1]} ${p.year}` : String(p.year);
}

/**
 * A job's span, or null when it has no usable start. A missing end means the start period alone (that year, or
 * that month), so a job known only as "2019" still shows as one year.
 */
export function jobSpan(
  start: string | null | undefined,
  end: string | null | undefined,
  now: Date = new Date(),
): Span | null {
  const s = parsePoint(start);
  if (!s) return null;
  const from = s.year + ((s.month ?? 1) - 1) / 12;
  const ongoing = isPresent(end);
  const e = ongoing ? null : (parsePoint(end) ?? s);
  const to = ongoing ? Math.max(from, yearOf(now)) : e ? e.year + (e.month ?? 12) / 12 : from;
  return {
    from,
    to: Math.max(to, from + 1 / 12),
    fromText: formatDate(start),
    toText: ongoing ? 'present' : formatDate(parsePoint(end) ? end : start),
    ongoing,
  };
}

/** "about 9 years", "1 year", "5 months": how long a span lasted, in the unit a person would use. */
export function duration(years: number): string {
  const months = Math.round(years * 12);
  if (months < 12) return months <= 1 ? '1 month' : `${months} months`;
  const whole = Math.round(years);
  return whole === 1 ? '1 year' : `${Number.isInteger(years) ? '' : 'about '}${whole} years`;
}

/** When a tool was used, from the dated jobs that used it. */
export interface ToolWhen {
  /** The job it was last used in, and when that job ended ("present" when it still runs). */
  last: { jobId: string; company: string; text: string; ongoing: boolean };
  /** From the first start to the last end. */
  span: { fromText: string; toText: string; length: string };
  /** Jobs that used it without dates, so left out of the figures above. */
  undated: number;
}

/** Last use and span of a tool across the jobs that used it; null when none of those jobs has dates. */
export function toolWhen(
  jobs: readonly {
    id: string;
    startDate?: string | null;
    endDate?: string | null;
    company: { name: string };
  }[],
  now: Date = new Date(),
): ToolWhen | null {
  const dated = jobs
    .map((job) => ({ job, span: jobSpan(job.startDate, job.endDate, now) }))
    .filter((d): d is { job: (typeof jobs)[number]; span: Span } => d.span !== null);
  if (dated.length === 0) return null;
  const last = dated.reduce((a, b) => (b.span.to > a.span.to ? b : a));
  const first = dated.reduce((a, b) => (b.span.from < a.span.from ? b : a));
  return {
    last: {
      jobId: last.job.id,
      company: last.job.company.name,
      text: last.span.ongoing ? 'now' : last.span.toText,
      ongoing: last.span.ongoing,
    },
    span: {
      fromText: first.span.fromText,
      toText: last.span.toText,
      length: duration(last.span.to - first.span.from),
    },
    undated: jobs.length - dated.length,
  };
}
