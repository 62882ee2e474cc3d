import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../seed/structure/header.js';

/** A job's header line: which field is the employer, which the title, when role words sit inside names. */
describe('a header field that ends like a company name is the employer, role word or not', () => {
  it.each([
    [
      'Marketing Assistant, Examiner Publications (2015 – 2018)',
      'Marketing Assistant',
      'Examiner Publications',
    ],
    [
      'Examiner Publications — Marketing Assistant (2015 – 2018)',
      'Marketing Assistant',
      'Examiner Publications',
    ],
    ['Author Solutions | Customer Service Rep | 2012–2014', 'Customer Service Rep', 'Author Solutions'],
    ['Registrar Corp, Compliance Analyst, 2019 – present', 'Compliance Analyst', 'Registrar Corp'],
    ['Translator Bureau Ltd — Project Manager (2010–2013)', 'Project Manager', 'Translator Bureau Ltd'],
    // The unlabelled field between the title and the employer is the title's group.
    [
      'Lead Engineer, Flight Software, Ostara Avionics GmbH (2016 – 2020)',
      'Lead Engineer, Flight Software',
      'Ostara Avionics GmbH',
    ],
    // A function of the company stays a title.
    ['Head of Media Group — Acme (2010 – 2012)', 'Head of Media Group', 'Acme'],
    ['Senior Developer, Acme Corp, Boston MA (2010 – 2012)', 'Senior Developer', 'Acme Corp'],
  ])('%s', (line, title, company) => {
    expect(parseHeader([line])).toMatchObject({ title, company });
  });
});

describe('a civil-service grade before the post is a pay band, not the title', () => {
  it('keeps the post', () => {
    expect(parseHeader(['Higher Executive Officer (HEO), Systems Developer']).title).toBe(
      'Systems Developer',
    );
    expect(parseHeader(['Senior Executive Officer (SEO), Data Architect (2019 – 2022)']).title).toBe(
      'Data Architect',
    );
  });
  it('keeps a grade that is the only title', () => {
    expect(parseHeader(['Executive Officer, Home Office (2010 – 2012)']).title).toBe('Executive Officer');
  });
});
