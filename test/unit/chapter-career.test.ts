import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers/extract-text.js';

/** A career told as chapters whose titles name the years and a theme, and the employer only in the story. */
describe('a career told as themed chapters', () => {
  const person = extractText('chapters.md', [
    '# Tamsin Holt',
    '',
    "## 2013–2015: Runner's legs",
    '',
    'In September 2013 I started as a runner at Harrowgate Pictures, a factual producer in Bristol. The office ran on',
    'Google Sheets.',
    '',
    '## 2015–2018: Learning the call sheet',
    '',
    'Harrowgate made me a production assistant in 2015 and production coordinator the year after. I kept the',
    'shooting schedule in Trello.',
    '',
    'I left Harrowgate in May 2018.',
    '',
    '## 2018–2021: The show that nearly broke me',
    '',
    'That June I joined Saltmarsh Television as production coordinator. Crew lists moved into Airtable.',
  ]);

  it('takes no theme for an employer, and joins a chapter that goes on at the employer before to that job', () => {
    expect(person?.jobs.map((j) => j.company)).toEqual(['Harrowgate Pictures', 'Saltmarsh Television']);
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).toEqual(
      expect.arrayContaining(['google-sheets', 'trello']),
    );
    expect(person?.jobs[0]?.startDate).toBe('2013-09');
    expect(person?.jobs[0]?.endDate).toMatch(/^2018/);
  });

  it('keeps a chapter that names no employer and opens elsewhere as its own', () => {
    const other = extractText('chapters-apart.md', [
      '# Ana Ruiz',
      '',
      '## 2012–2015: At Bellweather Foods',
      '',
      'I joined Bellweather Foods as a buyer in 2012 and planned ranges in Excel.',
      '',
      '## 2016–2019: Learning the trade',
      '',
      'In 2016 I joined Pennine Fresh, a wholesaler in Leeds, as category manager. We forecast in Anaplan.',
    ]);
    expect(other?.jobs.map((j) => j.company)).toEqual(['Bellweather Foods', 'Pennine Fresh']);
  });
});

/** An essay under a title and a byline, one paragraph per employer. */
describe('a career essay with a byline', () => {
  const person = extractText('essay-byline.md', [
    '# From the bridge to the berth window',
    '',
    '*by Signe Haraldsen*',
    '',
    'I went to sea because my grandfather had. In March 2011 I joined Kestrel Bulk Carriers as third officer on a',
    'Supramax. Kestrel made me second officer in 2013. Noon reports went ashore in an Excel template.',
    '',
    'Aldermoor Container Line took me on in January 2017 as a fleet operations analyst in its Hamburg office. By',
    '2019 I had built a small pipeline in Python with pandas.',
    '',
    'I left Aldermoor in April 2022, and that May I joined Quaywise, a port-tech startup in Rotterdam, as head of',
    'customer operations. We predict berth occupancy with a great deal of Python.',
  ]);

  it('names the author from the byline', () => {
    expect(person?.person.name).toBe('Signe Haraldsen');
  });

  it('starts a job at a paragraph that opens with the employer taking the narrator on', () => {
    expect(person?.jobs.map((j) => j.company)).toEqual([
      'Kestrel Bulk Carriers',
      'Aldermoor Container Line',
      'Quaywise',
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toEqual(expect.arrayContaining(['python', 'pandas']));
    expect(person?.jobs[0]?.tools.map((t) => t.toolId)).not.toContain('python');
  });

  it('reads a rank the employer gave ("made me second officer") and a title with "head of"', () => {
    expect(person?.jobs.map((j) => j.title?.toLowerCase())).toEqual([
      'second officer',
      'fleet operations analyst',
      'head of customer operations',
    ]);
  });
});

/** An essay whose employers take the narrator on in the middle of a paragraph, named with an apposition. */
describe('an essay where employers take the narrator on', () => {
  const person = extractText('essay-taken-on.md', [
    '# Tomasz Wren: relays, renewables and a startup',
    '',
    'I grew up in Paisley taking apart whatever my father left in the garage. I studied electrical engineering at',
    'Strathclyde. In September 2014 the transmission operator Northmark Grid took me on as a graduate protection',
    'engineer. Fault studies ran in PSS/E.',
    '',
    'I left Northmark in April 2018, and a month later Solenne Renewables, a developer of onshore wind sites, hired',
    'me as a grid connections engineer. Within my first year I moved the team to ETAP.',
    '',
    'At the end of 2021 I left Solenne, and since January 2022 I have been the lead power systems engineer at',
    'Ohmline, a startup in Glasgow. The product is written in Python.',
  ]);

  it('starts a job where each employer takes the narrator on, and dates it by the moves', () => {
    expect(person?.jobs.map((j) => [j.company, j.startDate, j.endDate])).toEqual([
      ['Northmark Grid', '2014-09', '2018-04'],
      ['Solenne Renewables', null, '2021-12'],
      ['Ohmline', '2022-01', 'present'],
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toContain('etap');
  });
});

describe('a chapter headed by its years alone', () => {
  it('is a job whose story names the employer and the title', () => {
    const person = extractText('years-heading.md', [
      '# Grace Mulholland',
      '',
      '## Larkspur County Council, 2016–2020',
      '',
      'I ran Mosaic for the county. I left Larkspur at the end of 2020.',
      '',
      '## 2021 to now',
      '',
      "In February 2021 I joined Harbour Lights Children's Trust, a fostering and family-support charity working",
      'across three counties, as its first Case Management Systems Lead. I rebuilt case management on Salesforce.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate, j.endDate])).toEqual([
      ['Larkspur County Council', null, '2016', '2020-12'],
      ["Harbour Lights Children's Trust", 'Case Management Systems Lead', '2021-02', 'present'],
    ]);
    expect(person?.jobs[1]?.tools.map((t) => t.toolId)).toContain('salesforce');
  });
});
