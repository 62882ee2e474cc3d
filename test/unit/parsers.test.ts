import { describe, expect, it } from 'vitest';
import { companyKey, findCompany } from '../../seed/extract/company.js';
import { parseLeadCode } from '../../seed/extract/lead-code.js';
import { classifyQuestion } from '../../seed/extract/questions.js';
import { parseTeam } from '../../seed/extract/team.js';
import { asciiDocToMarkdown, isAsciiDoc } from '../../seed/parse/asciidoc.js';

describe('parseLeadCode', () => {
  it.each([
    ['Approximately 60% of my time was spent on leadership activities, while 40% was spent coding.', 60, 40],
    [
      '50% of my time was dedicated to hands-on coding, while the other 50% was focused on guiding engineers.',
      50,
      50,
    ],
    ['I spent approximately 60% of my time coding and 40% leading the migration efforts.', 40, 60],
    ['I spent about 20% of my time leading efforts and 80% coding.', 20, 80],
    ['Roughly 70 percent hands-on development.', 30, 70],
    ['About half and half.', 50, 50],
    ['Leading vs coding: 50/50.', 50, 50],
    ['About 70% coding and 30% leading; code reviews were split 50/50 with my peer.', 30, 70],
  ])('%s', (text, lead, code) => {
    expect(parseLeadCode(text)).toEqual({ lead, code });
  });

  it('returns nulls when no split is stated', () => {
    expect(parseLeadCode('I mostly coded.')).toEqual({ lead: null, code: null });
  });
});

describe('parseTeam', () => {
  it('keeps names that end in a capital S ("iOS") and singularises plurals ("QAs")', () => {
    expect(parseTeam('Five: two Android, two iOS and myself as tech lead.').roles).toEqual(
      expect.arrayContaining([{ role: 'iOS', count: 2 }]),
    );
    expect(parseTeam('Four: two QAs and two developers.').roles).toEqual(
      expect.arrayContaining([{ role: 'QA', count: 2 }]),
    );
  });

  it('reads size, roles and the narrator’s title', () => {
    expect(
      parseTeam(
        'The team consisted of 10 members: 5 data engineers, 2 data scientists, 1 data analyst, 1 DevOps engineer, and myself as the team lead.',
      ),
    ).toEqual({
      size: 10,
      title: 'Team Lead',
      roles: [
        { role: 'data engineer', count: 5 },
        { role: 'data scientist', count: 2 },
        { role: 'data analyst', count: 1 },
        { role: 'DevOps engineer', count: 1 },
        { role: 'Team Lead', count: 1 },
      ],
    });
  });

  it('cuts the title at what the narrator did, keeps abbreviations, and reads number words', () => {
    expect(
      parseTeam(
        'The team included 8 members: 4 data engineers, and myself as a senior engineer overseeing the data infrastructure.',
      ).title,
    ).toBe('Senior Engineer');
    expect(
      parseTeam(
        'The team comprised 6 members: 3 software engineers, and myself as the Sr. Software Engineer.',
      ).title,
    ).toBe('Sr. Software Engineer');
    expect(parseTeam('A team of five people: three developers and two testers.')).toMatchObject({ size: 5 });
  });

  it('adds up the roles when no size is given', () => {
    expect(parseTeam('We were 3 backend engineers, 2 QA engineers and myself as tech lead.').size).toBe(6);
  });
});

describe('findCompany', () => {
  const isTool = (name: string) => ['Apache NiFi', 'Hadoop', 'Google Cloud Platform'].includes(name);
  it('prefers "At X," and pools variants of one name', () => {
    expect(findCompany(['At ETSY Inc., I played a key role.', "ETSY's backend team"], isTool)).toBe(
      'ETSY Inc.',
    );
    expect(
      findCompany(["I led the migration of Truist Financial Corporation's data infrastructure."], isTool),
    ).toBe('Truist Financial Corporation');
    expect(
      findCompany(
        [
          'I improved the data processing capabilities of Cox Communications by leveraging Hadoop.',
          'I worked with the analysts of Cox Communications on reporting.',
        ],
        isTool,
      ),
    ).toBe('Cox Communications');
    // One weak hint alone is not enough: "for ETL." is not an employer.
    expect(findCompany(['We used Spark for ETL.'], isTool)).toBeNull();
  });

  it('does not take a tool for the employer', () => {
    expect(
      findCompany(
        ["Monitored pipelines using Apache NiFi's built-in tools and Hadoop's resource manager."],
        isTool,
      ),
    ).toBeNull();
    expect(findCompany(['At Databricks, I built the query engine.'], (n) => n === 'Databricks')).toBe(
      'Databricks',
    );
  });

  it('keys companies without case, punctuation or legal suffixes', () => {
    expect(companyKey('ETSY Inc.')).toBe(companyKey('Etsy'));
    expect(companyKey('Centene Corporation')).toBe('centene');
    expect(companyKey('Procter & Gamble Co.')).toBe('procter-and-gamble');
  });
});

describe('classifyQuestion', () => {
  it.each([
    ['Why were you brought there initially?', 'whyHired'],
    ['What was the current state of the app and production environment upon your arrival?', 'startingPoint'],
    ['What was the app, and what does it do?', 'app'],
    ['Who was the end user of the app?', 'endUsers'],
    ['What did you specifically implement feature-wise in the app, and how?', 'features'],
    ['What percent of time did you lead, and what percent of time did you code?', 'leadCode'],
    [
      'What challenges did you face in the production environment and in development, and how did you address them?',
      'challenges',
    ],
    ['What was the size of the team and the breakdown of roles?', 'team'],
    [
      'How did you manage the day-to-day production environment, task management, and tool, documentation standards?',
      'taskManagement',
    ],
    [
      'What was the testing environment like? What tools and practices were used to manage sound code?',
      'testing',
    ],
    [
      'What weekly standing meetings were present, who was present, and what was discussed? How did you run the scrum meeting?',
      'meetings',
    ],
  ])('%s', (question, field) => {
    expect(classifyQuestion(question)).toBe(field);
  });
});

describe('AsciiDoc', () => {
  const cv = [
    '= Camille Desrosiers',
    ':email: camille@example.de',
    ':toc: left',
    '// rendered with asciidoctor-pdf',
    '',
    '== Skills',
    'Languages:: C, Ada',
    '',
    '=== Lead Engineer, Ostara Avionics GmbH',
    ':dates: Sept 2019 to date',
    '',
    '* Control laws in SCADE Suite',
    '** KCG code generator',
    '----',
    '* not an item',
    '----',
  ].join('\n');

  it('is recognised by its title and attributes, or by two section titles, and not in Markdown or prose', () => {
    expect(isAsciiDoc(cv)).toBe(true);
    expect(isAsciiDoc('Intro\n\n== Experience\ntext\n\n== Education\ntext')).toBe(true);
    expect(isAsciiDoc('# Camille\n\n## Experience\n- C at Ostara')).toBe(false);
    expect(isAsciiDoc('a = b\n== is equality in JavaScript')).toBe(false);
  });

  it('becomes Markdown line for line: headings, header attributes, description lists, nested items', () => {
    const lines = asciiDocToMarkdown(cv).split('\n');
    expect(lines).toHaveLength(cv.split('\n').length);
    expect(lines.slice(0, 10)).toEqual([
      '# Camille Desrosiers',
      'Email: camille@example.de',
      '',
      '',
      '',
      '## Skills',
      'Languages: C, Ada',
      '',
      '### Lead Engineer, Ostara Avionics GmbH',
      'Dates: Sept 2019 to date',
    ]);
    expect(lines.slice(11)).toEqual([
      '- Control laws in SCADE Suite',
      '  - KCG code generator',
      '```',
      '* not an item',
      '```',
    ]);
  });
});
