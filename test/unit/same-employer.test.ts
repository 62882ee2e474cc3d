import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../seed/extract/documents.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-same-employer-'));
const jobsOf = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (extractDocuments([file]).people[0]?.jobs ?? []).map((j) => ({
    company: j.company,
    title: j.title,
    tools: j.tools.map((t) => t.toolId).sort(),
  }));
};

// Two project narratives in the user's question-and-answer shape; only the second names the employer.
const narrative = (secondOpening: string, closing: string) => `### Project Narratives

1. **Description of the Project**:
   - **Why were you brought there initially?**
   I was hired as a Pharmacy Systems Analyst to replace the paper dispensing log.

   - **What did you specifically implement feature-wise in the app, and how?**
     - Built the dispensing service in Python with a PostgreSQL database.

------------------------------------------------------------------------

### Project Narratives

1. **Description of the Project**:
   - **Why were you brought there initially?**
   ${secondOpening} By then my title was Lead Pharmacy Systems Analyst.

   - **What did you specifically implement feature-wise in the app, and how?**
     - Moved the interfaces to Mirth Connect and wrote the HL7 mappings in JavaScript.

${closing}
`;

describe('project narratives of one employer', () => {
  it('merge when the later one says it is the same employer, keeping the later title and both projects’ tools', () => {
    const jobs = jobsOf(
      'pharmacy.md',
      narrative(
        'Same employer, second project: after the log went live I took over the interface engine.',
        'Both projects were during my five years at Riverside Community Hospital (2015–2020).',
      ),
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      company: 'Riverside Community Hospital',
      title: 'Lead Pharmacy Systems Analyst',
    });
    expect(jobs[0]?.tools).toEqual(expect.arrayContaining(['python', 'postgresql', 'javascript']));
  });

  it('merge when only the closing paragraph says both projects were at one place', () => {
    const jobs = jobsOf(
      'closing.md',
      narrative(
        'After the log went live I took over the interface engine.',
        'Both projects were during my five years at Riverside Community Hospital (2015–2020).',
      ),
    );
    expect(jobs).toHaveLength(1);
  });

  it('stay apart when nothing says they are one employment', () => {
    const jobs = jobsOf(
      'apart.md',
      narrative(
        'After two years I moved on to a regional clinic network to run their interface engine.',
        'I spent those years at Riverside Community Hospital, and I am grateful for them.',
      ),
    );
    expect(jobs).toHaveLength(2);
    expect(jobs[0]?.company).toBeNull();
  });

  it('stay apart when the first section already has its own employer', () => {
    const text = narrative(
      'Same employer as before, second project.',
      'Both projects were during my five years at Riverside Community Hospital (2015–2020).',
    ).replace(
      'I was hired as a Pharmacy Systems Analyst',
      'I joined Northgate Pharmacy as a Pharmacy Systems Analyst',
    );
    const jobs = jobsOf('own.md', text);
    expect(jobs.map((j) => j.company)).toEqual(['Northgate Pharmacy', 'Riverside Community Hospital']);
  });
});
