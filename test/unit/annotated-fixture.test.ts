import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { extractDocuments } from '../../seed/extract/documents.js';
import type { Job } from '../../seed/model.js';
import { type GoldJob, readGold, scoreTools } from '../helpers/gold.js';

const dir = join(packageRoot(), 'test', 'fixtures', 'annotated');
const fixture = readGold<{ documents: { file: string; person: string; jobs: GoldJob[] }[] }>(
  join(dir, 'expected.yaml'),
);

/** Each document's extracted jobs, next to its gold jobs. */
function extracted(doc: { file: string }) {
  return extractDocuments([join(dir, doc.file)]).people[0];
}

describe('the annotated fixture (CRLF, * bullets, front matter, missing sections, traps, a held-out document)', () => {
  for (const doc of fixture.documents) {
    it(`${doc.file}: people, companies, titles, splits and team sizes`, () => {
      const person = extracted(doc);
      expect(person?.person.name).toBe(doc.person);
      expect(person?.jobs).toHaveLength(doc.jobs.length);
      for (const [i, g] of doc.jobs.entries()) {
        const job = person?.jobs[i] as Job;
        expect(job.company).toBe(g.company);
        if (g.title) expect(job.title).toBe(g.title);
        if (g.leadPercent !== undefined) expect(job.leadPercent).toBe(g.leadPercent);
        if (g.codePercent !== undefined) expect(job.codePercent).toBe(g.codePercent);
        if (g.teamSize !== undefined) expect(job.teamSize).toBe(g.teamSize);
        for (const trap of g.notTools ?? []) expect(job.tools.map((t) => t.toolId)).not.toContain(trap);
      }
    });
  }

  it('extracts tools with precision and recall of at least 0.95', () => {
    const all = { jobs: [] as Job[], gold: [] as GoldJob[] };
    for (const doc of fixture.documents) {
      const jobs = extracted(doc)?.jobs ?? [];
      // Paired by position, so a document that yields fewer jobs scores its gold as misses.
      for (const [i, gold] of doc.jobs.entries()) {
        all.gold.push(gold);
        all.jobs.push(jobs[i] ?? ({ tools: [] } as unknown as Job));
      }
    }
    const score = scoreTools(all.jobs, all.gold);
    console.log(
      `annotated fixture: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ` +
        `${score.truePositives + score.falseNegatives.length} gold tool mentions in ${all.gold.length} jobs` +
        (score.falsePositives.length ? `; false positives ${JSON.stringify(score.falsePositives)}` : '') +
        (score.falseNegatives.length ? `; misses ${JSON.stringify(score.falseNegatives)}` : ''),
    );
    expect(all.gold.length).toBe(9);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
