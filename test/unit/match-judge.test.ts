import { beforeAll, describe, expect, it } from 'vitest';
import type { Requirement } from '../../contract/graphql.js';
import { readPosting } from '../../seed/match/posting.js';
import { loadTaxonomy, type Taxonomy } from '../../seed/taxonomy/load.js';
import { KnownTools } from '../../server/graphql/known-tools.js';
import { judge, type ToolInfo } from '../../server/match/judge.js';
import { evidencePack } from '../../server/match/pack.js';
import { spanOf } from '../../server/match/recency.js';
import type { Profile } from '../../server/match/rows.js';
import { summarise } from '../../server/match/summary.js';

let taxonomy: Taxonomy;
let tools: ToolInfo;
beforeAll(() => {
  taxonomy = loadTaxonomy();
  const known = new KnownTools(taxonomy);
  tools = {
    byId: (id) => known.byId(id),
    categoryName: (id) => taxonomy.categories.get(id.replace(/^category:/, ''))?.name ?? null,
  };
});

const evidence = (text: string, line: number, section = 'Features') => ({
  text,
  line,
  section,
  source: 'me.md',
  context: null,
});

// A person with two dated jobs: Kafka at both, Kinesis at one, Snowflake only in a Skills list, Pulsar evaluated.
const profile = (): Profile => ({
  jobs: [
    {
      id: 'job:me:1',
      label: 'Lead · Acme',
      title: 'Lead',
      company: 'Acme',
      startDate: '2021-03',
      endDate: 'present',
      ordinal: 1,
    },
    {
      id: 'job:me:2',
      label: 'Engineer · Initech',
      title: 'Engineer',
      company: 'Initech',
      startDate: '2017',
      endDate: '2021',
      ordinal: 2,
    },
  ],
  used: [
    {
      job: 'job:me:2',
      tool: 'tool:apache-kafka',
      name: 'Apache Kafka',
      vendor: 'Apache',
      category: 'category:streaming',
      stance: 'USED',
      evidence: [
        evidence('Tools: Kafka', 3, 'Tools'),
        evidence('Built the Kafka ingestion that carried 2 billion events a day.', 9),
      ],
    },
    {
      job: 'job:me:1',
      tool: 'tool:apache-kafka',
      name: 'Apache Kafka',
      vendor: 'Apache',
      category: 'category:streaming',
      stance: 'USED',
      evidence: [evidence('Moved billing onto Kafka.', 20)],
    },
    {
      job: 'job:me:1',
      tool: 'tool:amazon-kinesis',
      name: 'Amazon Kinesis',
      vendor: 'AWS',
      category: 'category:streaming',
      stance: 'USED',
      evidence: [],
    },
  ],
  mentioned: [
    {
      job: 'job:me:1',
      tool: 'tool:apache-pulsar',
      stance: 'EVALUATED',
      evidence: [evidence('We evaluated Pulsar and stayed on Kafka.', 22)],
    },
  ],
  claimed: [{ tool: 'tool:snowflake', evidence: [evidence('Data: Snowflake, dbt', 2, 'Skills')] }],
});

const POSTING = `## Requirements
- Kafka or Kinesis
- Snowflake
- Apache Pulsar
## Nice to have
- Amazon MSK
- Salesforce`;

function judged(): Requirement[] {
  return judge(readPosting(POSTING, taxonomy).requirements, profile(), tools);
}
const find = (rs: Requirement[], name: string) => rs.find((r) => r.tool.name === name) as Requirement;

describe('judging requirements against a profile', () => {
  it('gives each requirement its status, strongest evidence first', () => {
    const rs = judged();
    expect(rs.map((r) => [r.tool.name, r.priority, r.status])).toEqual([
      ['Apache Kafka', 'MUST', 'EVIDENCED'],
      ['Amazon Kinesis', 'MUST', 'EVIDENCED'],
      ['Snowflake', 'MUST', 'CLAIMED_ONLY'],
      ['Apache Pulsar', 'MUST', 'MENTIONED'],
      ['Amazon MSK', 'NICE', 'ADJACENT'],
      ['Salesforce', 'NICE', 'MISSING'],
    ]);
  });

  it('orders usages most recent first, keeps the best sentences, and measures recency', () => {
    const kafka = find(judged(), 'Apache Kafka');
    expect(kafka.usages.map((u) => u.job.company)).toEqual(['Acme', 'Initech']);
    // The told sentence beats the tools list.
    expect(kafka.usages[1]?.evidence.map((e) => e.line)).toEqual([3, 9]);
    expect(kafka.usages[1]?.evidence[1]?.text).toContain('2 billion');
    expect(kafka).toMatchObject({ jobCount: 2, firstUsed: '2017', lastUsed: 'present' });
    expect(kafka.years).toBeGreaterThan(9);
    expect(kafka.explanation).toBe('Used in 2 jobs, most recently at Acme (until present).');
  });

  it('offers used tools of the same category for what is missing, same vendor first, and says why', () => {
    const msk = find(judged(), 'Amazon MSK');
    expect(msk.adjacent.map((a) => a.tool.name)).toEqual(['Amazon Kinesis', 'Apache Kafka']);
    expect(msk.adjacent[0]?.reason).toBe('same vendor and same category as Amazon MSK: Streaming');
    expect(msk.adjacent[1]?.jobs.map((j) => j.company)).toEqual(['Acme', 'Initech']);
    expect(msk.explanation).toBe(
      'Not used, but Amazon Kinesis (Acme) and Apache Kafka (Acme, Initech) were: same category as Amazon MSK: Streaming.',
    );
  });

  it('flags a skills-list claim and shows the line that makes it', () => {
    const snowflake = find(judged(), 'Snowflake');
    expect(snowflake.claims.map((c) => c.text)).toEqual(['Data: Snowflake, dbt']);
    expect(snowflake.explanation).toContain('reviewers discount');
  });

  it('judges everything missing on an empty graph', () => {
    const rs = judge(readPosting(POSTING, taxonomy).requirements, null, tools);
    expect(new Set(rs.map((r) => r.status))).toEqual(new Set(['MISSING']));
  });
});

describe('the summary and the evidence pack', () => {
  it('counts alternatives once, per priority, and explains the gaps in words', () => {
    const rs = judged();
    const summary = summarise(rs, [{ term: 'Kubernets', line: 9, suggestions: ['Kubernetes'] }]);
    // "Kafka or Kinesis" is one requirement.
    expect(summary.must).toEqual({
      total: 3,
      evidenced: 1,
      claimedOnly: 1,
      adjacent: 0,
      mentioned: 1,
      missing: 0,
    });
    expect(summary.nice).toEqual({
      total: 2,
      evidenced: 0,
      claimedOnly: 0,
      adjacent: 1,
      mentioned: 0,
      missing: 1,
    });
    expect(summary.text).toBe(
      'Must-haves: 1 of 3 evidenced; claimed in a skills list only: Snowflake; mentioned, not used: Apache Pulsar. ' +
        'Nice-to-haves: 0 of 2 evidenced; not used but close: Amazon MSK (you used Amazon Kinesis); missing: Salesforce. ' +
        'Not recognised as tools: Kubernets (Kubernetes?).',
    );
  });

  it('writes a Markdown pack with each requirement, its status and its sentences', () => {
    const rs = judged();
    const summary = summarise(rs, []);
    const md = evidencePack({
      person: { id: 'person:me', name: 'Me' },
      requirements: rs,
      unrecognised: [],
      summary,
    });
    expect(md).toContain('# Evidence pack for Me');
    expect(md).toContain('## Must-haves');
    expect(md).toContain('### Apache Kafka — evidenced');
    expect(md).toContain('- **Lead · Acme** (2021-03 – present)');
    expect(md).toContain('"Moved billing onto Kafka." — Features, me.md:20');
    expect(md).toContain('### Salesforce — missing');
    expect(md.indexOf('## Nice-to-haves')).toBeGreaterThan(md.indexOf('### Apache Pulsar'));
  });

  it('escapes Markdown in quoted sentences', () => {
    const rs = judged();
    const kafka = find(rs, 'Apache Kafka');
    const k = {
      ...kafka,
      usages: kafka.usages
        .slice(0, 1)
        .map((u) => ({ ...u, evidence: [evidence('# not a heading [link](x)', 1)] })),
    };
    const md = evidencePack({
      person: null,
      requirements: [k],
      unrecognised: [],
      summary: summarise([k], []),
    });
    expect(md).toContain('"\\# not a heading \\[link\\](x)"');
  });
});

describe('recency', () => {
  it('spans the first start to the last end, "present" included', () => {
    const now = new Date(Date.UTC(2026, 10, 30));
    expect(spanOf([{ startDate: '2019-03', endDate: '2021-02' }], now)).toEqual({
      first: '2019-03',
      last: '2021-02',
      years: 2,
    });
    expect(
      spanOf(
        [
          { startDate: '2017', endDate: '2021' },
          { startDate: '2021-03', endDate: 'present' },
        ],
        now,
      ).last,
    ).toBe('present');
    expect(spanOf([{ startDate: null, endDate: null }], now)).toEqual({
      first: null,
      last: null,
      years: null,
    });
  });
});
