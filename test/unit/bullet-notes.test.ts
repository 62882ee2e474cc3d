import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/extract-text.js';

/** Terse bullets say a tool's stance after a colon or in brackets, not in a sentence of their own. */
describe('stances told by a terse bullet', () => {
  const person = extractText('bullet-notes.md', [
    '# Dan Nowak',
    '',
    "## BMS Engineer — Halcyon Estates (Sep '20 – now)",
    '',
    "- SkySpark: 60-day trial '22, not bought",
    "- RTUs on Trane Tracer SC: Trane's svc contract, their engineers only",
    '- Grafana: energy dashboards for every site',
    "- Tools: Niagara 4, Metasys (until '23), Python, Power BI, Haystack tagging (planned)",
    '- Rate shopping in Lighthouse (formerly OTA Insight).',
  ]);
  const job = person?.jobs[0];
  const stanceOf = (id: string) =>
    job?.tools.find((t) => t.toolId === id)?.stance ??
    job?.otherMentions.find((m) => m.toolId === id)?.stance;

  it('reads a month with a short year ("Sep \'20") in the heading', () => {
    expect(job).toMatchObject({ company: 'Halcyon Estates', startDate: '2020-09', endDate: 'present' });
  });

  it('reads the text after a bullet’s title as telling the title’s tool', () => {
    expect(stanceOf('skyspark')).toBe('evaluated');
    expect(stanceOf('trane-tracer-sc')).toBe('others');
    expect(stanceOf('grafana')).toBe('used');
  });

  it('reads a note in brackets after a listed tool', () => {
    expect(stanceOf('johnson-controls-metasys')).toBe('migrated-from');
    expect(stanceOf('niagara-framework')).toBe('used');
    expect(stanceOf('python')).toBe('used');
    // A former name is no former tool.
    expect(stanceOf('lighthouse')).toBe('used');
  });
});
