import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/extract-text.js';

/** A whole career told as questions and answers: which answers belong to which employer, and what each job is. */
describe('a career told as questions from its start', () => {
  const person = extractText('from-start.md', [
    '# Owen Castle: from the city desk to developer relations',
    '',
    '## Why did the Courier hire you?',
    '',
    'The Harrow Valley Courier took me on as a trainee reporter in September 2012. In 2016 the editor made me the',
    "paper's first data reporter, and I logged planning applications in Google Sheets.",
    '',
    '## What does a data reporter at a local paper actually do?',
    '',
    'Charts went into Datawrapper. Later I became the newsroom’s unofficial Arc trainer.',
    '',
    '## Why leave journalism?',
    '',
    'I left the Courier in March 2020, and in April 2020 I joined Quillmate, a start-up in Manchester, as its first',
    "developer advocate. I'm still at Quillmate.",
    '',
    '## What did you build?',
    '',
    'Starter templates in Next.js with one-click deploys to Vercel.',
    '',
    '## What went wrong?',
    '',
    'Our Next.js starter called a retired endpoint; now every starter runs nightly in GitHub Actions.',
  ]);

  it('gives the answers after a move forward to the new employer', () => {
    expect(person?.jobs.map((j) => j.company)).toEqual(['Harrow Valley Courier', 'Quillmate']);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['nextjs', 'vercel', 'github-actions']),
    );
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).not.toContain('nextjs');
  });

  it('reads the employer who took the narrator on, titles said in passing, and the dates of a move', () => {
    expect(person?.jobs.map((j) => j.title)).toEqual(['Data Reporter', 'Developer Advocate']);
    expect(person?.jobs[0]?.startDate).toBe('2012-09');
    expect(person?.jobs[1]).toMatchObject({ startDate: '2020-04', endDate: 'present' });
  });
});

describe('a career told as questions from now', () => {
  it('brings the answers after an earlier job back to the job held now', () => {
    const person = extractText('from-now.md', [
      '# Dee Whit',
      '',
      '### What do you do now?',
      '',
      "I'm the Senior Epidemiologist at Marlow County Health Department. We run SAS.",
      '',
      '### How did you get into epidemiology?',
      '',
      'Before that I worked at Ridgeway University as a research coordinator, cleaning survey data in SPSS.',
      '',
      '### What tools does the county use?',
      '',
      'Stata for models and REDCap for case forms.',
      '',
      "### What's next?",
      '',
      'A new surveillance dashboard.',
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual([
      'Marlow County Health Department',
      'Ridgeway University',
    ]);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(expect.arrayContaining(['stata', 'redcap']));
  });
});
