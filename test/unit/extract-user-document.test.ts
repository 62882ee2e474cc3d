import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { extractDocuments } from '../../seed/extract/documents.js';
import type { Job, PersonDocument } from '../../seed/model.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { type GoldJob, readGold, scoreTools } from '../helpers/gold.js';

const gold = readGold<{ jobs: GoldJob[] }>(
  join(packageRoot(), 'test', 'fixtures', 'narratives.expected.yaml'),
);

describe("the user's narratives", () => {
  let person: PersonDocument;
  let jobs: Job[];
  beforeAll(() => {
    person = extractDocuments([BUNDLED_NARRATIVES]).people[0] as PersonDocument;
    jobs = person.jobs;
  });

  it('yields six jobs for one person, named after no one in particular', () => {
    expect(jobs).toHaveLength(6);
    expect(person.person).toEqual({ id: 'person:me', name: 'Me' });
  });

  const expected = [
    {
      company: 'Truist Financial Corporation',
      platform: 'AWS',
      lead: 60,
      code: 40,
      team: 10,
      title: 'Team Lead',
      tools: [
        'apache-kafka',
        'aws-glue',
        'apache-spark',
        'dbt',
        'amazon-emr',
        'terraform',
        'jenkins',
        'microsoft-intune',
      ],
    },
    {
      company: 'Centene Corporation',
      platform: 'GCP',
      lead: 50,
      code: 50,
      team: 8,
      title: 'Senior Engineer',
      tools: [
        'google-bigquery',
        'google-cloud-dataflow',
        'google-cloud-pubsub',
        'scala',
        'vertex-ai',
        'google-cloud-composer',
        'storage-transfer-service',
      ],
    },
    {
      company: 'Hyundai Motors',
      platform: 'Azure',
      lead: 40,
      code: 60,
      team: 6,
      title: 'Senior Big Data Administrator',
      tools: [
        'azure-data-factory',
        'azure-sql-data-warehouse',
        'databricks',
        'azure-hdinsight',
        'apache-hive',
        'azure-key-vault',
        'shell',
      ],
    },
    {
      company: 'Pfizer',
      platform: 'AWS',
      lead: 50,
      code: 50,
      team: 8,
      title: 'Senior Big Data Engineer',
      tools: [
        'apache-kafka',
        'amazon-athena',
        'amazon-sagemaker',
        'aws-step-functions',
        'amazon-dynamodb',
        'mysql',
        'aws-cloudtrail',
      ],
    },
    {
      company: 'Cox Communications',
      platform: null,
      lead: 20,
      code: 80,
      team: 5,
      title: 'Hadoop Data Engineer',
      tools: [
        'apache-pig',
        'apache-sqoop',
        'apache-flume',
        'apache-nifi',
        'hadoop-yarn',
        'hdfs',
        'mapreduce',
        'scala',
        'oracle-database',
      ],
    },
    {
      company: 'ETSY Inc.',
      platform: null,
      lead: 30,
      code: 70,
      team: 6,
      title: 'Sr. Software Engineer',
      tools: [
        'django',
        'spring-boot',
        'go',
        'celery',
        'postgis',
        'elixir',
        'dotnet',
        'rabbitmq',
        'amazon-elasticache',
        'module-federation',
      ],
    },
  ];
  for (const [i, e] of expected.entries()) {
    it(`job ${i + 1}: ${e.company}`, () => {
      const job = jobs[i] as Job;
      expect(job.company).toBe(e.company);
      expect(job.platform).toBe(e.platform);
      expect([job.leadPercent, job.codePercent]).toEqual([e.lead, e.code]);
      expect(job.teamSize).toBe(e.team);
      expect(job.title).toBe(e.title);
      const ids = job.tools.map((t) => t.toolId);
      expect(ids).toEqual(expect.arrayContaining(e.tools));
    });
  }

  it('falls into none of the traps', () => {
    const ids = (i: number) => (jobs[i] as Job).tools.map((t) => t.toolId);
    // "B+ and R+ tree database indices" is not the R language.
    expect(jobs.flatMap((j) => j.tools.map((t) => t.toolId))).not.toContain('r');
    // Hyundai's "seamless data flow" is not Google Dataflow.
    expect(ids(2)).not.toContain('google-cloud-dataflow');
    // Scala only where the language is meant (Centene, Cox), never for "scalability" (Truist, Hyundai, ...).
    expect(jobs.filter((j) => j.tools.some((t) => t.toolId === 'scala')).map((j) => j.company)).toEqual([
      'Centene Corporation',
      'Cox Communications',
    ]);
    // "Azure SQL Data Warehouse" is one tool, not Azure + SQL.
    expect(ids(2)).not.toContain('sql');
    for (const [i, g] of gold.jobs.entries())
      for (const trap of g.notTools ?? []) expect(ids(i)).not.toContain(trap);
  });

  it('extracts tools with precision and recall 1.0 against the gold annotation', () => {
    const score = scoreTools(jobs, gold.jobs);
    console.log(
      `user document: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ${score.truePositives} tool mentions`,
    );
    expect(score.falsePositives).toEqual([]);
    expect(score.falseNegatives).toEqual([]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
  });

  it('keeps evidence sentences with their section and source line', () => {
    const truist = jobs[0] as Job;
    const kafka = truist.evidence.filter((e) => e.toolIds.includes('apache-kafka'));
    expect(kafka.map((e) => e.line)).toEqual([21, 30, 48]);
    expect(kafka[0]).toMatchObject({
      text: 'Created data ingestion pipelines using AWS Lambda, Kinesis, and Kafka for real-time and batch processing.',
      section: 'Features',
    });
    const pfizer = jobs[3] as Job;
    expect(pfizer.evidence.find((e) => e.toolIds.includes('apache-kafka'))?.text).toContain(
      'Confluent Kafka',
    );
  });

  it('reads challenges, the incident, team roles and practices', () => {
    const cox = jobs[4] as Job;
    expect(cox.challenges.map((c) => c.title)).toEqual([
      'Data ingestion delays and inefficiencies',
      'Poor performance of existing data processing algorithms',
      'Handling data in multiple formats from various sources',
    ]);
    expect(cox.challenges[0]?.toolIds).toEqual(expect.arrayContaining(['apache-nifi', 'apache-flume']));
    expect(cox.incidents).toHaveLength(1);
    expect(cox.incidents[0]).toMatchObject({
      failure: expect.stringContaining('failure in Sqoop jobs'),
      cause: expect.stringContaining('network instability'),
      rectification: expect.stringContaining('retry mechanism'),
      learning: expect.stringContaining('robust error handling'),
    });
    expect(cox.team).toEqual([
      { role: 'data engineer', count: 3 },
      { role: 'data scientist', count: 1 },
      { role: 'Hadoop Data Engineer', count: 1 },
    ]);
    const truist = jobs[0] as Job;
    expect(truist.practices.find((p) => p.kind === 'task-management')?.toolIds).toEqual([
      'jira',
      'confluence',
    ]);
    expect(truist.features).toHaveLength(5);
    expect(truist.contributions.map((c) => c.title)).toContain('CI/CD Automation');
  });

  it('repairs the mojibake: no stored text contains it', () => {
    const all = JSON.stringify(jobs);
    expect(all).not.toMatch(/â€|Ã|Â/);
    expect(jobs[0]?.whyHired).toContain('organization’s');
  });

  it('reports look-alike terms the taxonomy does not know, and nothing it does', () => {
    const terms = person.candidates.map((c) => c.term);
    expect(terms).not.toContain('Kafka');
    expect(terms).not.toContain('IAM');
    for (const c of person.candidates) expect(c.line).toBeGreaterThan(0);
  });
});
