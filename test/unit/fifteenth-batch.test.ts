import { describe, expect, it } from 'vitest';
import { stanceReader } from '../helpers/stance.js';

/**
 * Shapes and wordings of the fifteenth reviewer batch, and the gaps the last one left open.
 */
describe('the narrator administers a tool another party owns', () => {
  const stanceOf = stanceReader();
  it.each([
    ['HR owns Workday; I am its system administrator.', 'workday', 'used'],
    ['Finance owns NetSuite, but I was the admin for it.', 'netsuite', 'used'],
    ['The platform team runs Kubernetes and I administer it day to day.', 'kubernetes', 'used'],
    ['The vendor hosts Salesforce, and I was one of its power users.', 'salesforce', 'used'],
    // Without the narrator's hands on it, the owner's tool stays theirs.
    ['HR uses Workday.', 'workday', 'others'],
    ['The client ran SAP; I was the project lead.', 'sap-erp', 'others'],
    [
      'The agency built the site in WordPress; I was the admin of the Slack workspace.',
      'wordpress',
      'others',
    ],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});

describe('an arrow after a version', () => {
  const stanceOf = stanceReader();
  it('reads "Exchange 2010 → M365" as a move and "Java 8 → Java 17" as an upgrade', () => {
    expect(stanceOf('- on-prem Exchange 2010 → M365, 2022', 'microsoft-exchange')).toBe('migrated-from');
    expect(stanceOf('- on-prem Exchange 2010 → M365, 2022', 'microsoft-365')).toBe('used');
    expect(stanceOf('- Jenkins 2 → GitHub Actions', 'jenkins')).toBe('migrated-from');
    expect(stanceOf('Java 8 → Java 17 upgrade', 'java')).toBe('used');
    expect(stanceOf('- Postgres 9.6 → Postgres 14, zero downtime', 'postgresql')).toBe('used');
  });
});

describe('a tool the narrator never ran', () => {
  const stanceOf = stanceReader();
  it('is not used; a tool that "never ran out of memory" is', () => {
    expect(stanceOf('I never ran Vulcan there; the planners did.', 'maptek-vulcan')).not.toBe('used');
    expect(stanceOf("We didn't run Kafka at all.", 'apache-kafka')).toBe('evaluated');
    expect(stanceOf('Our Kafka cluster never ran out of disk that year.', 'apache-kafka')).toBe('used');
  });
});
