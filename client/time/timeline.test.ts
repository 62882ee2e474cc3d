import { describe, expect, it } from 'vitest';
import type { TimelineJob } from '../api/operations.js';
import { buildTimeline, percentOf } from './timeline.js';

const NOW = new Date(2025, 6, 1);

function job(
  id: string,
  company: string,
  startDate: string | null,
  endDate: string | null,
  tools: string[],
): TimelineJob {
  return {
    id,
    label: `Engineer · ${company}`,
    title: 'Engineer',
    startDate,
    endDate,
    company: { id: `company:${company.toLowerCase()}`, name: company },
    person: { id: 'person:noor', name: 'Noor' },
    tools: tools.map((name) => ({ id: `tool:${name.toLowerCase()}`, name })),
  };
}

describe('the timeline', () => {
  const model = buildTimeline(
    [
      job('job:2', 'Wadi', '2021-03', 'present', ['Go', 'Kafka']),
      job('job:1', 'Petra', '2017', '2021', ['Django', 'Kafka']),
      job('job:3', 'Acme', null, null, ['Cobol']),
    ],
    NOW,
  );

  it('puts dated jobs on an axis of whole years, earliest first, and lists the undated apart', () => {
    expect(model.jobs.map((j) => j.id)).toEqual(['job:1', 'job:2']);
    expect(model.from).toBe(2017);
    expect(model.to).toBe(2026);
    expect(model.years[0]).toBe(2017);
    expect(model.years.at(-1)).toBe(2025);
    expect(model.undated).toEqual([{ id: 'job:3', label: 'Engineer · Acme' }]);
  });

  it('gives each tool a lane with a segment per job, most recently used first', () => {
    expect(model.lanes.map((l) => l.name)).toEqual(['Kafka', 'Go', 'Django']);
    const kafka = model.lanes[0];
    expect(kafka?.segments.map((s) => s.jobId)).toEqual(['job:1', 'job:2']);
    expect(model.lanes.some((l) => l.name === 'Cobol')).toBe(false);
  });

  it('keeps at most the lanes asked for, and says how many there were', () => {
    const cut = buildTimeline([job('job:1', 'Petra', '2017', '2021', ['A', 'B', 'C'])], NOW, 2);
    expect(cut.lanes).toHaveLength(2);
    expect(cut.totalTools).toBe(3);
  });

  it('places a moment as a share of the axis', () => {
    expect(percentOf(model, 2017)).toBe(0);
    expect(percentOf(model, 2026)).toBe(100);
    expect(percentOf({ from: 2020, to: 2024 }, 2021)).toBe(25);
  });
});
