import type { TimelineJob } from '../api/operations.js';
import { jobSpan, type Span } from './dates.js';

/** A dated job as a bar on the timeline. */
export interface TimelineBar extends Span {
  id: string;
  title: string;
  company: string;
}

/** One tool's lane: a segment for each dated job that used it. */
export interface ToolLane {
  id: string;
  name: string;
  segments: (Span & { jobId: string; company: string })[];
  first: number;
  last: number;
}

export interface TimelineModel {
  /** The axis, in whole years: from the first start to the end of the last year shown. */
  from: number;
  to: number;
  /** A tick at the start of each year on the axis. */
  years: number[];
  /** Dated jobs, earliest first. */
  jobs: TimelineBar[];
  /** Tools, most recently used first; at most `maxLanes`. */
  lanes: ToolLane[];
  /** How many tools there were before `maxLanes` cut the list. */
  totalTools: number;
  /** Jobs without a usable start date, left off the axis. */
  undated: { id: string; label: string }[];
}

/** Lanes beyond this make the view a wall of bars; the rest are counted, and the inspector still answers for them. */
export const MAX_LANES = 60;

/** Jobs as bars over the years and tools as lanes, from the jobs the API returns. */
export function buildTimeline(
  jobs: readonly TimelineJob[],
  now: Date = new Date(),
  maxLanes = MAX_LANES,
): TimelineModel {
  const bars: TimelineBar[] = [];
  const undated: { id: string; label: string }[] = [];
  const lanes = new Map<string, ToolLane>();
  for (const job of jobs) {
    const span = jobSpan(job.startDate, job.endDate, now);
    if (!span) {
      undated.push({ id: job.id, label: job.label });
      continue;
    }
    bars.push({ ...span, id: job.id, title: job.title ?? job.label, company: job.company.name });
    for (const tool of job.tools) {
      const lane = lanes.get(tool.id) ?? {
        id: tool.id,
        name: tool.name,
        segments: [],
        first: span.from,
        last: span.to,
      };
      lane.segments.push({ ...span, jobId: job.id, company: job.company.name });
      lane.first = Math.min(lane.first, span.from);
      lane.last = Math.max(lane.last, span.to);
      lanes.set(tool.id, lane);
    }
  }
  bars.sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
  const sorted = [...lanes.values()]
    .map((lane) => ({ ...lane, segments: lane.segments.sort((a, b) => a.from - b.from) }))
    .sort(
      (a, b) =>
        b.last - a.last ||
        b.segments.length - a.segments.length ||
        a.first - b.first ||
        a.name.localeCompare(b.name),
    );
  const from = bars.length ? Math.floor(Math.min(...bars.map((b) => b.from))) : 0;
  const to = bars.length ? Math.ceil(Math.max(...bars.map((b) => b.to))) : 0;
  const years: number[] = [];
  for (let y = from; y < to; y++) years.push(y);
  return {
    from,
    to: Math.max(to, from + 1),
    years,
    jobs: bars,
    lanes: sorted.slice(0, maxLanes),
    totalTools: sorted.length,
    undated,
  };
}

/** Where a moment sits on the axis, as a percentage of its width. */
export function percentOf(model: Pick<TimelineModel, 'from' | 'to'>, at: number): number {
  return (100 * (at - model.from)) / (model.to - model.from);
}
