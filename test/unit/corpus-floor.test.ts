import { describe, expect, it } from 'vitest';
import { byStyle, CORPORA, evaluateCorpus, summarise } from '../../bench/eval/evaluate.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';

/**
 * A floor under how well the seeder reads career documents it was not written for (npm run eval prints the full
 * table). The development set is what the seeder was tuned on; the held-out set was written by someone else and is
 * never tuned against, so its floor is the honest one. The goal is 0.95 precision and recall with no phantom jobs
 * and every company right; these floors hold what is reached today so that nothing slips back.
 */
const taxonomy = loadTaxonomy();

describe('reading documents the seeder was not written for (test/corpus)', () => {
  it('development set: tools, jobs, companies, titles, dates and stances', () => {
    const all = summarise(evaluateCorpus(CORPORA.dev, taxonomy));
    // 186 documents since the session of 2026-12-02, when a fifteenth batch of 12 reviewers' documents joined after
    // fixes by kind (12, 12, 12, 24, 24, 16 and 32 in the sessions before); three are still read badly on purpose
    // (test/corpus/README.md), which are most of the missed jobs. No phantom job is left.
    expect(all.documents).toBeGreaterThanOrEqual(186);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.92);
    expect(all.phantomJobs).toBe(0);
    expect(all.missedJobs).toBeLessThanOrEqual(6);
    expect(all.companies).toBeGreaterThanOrEqual(0.93);
    expect(all.titles).toBeGreaterThanOrEqual(0.94);
    expect(all.dates).toBeGreaterThanOrEqual(0.94);
    expect(all.stances).toBeGreaterThanOrEqual(0.88);
    expect(all.people).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out set, never tuned against', () => {
    const scores = evaluateCorpus(CORPORA['held-out'], taxonomy);
    const all = summarise(scores);
    expect(all.documents).toBe(10);
    expect(all.precision).toBeGreaterThanOrEqual(0.91);
    expect(all.recall).toBeGreaterThanOrEqual(0.89);
    expect(all.phantomJobs).toBe(0);
    expect(all.missedJobs).toBe(0);
    expect(all.companies).toBeGreaterThanOrEqual(0.95);
    expect(all.stances).toBeGreaterThanOrEqual(0.92);
    // Every style is read, none left behind.
    for (const [style, s] of byStyle(scores)) expect(s.recall, style).toBeGreaterThanOrEqual(0.75);
  });
});
