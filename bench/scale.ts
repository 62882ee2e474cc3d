import { statSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocuments } from '../seed/extract/documents.js';
import { graphFromRows } from '../seed/load/graph-model.js';
import { buildRows } from '../seed/load/rows.js';
import { BUNDLED_NARRATIVES } from '../seed/paths.js';
import type { Taxonomy } from '../seed/taxonomy/load.js';
import { type Dataset, ensureDataset } from './generate/dataset.js';
import { now, round } from './lib/stats.js';
import { measureLoader, measurePerRowMerge } from './measure/seeding.js';
import { adminImport } from './neo4j/admin-import.js';
import { measureQueries } from './queries.js';
import { DATA_DIR, HEAP, PAGE_CACHE, SPECS } from './settings.js';
import type { Scale, ScaleContext, ScaleResult } from './types.js';

function dataset(scale: Scale, taxonomy: Taxonomy): Dataset | { files: string[]; bytes: number } {
  if (scale === 'S') return { files: [BUNDLED_NARRATIVES], bytes: statSync(BUNDLED_NARRATIVES).size };
  return ensureDataset(SPECS[scale], DATA_DIR, taxonomy);
}

/** One scale: its dataset, extraction, seeding (three ways), then the queries against a running server. */
export async function runScale(scale: Scale, ctx: ScaleContext): Promise<ScaleResult> {
  const { options, config, taxonomy, bench } = ctx;
  const { log } = options;
  log(`\n=== Scale ${scale}`);
  const data = dataset(scale, taxonomy);
  const generated = 'generatedSeconds' in data ? data.generatedSeconds : 0;
  if (generated)
    log(
      `  generated ${data.files.length} files (${(data.bytes / 1e6).toFixed(1)} MB) in ${generated.toFixed(1)} s`,
    );

  const t = now();
  const { people } = extractDocuments(data.files, { taxonomy });
  const extractSeconds = (now() - t) / 1000;
  const jobs = people.reduce((n, p) => n + p.jobs.length, 0);
  log(`  extracted ${people.length} people, ${jobs} jobs in ${extractSeconds.toFixed(1)} s`);
  const graph = graphFromRows(buildRows(people, taxonomy));
  log(`  graph: ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships`);
  const db = bench.connection;

  const seeding: ScaleResult['seeding'] = {} as ScaleResult['seeding'];
  if (!options.skip.has('perrow')) {
    log('  per-row MERGE baseline (a sample, extrapolated)');
    seeding.perRow = await measurePerRowMerge({
      db,
      people,
      taxonomy,
      fullGraph: graph,
      sampleRows: options.perRowSampleRows,
    });
    log(
      `  per-row MERGE: ${seeding.perRow.rowsPerSecond} rows/s → ${seeding.perRow.extrapolatedSeconds} s for the whole graph (extrapolated)`,
    );
  }
  const peoplePerRun = scale === 'L' ? options.lPeoplePerRun : people.length;
  log(`  loading with loadPeople (${peoplePerRun} people per transaction)`);
  seeding.loader = await measureLoader({ db, people, taxonomy, graph, peoplePerRun, log });
  log(
    `  loader: ${seeding.loader.seconds} s, ${seeding.loader.relationshipsPerSecond} relationships/s` +
      (seeding.loader.mismatches.length ? ` (MISMATCH: ${seeding.loader.mismatches.join('; ')})` : ''),
  );
  if (seeding.perRow)
    seeding.speedupOverPerRow = round(seeding.perRow.extrapolatedSeconds / seeding.loader.seconds, 1);

  const memory: ScaleResult['memory'] = { serverRssMb: {}, neo4jHeapMb: {} };
  const heap = await bench.heap();
  memory.neo4jHeapMb.afterSeed = heap?.usedMb;
  memory.neo4jHeapMb.max = heap?.maxMb;

  const result: ScaleResult = {
    scale,
    data: {
      source: scale === 'S' ? 'seed/data/narratives.md' : `bench/data/${scale}/ (generated)`,
      files: data.files.length,
      bytes: data.bytes,
      people: people.length,
      jobs,
      generatedSeconds: round(generated, 2),
      extractSeconds: round(extractSeconds, 2),
      extractMbPerSecond: round(data.bytes / 1e6 / extractSeconds, 2),
    },
    graph: { nodes: graph.nodeCount, relationships: graph.relationshipCount },
    seeding,
    queries: [],
    library: [],
    load: [],
    memory,
  };

  await measureQueries(scale, result, people, ctx);

  if (!options.skip.has('import') && scale !== 'S') {
    log('  neo4j-admin database import full (same graph as CSV, separate stopped instance)');
    try {
      const lib = await bench.libDir();
      seeding.adminImport = await adminImport({
        graph,
        config,
        lib,
        workDir: join(DATA_DIR, `import-${scale}`),
        heap: HEAP,
        pageCache: PAGE_CACHE,
        log,
      });
      seeding.ratioToImport = round(seeding.loader.seconds / seeding.adminImport.importSeconds, 2);
      seeding.ratioToImportWithIndexes = round(
        seeding.loader.seconds / (seeding.adminImport.importSeconds + seeding.adminImport.indexSeconds),
        2,
      );
    } catch (error) {
      seeding.adminImportError = (error as Error).message.slice(0, 2000);
      log(`  neo4j-admin import failed: ${seeding.adminImportError}`);
    }
  }
  return result;
}
