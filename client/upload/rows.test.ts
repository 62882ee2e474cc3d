import { describe, expect, it } from 'vitest';
import type { DocumentPreview } from '../../contract/writes.js';
import {
  categoryChoices,
  describeCorrection,
  fileProblem,
  previewRows,
  previewSummary,
  resolveTool,
} from './rows.js';

const preview: DocumentPreview = {
  file: 'lina.md',
  bytes: 900,
  people: [
    {
      id: 'person:lina-okafor',
      name: 'Lina Okafor',
      jobs: [
        {
          ordinal: 1,
          company: 'Harbor Health',
          title: 'Senior Mobile Developer',
          startDate: '2021-01',
          endDate: 'present',
          line: 16,
          tools: [
            {
              toolId: 'tool:jenkins',
              name: 'Jenkins',
              category: 'CI/CD',
              stance: 'MIGRATED_FROM',
              evidence: [{ text: 'Moved the builds off Jenkins to GitHub Actions.', line: 21 }],
            },
            {
              toolId: 'tool:swift',
              name: 'Swift',
              category: 'Programming languages',
              stance: 'USED',
              evidence: [
                { text: 'Rewrote the patient app in Swift.', line: 18 },
                { text: 'Swift again.', line: 19 },
              ],
            },
            { toolId: 'tool:odd', name: 'Odd', category: null, stance: 'USED', evidence: [] },
          ],
          mentions: [],
        },
        {
          ordinal: 2,
          company: null,
          title: null,
          startDate: null,
          endDate: null,
          line: 30,
          tools: [],
          mentions: [],
        },
      ],
      claimed: [{ toolId: 'tool:kotlin', name: 'Kotlin' }],
      candidates: [
        { term: 'Urban Airship', count: 1, line: 20 },
        { term: 'Driftwire', count: 2, line: 22 },
      ],
      warnings: ['line 30: a job without a company'],
    },
  ],
};

describe('previewRows', () => {
  const [person] = previewRows(preview);

  it('says each job’s title, company, dates in words and line', () => {
    expect(person?.jobs.map((j) => [j.title, j.company, j.dates, j.line])).toEqual([
      ['Senior Mobile Developer', 'Harbor Health', 'Jan 2021 – present', 16],
      ['Untitled job', 'Unknown company', '', 30],
    ]);
  });

  it('lists tools used before tools moved off, each with its stance in words and first sentence only', () => {
    expect(person?.jobs[0]?.tools).toEqual([
      { toolId: 'tool:odd', name: 'Odd', category: 'Uncategorised', stance: 'used', evidence: null },
      {
        toolId: 'tool:swift',
        name: 'Swift',
        category: 'Programming languages',
        stance: 'used',
        evidence: { text: 'Rewrote the patient app in Swift.', line: 18 },
      },
      {
        toolId: 'tool:jenkins',
        name: 'Jenkins',
        category: 'CI/CD',
        stance: 'moved off',
        evidence: { text: 'Moved the builds off Jenkins to GitHub Actions.', line: 21 },
      },
    ]);
  });

  it('keeps claims and warnings, and puts the most frequent candidate first', () => {
    expect(person?.claimed).toEqual(['Kotlin']);
    expect(person?.warnings).toEqual(['line 30: a job without a company']);
    expect(person?.candidates.map((c) => c.term)).toEqual(['Driftwire', 'Urban Airship']);
  });

  it('sums a preview up in one line', () => {
    expect(previewSummary(previewRows(preview))).toBe(
      'Lina Okafor: 2 jobs, 3 tools, 2 terms not in the taxonomy',
    );
    expect(previewSummary([])).toBe('This document names nobody to load.');
  });
});

describe('the corrections in words', () => {
  const names = new Map([
    ['tool:swift', 'Swift'],
    ['tool:go', 'Go'],
    ['category:ci-cd', 'CI/CD'],
  ]);

  it('describes each kind, with the tool’s name when known', () => {
    expect(
      describeCorrection(
        { id: 'wrong:swift:abc', kind: 'wrong-match', toolId: 'tool:swift', sentence: 'Paid by SWIFT.' },
        names,
      ),
    ).toBe('Not Swift in “Paid by SWIFT.”');
    expect(
      describeCorrection({ id: 'alias:go:golang', kind: 'alias', toolId: 'tool:go', alias: 'Golang' }, names),
    ).toBe('“Golang” is a spelling of Go');
    expect(
      describeCorrection({ id: 'alias:x:y', kind: 'alias', toolId: 'tool:apache-kafka', alias: 'y' }, names),
    ).toBe('“y” is a spelling of apache-kafka');
    expect(
      describeCorrection(
        { id: 'tool:driftwire', kind: 'tool', name: 'Driftwire', category: 'ci-cd', aliases: ['DW'] },
        names,
      ),
    ).toBe('New tool Driftwire (CI/CD), also DW');
    expect(
      describeCorrection({ id: 'tool:zed', kind: 'tool', name: 'Zed', category: 'editors' }, names),
    ).toBe('New tool Zed (editors)');
  });
});

describe('choosing files, categories and tools', () => {
  it('accepts the formats the server reads, and says which when it does not', () => {
    expect(fileProblem('cv.md')).toBeNull();
    expect(fileProblem('CV.Markdown')).toBeNull();
    expect(fileProblem('resume.json')).toBeNull();
    expect(fileProblem('notes.txt')).toBeNull();
    expect(fileProblem('cv.pdf')).toMatch(/\.md, \.markdown, \.txt, \.json.*“cv\.pdf”/);
  });

  it('offers categories as the taxonomy’s ids, by name', () => {
    expect(
      categoryChoices([
        { id: 'category:streaming', name: 'Streaming' },
        { id: 'category:ci-cd', name: 'CI/CD' },
      ]),
    ).toEqual([
      { value: 'ci-cd', label: 'CI/CD' },
      { value: 'streaming', label: 'Streaming' },
    ]);
  });

  it('finds a known tool by name or alias, in any case', () => {
    const tools = [
      { id: 'tool:kubernetes', name: 'Kubernetes', aliases: ['k8s'] },
      { id: 'tool:go', name: 'Go', aliases: ['Golang'] },
    ];
    expect(resolveTool('kubernetes', tools)?.id).toBe('tool:kubernetes');
    expect(resolveTool(' K8S ', tools)?.id).toBe('tool:kubernetes');
    expect(resolveTool('golang', tools)?.id).toBe('tool:go');
    expect(resolveTool('', tools)).toBeNull();
    expect(resolveTool('Rust', tools)).toBeNull();
  });
});
