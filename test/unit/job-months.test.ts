import { describe, expect, it } from 'vitest';
import { proseDates } from '../../seed/structure/dates.js';
import { extractText } from '../helpers/extract-text.js';

/** A year-only job line made exact by what the document says elsewhere, as a careful reader does. */
describe('months from the prose', () => {
  it('reads a bullet that starts or ends the job ("Started on nights in July 2013", "Left in February 2021")', () => {
    const person = extractText('bullet-months.md', [
      '# Dee Lab',
      '',
      '## Experience',
      '',
      '### Medical Technologist — St. Brendan’s Community Hospital (2013 – 2016)',
      '',
      '- Started on nights in July 2013: chemistry, hematology and urinalysis in Epic Beaker.',
      '- Left in February 2016 for a day-shift post.',
    ]);
    expect(person?.jobs[0]).toMatchObject({ startDate: '2013-07', endDate: '2016-02' });
  });

  it('matches a move to the employer by a distinctive word of its name ("I joined the Sanger")', () => {
    const person = extractText('profile-months.txt', [
      'TOMASZ NOWAK',
      '',
      'PROFILE',
      'Computational biologist. I joined the Sanger in October 2019 straight after my PhD and left in March 2023.',
      '',
      'APPOINTMENTS',
      '',
      '2019–2023     Postdoctoral Research Associate, Wellcome Sanger Institute, Cambridge',
      '              Single-cell pipelines in Nextflow on an LSF cluster.',
    ]);
    expect(person?.jobs[0]).toMatchObject({ company: 'Wellcome Sanger Institute', startDate: '2019-10' });
  });

  it('dates a month told without its year ("That June I joined") in the year its heading gives', () => {
    const person = extractText('heading-year-month.md', [
      '# Tam Okoro',
      '',
      '## 2018–2021: Saltmarsh Television',
      '',
      'That June I joined Saltmarsh Television as production coordinator. Crew lists lived in Airtable.',
      '',
      'I left that February for a software job.',
    ]);
    expect(person?.jobs[0]).toMatchObject({ startDate: '2018-06', endDate: '2021-02' });
  });

  it('reads a month with a two-digit year ("Hired Aug \'22") and the narrator\'s first day in a year-only story', () => {
    const bullets = extractText('short-year.md', [
      '# Rosa Imbert',
      '',
      '## RevOps Manager — Tallyho Software — 2022–now',
      '',
      "- Hired Aug '22 as the first RevOps hire; moved pipeline reporting into Looker.",
    ]);
    expect(bullets?.jobs[0]).toMatchObject({ startDate: '2022-08' });
    const essay = extractText('first-day.md', [
      '# Piotr Lis',
      '',
      'In the autumn of 2014 I started as junior signalling designer at Penrose Signalling in Derby. The control',
      'tables we have prepared in Excel, one sheet for every station.',
      '',
      'Since 2019 I am working at Corvid Rail Systems in Birmingham. My first day there was a rainy Monday in June 2019.',
      'I write the interface requirements in Polarion.',
    ]);
    expect(essay?.jobs.find((j) => j.company === 'Corvid Rail Systems')).toMatchObject({
      startDate: '2019-06',
    });
  });

  it("leaves a quoted two-digit number alone (\"said 'hi' in '99\")", () => {
    expect(proseDates("I said 'hi' to the team in '99 and Aug 22 was a Monday").map((d) => d.date)).toEqual(
      [],
    );
  });
});

describe('LinkedIn roles written as headings under their company', () => {
  it('gives every role the company above them and none the place under its dates', () => {
    const person = extractText('linkedin-group.md', [
      '# Tomasz Wierzbicki',
      '',
      '## Experience',
      '',
      '**Kestrelbrook Semiconductor**',
      'Full-time · 7 yrs 4 mos',
      '',
      '### Senior Yield Engineer',
      'Jan 2021 - Present · 3 yrs',
      'Boise, Idaho, United States · On-site',
      '',
      '- Built the inline-to-sort correlation models in JMP.',
      '',
      '### Process Engineer II (Thin Films)',
      'Sep 2016 - Dec 2020 · 4 yrs 4 mos',
      'Colorado Springs, Colorado, United States',
      '',
      '- DOEs in JMP for a TiN stress problem.',
      '',
      '### Etch Process Engineer',
      'Northgate Wafer Technologies · Full-time',
      'Jun 2013 - Aug 2016 · 3 yrs 3 mos',
      '',
      '- SPC charts in Minitab.',
    ]);
    expect(person?.jobs.map((j) => [j.company, j.title, j.startDate])).toEqual([
      ['Kestrelbrook Semiconductor', 'Senior Yield Engineer', '2016-09'],
      ['Northgate Wafer Technologies', 'Etch Process Engineer', '2013-06'],
    ]);
  });
});

describe('titles and notes of a JSON Resume entry', () => {
  it('drops a note on the terms of the post, and keeps the full title a promotion in prose names more briefly', () => {
    const person = extractText('entry-notes.json', [
      JSON.stringify({
        basics: { name: 'Imogen Tasker' },
        work: [
          {
            name: 'The Corran Theatre Trust',
            position: 'Box Office & Ticketing Manager (maternity cover)',
            startDate: '2019-01',
            endDate: '2020-02',
            summary: 'Ran the box office on Spektrix.',
          },
          {
            name: 'Northgate Live',
            position: 'Ticketing & Operations Manager',
            startDate: '2016-04',
            endDate: '2018-12',
            summary:
              'Joined as Ticketing Coordinator, promoted to manager in June 2018. Sold shows on Eventbrite.',
          },
        ],
      }),
    ]);
    expect(person?.jobs.map((j) => j.title)).toEqual([
      'Box Office & Ticketing Manager',
      'Ticketing & Operations Manager',
    ]);
  });
});

describe('readings of the thirteenth batch that must leave other shapes alone (second reading)', () => {
  it('keeps an employer line that ends in a state, and ends a LinkedIn group at roles without its durations', () => {
    const person = extractText('group-then-others.md', [
      '# Sam Reyes',
      '',
      '## Experience',
      '',
      '**Kestrelbrook Semiconductor**',
      'Full-time · 3 yrs',
      '',
      '### Senior Process Engineer',
      'Jan 2017 - Present · 3 yrs',
      'Boise, Idaho, United States',
      '',
      '- Ran DOEs in JMP.',
      '',
      '### Registered Nurse',
      'Kaiser Permanente, Oakland, California',
      'Jun 2013 – Dec 2016',
      '',
      '- Charted in Epic every shift.',
    ]);
    expect(person?.jobs.map((j) => j.company)).toEqual(['Kestrelbrook Semiconductor', 'Kaiser Permanente']);
  });

  it('keeps a promotion told in prose over an assistant’s title, and a first day in another role out of the dates', () => {
    const person = extractText('promoted.md', [
      '# Jo Hart',
      '',
      '### Assistant Store Manager — Tesco (2015 – 2021)',
      '',
      'I was promoted to store manager in 2019. My first day as acting manager was in November. Rotas in Excel.',
    ]);
    expect(person?.jobs[0]).toMatchObject({ title: 'Store Manager', startDate: '2015' });
  });
});
