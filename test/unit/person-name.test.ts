import { describe, expect, it } from 'vitest';
import { asPersonName, personFromLayout } from '../../seed/extract/person.js';

describe('whose document it is', () => {
  it('reads the name after a document title', () => {
    expect(asPersonName('Career narratives – Rahul Deshpande')).toBe('Rahul Deshpande');
    expect(asPersonName('Résumé | Jane Doe')).toBe('Jane Doe');
    expect(asPersonName('CV — MARIA SANTOS')).toBe('Maria Santos');
    // A company and a title is not a title and a name.
    expect(asPersonName('Acme Corp — Senior Engineer')).toBe('Acme Corp');
    expect(asPersonName('Project Narratives')).toBeUndefined();
    expect(asPersonName('Dr. Helena Costa')).toBe('Helena Costa');
  });

  it("finds the name under a LinkedIn export's sidebar, not a company above a title", () => {
    const linkedin = [
      'Contact',
      'www.linkedin.com/in/omarhaddad (LinkedIn)',
      'Top Skills',
      'Kubernetes',
      'Go',
      '',
      'Omar Haddad',
      'Site Reliability Engineer at Brightwell Payments',
      'Amman, Jordan',
      '',
      'Experience',
      'Brightwell Payments',
      'Site Reliability Engineer',
    ].join('\n');
    expect(personFromLayout(linkedin)).toBe('Omar Haddad');
    expect(
      personFromLayout(['Experience', 'Brightwell Payments', 'Site Reliability Engineer'].join('\n')),
    ).toBe(undefined);
  });
});
