import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/extract-text.js';

/** What a person does away from the job, told inside the job's own text, is no usage of the job's tools. */
describe('life outside work, told within a job', () => {
  const person = extractText('off-work.md', [
    '# Priya Nair',
    '',
    '## Clinical Systems Analyst, Harbour Health (2019 – present)',
    '',
    'I build order sets in Epic and report on them in Tableau.',
    '',
    "Outside work, I run my running club's website on WordPress. The club's newsletter goes out through Mailchimp.",
    '',
    'In my spare time I keep bees and log the hives in Airtable.',
    '',
    'Back at work, every change request goes through ServiceNow.',
  ]);
  const tools = person?.jobs[0]?.tools.map((t) => t.toolId) ?? [];

  it('leaves out the tools of that life, to the end of its paragraph', () => {
    expect(tools).not.toContain('wordpress');
    expect(tools).not.toContain('mailchimp');
    expect(tools).not.toContain('airtable');
  });

  it('keeps the tools of the job, before and after', () => {
    expect(tools).toEqual(expect.arrayContaining(['epic', 'tableau', 'servicenow']));
  });

  it('does not take a sentence about work hours or office work for a life outside it', () => {
    const worker = extractText('off-work-negative.md', [
      '# Sam Lee',
      '',
      '## Site Engineer, Cobalt Build (2020 – 2023)',
      '',
      'Outside the office, on site, I tracked snags in Procore.',
      '',
      'After the merger, work moved to Aconex.',
    ]);
    expect(worker?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['procore', 'oracle-aconex']),
    );
  });
});
