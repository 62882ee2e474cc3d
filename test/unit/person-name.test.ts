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

  it('reads a name before an essay title, before post-nominal letters, and inside an HTML heading', () => {
    expect(asPersonName('Marcus Lindqvist: how I ended up building e-discovery systems')).toBe(
      'Marcus Lindqvist',
    );
    expect(asPersonName("DECLAN O'ROURKE  MEng CEng MIStructE")).toBe("Declan O'Rourke");
    expect(asPersonName('Priya Shah, CFA')).toBe('Priya Shah');
    expect(asPersonName('Eleanor Vance-Mbeki MSc CEnv MCIEEM')).toBe('Eleanor Vance-Mbeki');
    expect(asPersonName('Aoife Brennan MRICS')).toBe('Aoife Brennan');
    expect(asPersonName('SIOBHÁN CARRAWAY MCIOB')).toBe('Siobhán Carraway');
    expect(asPersonName('Priya Shah FCIPD')).toBe('Priya Shah');
    expect(asPersonName('Tom Ica Jones')).toBe('Tom Ica Jones');
    expect(asPersonName('Ronan McDonald')).toBe('Ronan McDonald');
    expect(asPersonName('Rafael "Raf" Adeyemi-Strand')).toBe('Rafael Adeyemi-Strand');
    expect(asPersonName('Margaret ‘Peggy’ Olsen')).toBe('Margaret Olsen');
    expect(
      personFromLayout(
        "# Twelve years of iPhone apps\n\nI'm Hannah Okafor, and I have built apps since 2012.",
      ),
    ).toBe('Hannah Okafor');
    expect(personFromLayout("I'm Senior Engineer at Acme.")).toBeUndefined();
    expect(asPersonName('JAMES ADEYEMI-CLARKE FIA')).toBe('James Adeyemi-Clarke');
    expect(asPersonName('Grace Okonkwo-Hale, MSN, RN-BC')).toBe('Grace Okonkwo-Hale');
    expect(asPersonName('<h1 align="center">Noor Haddad</h1>')).toBe('Noor Haddad');
    expect(personFromLayout('<h1 align="center">Noor Haddad</h1>\n\n<p align="center">Lisbon</p>')).toBe(
      'Noor Haddad',
    );
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
