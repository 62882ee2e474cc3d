import type { Taxonomy } from '../seed/taxonomy/load.js';
import type { Config } from '../server/config.js';
import type { MachineSpec } from './lib/machine.js';
import type { LoadResult } from './measure/concurrency.js';
import type { ExtractionResult } from './measure/extraction.js';
import type { FrontendResult, TraceSummary } from './measure/frontend.js';
import type { Series } from './measure/latency.js';
import type { ScaleArguments } from './measure/operations.js';
import type { QueryProfile } from './measure/profile.js';
import type { LoaderResult, PerRowResult } from './measure/seeding.js';
import type { AdminImportResult } from './neo4j/admin-import.js';
import type { BenchNeo4j } from './neo4j/instance.js';
import type { Goal } from './report/goals.js';
import type { ServerProcess } from './servers/process.js';

export type Scale = 'S' | 'M' | 'L';

export interface BenchOptions {
  scales: Scale[];
  /** CI smoke: fewer requests, shorter load tests, small extraction corpus, one front-end case. */
  quick: boolean;
  /** Timed requests per operation and way (after warm-up). */
  requests: number;
  warmup: number;
  /** Longest one latency series may run before it is cut (then it has fewer requests; the results say so). */
  seriesBudgetSeconds: Record<Scale, number>;
  loadSeconds: number;
  /** People per loadPeople call (one transaction each) at L; S and M load in one call. */
  lPeoplePerRun: number;
  perRowSampleRows: number;
  extractionBytes: number;
  skip: Set<string>;
  /** Where <timestamp>.json and latest.md go. */
  resultsDir: string;
  /** Writes a CPU profile of the Skillgraph server during the latency runs (bench/data/profiles). */
  profileServer: boolean;
  log: (line: string) => void;
}

export interface QueryResult {
  name: string;
  field: string;
  variables: Record<string, unknown>;
  note?: string;
  http: Series;
  driver: Series;
  /** GraphQL over HTTP vs the same Cypher through the driver, at the median. */
  overheadP50: number;
  cypher: string;
  profile?: QueryProfile;
  /** The same query with a proposed change to Skillgraph's Cypher (outside bench/), through the driver. */
  proposed?: { change: string; driver: Series; dbHits?: number };
}
export interface LibraryResult {
  name: string;
  comparesTo: string;
  note: string;
  http: Series;
  /** Skillgraph's median divided by the library's: below 1 means Skillgraph is faster. */
  ratioP50?: number;
}

export interface ScaleResult {
  scale: Scale;
  data: {
    source: string;
    files: number;
    bytes: number;
    people: number;
    jobs: number;
    generatedSeconds: number;
    extractSeconds: number;
    extractMbPerSecond: number;
  };
  graph: { nodes: number; relationships: number };
  seeding: {
    loader: LoaderResult;
    perRow?: PerRowResult;
    adminImport?: AdminImportResult;
    adminImportError?: string;
    /** Our loader's time over neo4j-admin import's (import alone, and import plus building the indexes). */
    ratioToImport?: number;
    ratioToImportWithIndexes?: number;
    /** Per-row MERGE (extrapolated) over our loader. */
    speedupOverPerRow?: number;
  };
  arguments?: ScaleArguments;
  queries: QueryResult[];
  library: LibraryResult[];
  libraryError?: string;
  load: LoadResult[];
  memory: {
    serverRssMb: { afterStart?: number; afterLatency?: number; afterLoad?: number };
    neo4jHeapMb: { afterSeed?: number; afterLatency?: number; afterLoad?: number; max?: number };
  };
  serverProfile?: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  command: string;
  options: Pick<
    BenchOptions,
    'scales' | 'quick' | 'requests' | 'warmup' | 'seriesBudgetSeconds' | 'loadSeconds' | 'lPeoplePerRun'
  > & { skipped: string[] };
  machine: MachineSpec;
  /** 1-minute load average when the run ended (see machine.loadAverageAtStart). */
  loadAverageAtEnd: number;
  neo4j: { external: boolean; heap: string; pageCache: string; uri: string };
  extraction?: ExtractionResult;
  extractionSkipped?: string;
  scales: ScaleResult[];
  frontend?: { chromium: string; results: FrontendResult[]; trace?: TraceSummary };
  frontendSkipped?: string;
  goals: Goal[];
  /** Scales that failed, with the error; their numbers are missing. */
  errors: string[];
}

/** What every step of one scale's run needs. */
export interface ScaleContext {
  options: BenchOptions;
  config: Config;
  taxonomy: Taxonomy;
  bench: BenchNeo4j;
  servers: Set<ServerProcess>;
}
