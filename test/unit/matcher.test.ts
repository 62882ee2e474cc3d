import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

let matcher: ToolMatcher;
const ids = (sentence: string) => matcher.matchSentence(sentence).map((m) => m.toolId);

beforeAll(() => {
  matcher = new ToolMatcher(loadTaxonomy());
});

describe('ToolMatcher', () => {
  it('matches names and aliases case-insensitively at word boundaries', () => {
    expect(ids('We streamed events through kafka and KAFKA.')).toEqual(['apache-kafka', 'apache-kafka']);
    expect(ids('Containerized applications with Confluent Kafka.')).toEqual(['apache-kafka']);
    expect(ids('Used PySpark and Spark SQL.')).toEqual(['apache-spark', 'apache-spark']);
    expect(ids('Stored files in GCS.')).toEqual(['google-cloud-storage']);
  });

  it('does not find Scala in scalability', () => {
    expect(ids('limited scalability and performance bottlenecks')).toEqual([]);
    expect(ids('Developed Spark code using Scala and Spark SQL.')).toEqual([
      'apache-spark',
      'scala',
      'apache-spark',
    ]);
  });

  it('does not take "R+ tree", "R&D" or "Gage R&R" for the R language', () => {
    expect(ids('Enhanced and maintained critical B+ and R+ tree database indices.')).toEqual([]);
    expect(ids('Worked closely with R&D on pricing models.')).toEqual([]);
    expect(ids('Gage R&R studies and sampling plans in Minitab.')).toEqual(['minitab']);
    expect(ids('Built models in Python and R with scikit-learn.')).toContain('r');
  });

  it('does not take "data flow" for Google Dataflow', () => {
    expect(ids('Ensured seamless data flow during migration.')).toEqual([]);
    expect(ids('Built pipelines using Pub/Sub, Dataflow, and Cloud Composer.')).toContain(
      'google-cloud-dataflow',
    );
  });

  it('needs context for Go, Glue, Lambda, Hive, Pig, Spark and Flume', () => {
    expect(ids('frameworks like Django, Spring Boot, and Go')).toContain('go');
    expect(ids('Go live was planned for March.')).toEqual([]);
    expect(ids('We wrote some glue code between services.')).toEqual([]);
    expect(ids('Migrated data to S3, using Glue jobs written in PySpark.')).toContain('aws-glue');
    expect(ids('Java lambda expressions simplified the code.')).toEqual(['java']);
    expect(ids('Serverless processing with AWS Lambda.')).toEqual(['aws-lambda']);
    expect(ids('The office was a hive of activity.')).toEqual([]);
    expect(ids('Designed and created Hive external tables.')).toContain('apache-hive');
    expect(ids('Developed transformation pipelines using Pig, Python, and Oracle.')).toEqual(
      expect.arrayContaining(['apache-pig', 'python', 'oracle-database']),
    );
    expect(ids('It did spark interest in the team.')).toEqual([]);
    expect(ids('Used Flume for streaming log data.')).toContain('apache-flume');
  });

  it('prefers the longest match', () => {
    expect(ids('Shifted data storage to Azure SQL Data Warehouse.')).toEqual(['azure-sql-data-warehouse']);
    expect(ids('using the Cloud Storage Transfer Service')).toEqual(['storage-transfer-service']);
    expect(ids('Utilized Google Cloud Test Lab for automated testing')).toEqual(['firebase-test-lab']);
  });

  it('reports where each mention is, as written', () => {
    const [m] = matcher.matchSentence('Containerized applications with Confluent Kafka.');
    expect(m).toMatchObject({ text: 'Confluent Kafka', start: 32, end: 47 });
  });

  it('looks up keyword lists exactly, without context rules', () => {
    expect(matcher.lookupExact('Go')).toBe('go');
    expect(matcher.lookupExact('kafka')).toBe('apache-kafka');
    expect(matcher.lookupExact('no such tool')).toBeUndefined();
  });
});

describe('two case-sensitive rules for one spelling', () => {
  it('keeps both: "Fastlane" always, "fastlane" only about releasing apps', () => {
    const matcher = new ToolMatcher(loadTaxonomy());
    const found = (s: string) => matcher.matchSentence(s).map((m) => m.toolId);
    expect(found('Fastlane for both stores.')).toEqual(['fastlane']);
    expect(found('Shipped both stores with fastlane match.')).toEqual(['fastlane']);
    expect(found('He took the fast lane to management.')).toEqual([]);
  });
});

describe('names shared with a chemical', () => {
  it('reads DMS as AWS’s service, not the brewer’s dimethyl sulphide', () => {
    expect(ids('Replicated Oracle to Aurora with DMS and Debezium.')).toContain('aws-dms');
    expect(
      ids('Diacetyl and DMS by gas chromatography, with the runs processed in Chromeleon.'),
    ).not.toContain('aws-dms');
  });
});

describe('Storm the weather and Storm the stream processor', () => {
  it.each([
    ['Built topologies in Storm and Kafka for click tracking.', true],
    ['Storm topologies fed Cassandra.', true],
    ['Storm tracking and event-set generation in Python and Fortran.', false],
    ['Storm Ciara closed the site for two days, so I rebuilt the loss model in Python.', false],
    [
      'Compared our windstorm losses with the vendor event set in Python; Storm Eunice was the test case.',
      false,
    ],
  ])('%s → %s', (sentence, meant) => {
    expect(ids(sentence).includes('apache-storm')).toBe(meant);
  });
});

describe('Slurm the scheduler and slurm the slush', () => {
  it.each([
    ['The new Cray arrived and we moved from PBS Pro to Slurm.', true],
    ['Submitted SLURM array jobs overnight.', true],
    ['The heliport sat under a grey slurm of melting snow for three days.', false],
  ])('%s → %s', (sentence, meant) => {
    expect(ids(sentence).includes('slurm')).toBe(meant);
  });
});

describe('Illustrator the app and the illustrator', () => {
  it.each([
    ['Logos came as Illustrator files and I outlined the fonts in Illustrator.', true],
    ['She worked as a freelance Illustrator for children’s books.', false],
    ['Our Illustrator, Maya, drew the covers.', false],
  ])('%s → %s', (sentence, meant) => {
    expect(ids(sentence).includes('adobe-illustrator')).toBe(meant);
  });
});
