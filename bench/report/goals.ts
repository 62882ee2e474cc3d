import type { BenchResults, ScaleResult } from '../types.js';

export interface Goal {
  goal: string;
  /** What was measured, with the number. */
  measured: string;
  /** null when this run did not measure it (scale or section skipped). */
  met: boolean | null;
}

const scale = (r: BenchResults, s: string): ScaleResult | undefined => r.scales.find((x) => x.scale === s);

/** The issue's goals, each judged on this run's numbers. */
export function evaluateGoals(r: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const M = scale(r, 'M');
  const L = scale(r, 'L');

  const whereUsed = M?.queries.find((q) => q.name === 'whereUsed (mid-popularity tool)');
  const popular = M?.queries.find((q) => q.name === 'whereUsed (most popular tool)');
  goals.push({
    goal: 'whereUsed p99 ≤ 10 ms at M, GraphQL over HTTP',
    measured: whereUsed
      ? `${whereUsed.http.p99} ms (mid-popularity tool); most popular tool: ${popular?.http.p99} ms`
      : 'not measured (run --scale M)',
    met: whereUsed ? whereUsed.http.p99 <= 10 : null,
  });

  const within = M?.queries.filter((q) => q.overheadP50 <= 1.3) ?? [];
  const worst = [...(M?.queries ?? [])].sort((a, b) => b.overheadP50 - a.overheadP50)[0];
  goals.push({
    goal: 'GraphQL overhead (a)/(b) ≤ 1.3 at the median (whereUsed at M)',
    measured: whereUsed
      ? `×${whereUsed.overheadP50} for whereUsed; ${within.length} of ${M?.queries.length} operations at M within ×1.3 (highest: ${worst?.name} ×${worst?.overheadP50})`
      : 'not measured (run --scale M)',
    met: whereUsed ? whereUsed.overheadP50 <= 1.3 : null,
  });

  const comparisons = r.scales.flatMap((s) => s.library.map((l) => ({ scale: s.scale, ...l })));
  const slower = comparisons.filter((c) => c.ratioP50 === undefined || c.ratioP50 >= 1);
  goals.push({
    goal: 'Faster than @neo4j/graphql on every comparable operation',
    measured: comparisons.length
      ? slower.length === 0
        ? `faster on all ${comparisons.length} (scale × operation) pairs; slowest ratio ×${Math.max(...comparisons.map((c) => c.ratioP50 ?? 0))}`
        : `slower or equal on ${slower.length} of ${comparisons.length}: ${slower.map((c) => `${c.scale} ${c.name} ×${c.ratioP50}`).join(', ')}`
      : 'not measured',
    met: comparisons.length ? slower.length === 0 : null,
  });

  const imp = L?.seeding.adminImport;
  goals.push({
    goal: 'Seeding within 5× of neo4j-admin import at L',
    measured:
      L && imp
        ? `loader ${L.seeding.loader.seconds} s vs import ${imp.importSeconds} s: ×${L.seeding.ratioToImport} (×${L.seeding.ratioToImportWithIndexes} against import + index build ${imp.indexSeconds} s)`
        : 'not measured (run --scale L)',
    met: L && imp ? (L.seeding.ratioToImport ?? Number.POSITIVE_INFINITY) <= 5 : null,
  });

  const perRow = L?.seeding.perRow;
  goals.push({
    goal: 'Seeding at least 10× faster than per-row MERGE (at L)',
    measured:
      L && perRow
        ? `×${L.seeding.speedupOverPerRow} (per-row ${perRow.rowsPerSecond} rows/s on a ${perRow.sampleNodes + perRow.sampleRelationships}-row sample, extrapolated to ${perRow.extrapolatedSeconds} s)`
        : 'not measured (run --scale L)',
    met: L && perRow ? (L.seeding.speedupOverPerRow ?? 0) >= 10 : null,
  });

  const ex = r.extraction;
  goals.push({
    goal: 'Extraction ≥ 5 MB/s',
    measured: ex
      ? `${ex.multiFile.mbPerSecond} MB/s on ${(ex.inputBytes / 1e6).toFixed(0)} MB of files (Markdown parsing alone: ${ex.parseOnly.mbPerSecond} MB/s)`
      : 'not measured',
    met: ex ? ex.multiFile.mbPerSecond >= 5 : null,
  });
  const styles = ex?.styles ?? [];
  goals.push({
    goal: 'Extraction ≥ 5 MB/s for every input style (one large document each)',
    measured: styles.length
      ? styles.map((s) => `${s.style} ${s.mbPerSecond} MB/s`).join(', ')
      : 'not measured',
    met: styles.length ? styles.every((s) => s.mbPerSecond >= 5) : null,
  });
  goals.push({
    goal: 'Extraction peak memory ≤ 10× the input, for every style',
    measured: styles.length ? styles.map((s) => `${s.style} ${s.memoryRatio}×`).join(', ') : 'not measured',
    met: styles.length ? styles.every((s) => s.memoryRatio <= 10) : null,
  });

  const goalCase = r.frontend?.results.find(
    (f) => f.nodes === 5000 && f.edges === 20000 && f.requestedRenderer === 'canvas',
  );
  goals.push({
    goal: '5,000 nodes / 20,000 edges: first render + layout ≤ 3 s (canvas)',
    measured: goalCase
      ? goalCase.error
        ? `failed: ${goalCase.error}`
        : `laid out with every edge drawn after ${goalCase.layoutMs} ms (force refinement done at ${goalCase.refinedMs} ms)`
      : 'not measured',
    met: goalCase ? !goalCase.error && goalCase.layoutMs <= 3000 : null,
  });
  goals.push({
    goal: '5,000 nodes / 20,000 edges: median frame ≤ 33 ms while panning (canvas)',
    measured:
      goalCase && !goalCase.error
        ? `${goalCase.frameMedianMs} ms (p95 ${goalCase.frameP95Ms} ms)`
        : 'not measured',
    met: goalCase && !goalCase.error ? goalCase.frameMedianMs <= 33 : null,
  });

  const load = r.scales.flatMap((s) => s.load);
  // autocannon counts a timeout in `errors` as well as in `timeouts`: adding both would count it twice.
  const loadErrors = load.reduce((n, l) => n + l.errors + l.non2xx + l.graphqlErrors, 0);
  const loadTimeouts = load.reduce((n, l) => n + l.timeouts, 0);
  const seriesErrors = r.scales.reduce(
    (n, s) => n + s.queries.reduce((m, q) => m + q.http.errors + q.driver.errors, 0),
    0,
  );
  const stalled = load.filter((l) => l.requests === 0);
  goals.push({
    goal: 'Zero errors under load',
    measured: load.length
      ? `${loadErrors} load-test requests failed (${loadTimeouts} of them timeouts at 30 s; connection errors, non-2xx and GraphQL errors count too), ${load.reduce((n, l) => n + l.requests, 0)} answered; ${seriesErrors} failures in the latency series` +
        (stalled.length
          ? `; ${stalled.length} load test(s) completed no request within the test (${stalled.map((l) => `${l.operation} ×${l.connections}`).join(', ')})`
          : '')
      : 'not measured',
    met: load.length ? loadErrors === 0 && seriesErrors === 0 && stalled.length === 0 : null,
  });
  return goals;
}
