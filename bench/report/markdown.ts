import type { BenchResults, ScaleResult } from '../types.js';

const fmt = (n: number | undefined | null, digits = 1): string => {
  if (n === undefined || n === null || Number.isNaN(n)) return '–';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits).replace(/\.0+$/, '');
};
const ms = (n: number | undefined) => fmt(n, n !== undefined && n < 10 ? 2 : 1);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const yes = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**missed**');

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function machine(r: BenchResults): string {
  const m = r.machine;
  return table(
    ['', ''],
    [
      ['CPU', `${m.cpu} (${m.cores} cores)`],
      ['Memory', `${m.ramGiB} GiB`],
      ['OS', m.os],
      ['Node', m.node],
      ['Java', m.java],
      [
        'Neo4j',
        `${m.neo4j}${r.neo4j.external ? ' (external, NEO4J_URI)' : `, own server: heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}`}`,
      ],
      ['Chromium', m.chromium ?? r.frontend?.chromium ?? '–'],
      ['Date', m.date],
      [
        'Load average (1 min)',
        `${m.loadAverageAtStart} at the start, ${r.loadAverageAtEnd} at the end (the bench itself adds up to ~2; more means other work shared the cores)`,
      ],
      ['Command', `\`${r.command}\` (${r.wallSeconds} s wall)`],
    ],
  );
}

function seeding(scales: ScaleResult[]): string {
  return table(
    [
      'Scale',
      'People / jobs',
      'Input',
      'Nodes / relationships',
      'Extract',
      'loadPeople',
      'Relationships/s',
      'neo4j-admin import (+ indexes)',
      'Loader ÷ import',
      'Per-row MERGE (extrapolated)',
      'Loader speed-up',
    ],
    scales.map((s) => {
      const l = s.seeding.loader;
      const imp = s.seeding.adminImport;
      const pr = s.seeding.perRow;
      return [
        s.scale,
        `${fmt(s.data.people)} / ${fmt(s.data.jobs)}`,
        `${s.data.files} files, ${mb(s.data.bytes)}`,
        `${fmt(s.graph.nodes)} / ${fmt(s.graph.relationships)}`,
        `${fmt(s.data.extractSeconds)} s (${fmt(s.data.extractMbPerSecond, 2)} MB/s)`,
        `${fmt(l.seconds)} s in ${l.runs.length} transaction${l.runs.length > 1 ? 's' : ''}${l.mismatches.length ? ' ⚠ count mismatch' : ''}`,
        fmt(l.relationshipsPerSecond),
        imp
          ? `${fmt(imp.importSeconds)} s (+ ${fmt(imp.indexSeconds)} s)`
          : s.seeding.adminImportError
            ? 'failed'
            : '–',
        s.seeding.ratioToImport !== undefined
          ? `×${fmt(s.seeding.ratioToImport, 2)} (×${fmt(s.seeding.ratioToImportWithIndexes, 2)} with indexes)`
          : '–',
        pr ? `${fmt(pr.rowsPerSecond)} rows/s → ${fmt(pr.extrapolatedSeconds)} s` : '–',
        s.seeding.speedupOverPerRow !== undefined ? `×${fmt(s.seeding.speedupOverPerRow)}` : '–',
      ];
    }),
  );
}

function steps(scales: ScaleResult[]): string {
  const names = [...new Set(scales.flatMap((s) => Object.keys(s.seeding.loader.steps ?? {})))];
  if (names.length === 0) return '';
  return table(
    ['Loader step', ...scales.map((s) => `${s.scale} (s)`)],
    names.map((n) => [n, ...scales.map((s) => fmt(s.seeding.loader.steps?.[n], 2))]),
  );
}

function latency(s: ScaleResult): string {
  return table(
    [
      'Operation',
      'HTTP p50',
      'p95',
      'p99',
      'driver p50',
      'p95',
      'p99',
      '(a)/(b) p50',
      'requests',
      'db hits',
      'response',
    ],
    s.queries.map((q) => [
      q.name,
      ms(q.http.p50),
      ms(q.http.p95),
      ms(q.http.p99),
      ms(q.driver.p50),
      ms(q.driver.p95),
      ms(q.driver.p99),
      `×${fmt(q.overheadP50, 2)}`,
      `${q.http.n}${q.http.cutByBudget ? '*' : ''}${q.http.errors ? ` (${q.http.errors} errors)` : ''}`,
      fmt(q.profile?.dbHits),
      q.http.responseBytes !== undefined ? `${fmt(q.http.responseBytes / 1024)} KB` : '–',
    ]),
  );
}

function library(scales: ScaleResult[]): string {
  const rows = scales.flatMap((s) =>
    s.library.map((l) => {
      const ours = s.queries.find((q) => q.name === l.comparesTo);
      return [
        s.scale,
        l.name.replace(/^lib /, ''),
        ours ? `${ms(ours.http.p50)} / ${ms(ours.http.p99)}` : '–',
        `${ms(l.http.p50)} / ${ms(l.http.p99)}${l.http.errors ? ` (${l.http.errors} errors)` : ''}`,
        l.ratioP50 !== undefined ? `×${fmt(l.ratioP50, 2)}` : '–',
        l.note,
      ];
    }),
  );
  return table(
    [
      'Scale',
      'Operation',
      'Skillgraph p50 / p99 (ms)',
      '@neo4j/graphql p50 / p99 (ms)',
      'ratio (a)/(c)',
      'Difference',
    ],
    rows,
  );
}

function load(scales: ScaleResult[]): string {
  return table(
    [
      'Scale',
      'Operation',
      'Connections',
      'Run',
      'req/s',
      'p50 (ms)',
      'p99 (ms)',
      'errors',
      'timeouts',
      'non-2xx',
      'GraphQL errors',
    ],
    scales.flatMap((s) =>
      s.load.map((l) => [
        s.scale,
        l.operation,
        l.connections,
        l.amount ? `${l.amount} requests (${fmt(l.durationSeconds)} s)` : `${fmt(l.durationSeconds)} s`,
        fmt(l.reqPerSec),
        fmt(l.latencyP50),
        fmt(l.latencyP99),
        l.errors,
        l.timeouts,
        l.non2xx,
        l.graphqlErrors,
      ]),
    ),
  );
}

function frontend(r: BenchResults): string {
  if (!r.frontend) return `Not measured: ${r.frontendSkipped ?? 'skipped'}.`;
  return table(
    [
      'Graph',
      'Renderer',
      'First picture (ms)',
      'Laid out, all edges drawn (ms)',
      'Force layout done (ms)',
      'Frame median (ms)',
      'Frame p95 (ms)',
    ],
    r.frontend.results.map((f) => [
      `${f.label} (${fmt(f.nodes)} nodes, ${fmt(f.edges)} edges)`,
      f.renderer && f.renderer !== f.requestedRenderer
        ? `${f.requestedRenderer} → ${f.renderer}`
        : f.requestedRenderer,
      f.error ? `failed: ${f.error}` : fmt(f.firstRenderMs, 0),
      fmt(f.layoutMs, 0),
      fmt(f.refinedMs, 0),
      fmt(f.frameMedianMs),
      fmt(f.frameP95Ms),
    ]),
  );
}

function memory(scales: ScaleResult[]): string {
  return table(
    [
      'Scale',
      'Server RSS: started / after latency runs / after load test (MB)',
      'Neo4j heap used: after seeding / latency / load (MB)',
    ],
    scales.map((s) => [
      s.scale,
      `${fmt(s.memory.serverRssMb.afterStart)} / ${fmt(s.memory.serverRssMb.afterLatency)} / ${fmt(s.memory.serverRssMb.afterLoad)}`,
      `${fmt(s.memory.neo4jHeapMb.afterSeed)} / ${fmt(s.memory.neo4jHeapMb.afterLatency)} / ${fmt(s.memory.neo4jHeapMb.afterLoad)} of ${fmt(s.memory.neo4jHeapMb.max)}`,
    ]),
  );
}

function argumentsUsed(scales: ScaleResult[]): string {
  return scales
    .filter((s) => s.arguments)
    .map((s) => {
      const a = s.arguments as NonNullable<ScaleResult['arguments']>;
      return `- **${s.scale}**: most popular tool ${a.popularTool.name} (${fmt(a.popularTool.jobs)} of ${fmt(a.jobs)} jobs); mid-popularity tool ${a.midTool.name} (${fmt(a.midTool.jobs)} jobs, rank n/10 of ${a.tools} tools); person ${a.person.id} and ${a.otherPerson.id}; job ${a.job.id}.`;
    })
    .join('\n');
}

const pct = (share: number | undefined) => `${Math.round((share ?? 0) * 100)}%`;

/** The closing paragraph: what each cost is made of, from this run's profiles and counters. */
function dominates(r: BenchResults): string {
  const parts: string[] = [];
  const ex = r.extraction;
  if (ex) {
    const area = (name: string) => ex.profile.byArea.find((a) => a.name.startsWith(name))?.share ?? 0;
    parts.push(
      `**Extraction** spends ${pct(area('markdown-it'))} of its self time in markdown-it (parsing alone runs at ` +
        `${ex.parseOnly.mbPerSecond} MB/s here) and ${pct(area('garbage collection'))} in garbage collection; the rest is ` +
        `spread over our own stages (structure, sentence splitting, matching, stances, job fields), none of them dominant.`,
    );
  }
  const big = [...r.scales].sort((a, b) => b.graph.relationships - a.graph.relationships)[0];
  if (big) {
    const steps = Object.entries(big.seeding.loader.steps ?? {}).sort((a, b) => b[1] - a[1]);
    const total = big.seeding.loader.seconds;
    const stepText = steps
      .slice(0, 3)
      .map(([n, s]) => `${n} ${pct(s / total)}`)
      .join(', ');
    parts.push(
      `**Seeding** at ${big.scale} is Neo4j executing batched UNWIND writes inside one transaction per run (${stepText}), ` +
        'each created node also updating the id uniqueness indexes and the full-text indexes; neo4j-admin import writes the ' +
        'store files directly without transactions or index maintenance, and per-row MERGE pays a whole transaction and ' +
        `commit per row (${big.seeding.perRow ? fmt(1000 / big.seeding.perRow.rowsPerSecond, 1) : '–'} ms each).`,
    );
    const heaviest = [...big.queries].sort((a, b) => b.http.p50 - a.http.p50).slice(0, 3);
    parts.push(
      `**Queries**: the driver column is the Cypher itself, so the difference to HTTP is Express, Apollo (parse, validate, the ` +
        `limit rules, execute) and JSON; it matters for sub-millisecond queries and vanishes behind heavy ones. The heaviest at ` +
        `${big.scale} are ${heaviest.map((q) => `${q.name} (${ms(q.http.p50)} ms, ${fmt(q.profile?.dbHits)} db hits)`).join(', ')}: ` +
        'their cost is the graph work in their PROFILE plans (bench results JSON), growing with the number of jobs a tool or the ' +
        'whole graph has, not the API layer.',
    );
  }
  const goal = r.frontend?.results.find(
    (f) => f.nodes === 5000 && f.edges === 20000 && f.requestedRenderer === 'canvas',
  );
  if (goal && !goal.error) {
    parts.push(
      `**Front end**: 5,000 nodes and 20,000 edges are on screen, laid out (categories layout, milliseconds to compute), ` +
        `after ${goal.layoutMs} ms, most of it the canvas painting 20,000 edges; the force layout then refines the picture ` +
        `from a web worker, done after ${goal.refinedMs} ms (fcose at draft quality takes about 3 s of that); panning redraws at ` +
        `${goal.frameMedianMs} ms per frame on the canvas renderer. WebGL here is Chromium's software rasteriser (--disable-gpu, ` +
        'no GPU), so its frame times say nothing about a real GPU.',
    );
  }
  return parts.join(' ');
}

/** bench/results/latest.md: the machine, the goals, and every table of the run. */
export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  out.push('# Skillgraph benchmark');
  out.push('');
  out.push(
    `Generated by \`npm run bench\` (bench/run.ts); the full numbers, PROFILE plans and per-request options are in ` +
      `bench/results/<timestamp>.json. Scales: ${r.scales.map((s) => s.scale).join(', ') || 'none'}${r.options.quick ? ' (light mode: fewer requests, small extraction corpus, one render case)' : ''}.`,
  );
  out.push('', '## Machine', '', machine(r));
  if (r.errors.length > 0) out.push('', '## Failures', '', ...r.errors.map((e) => `- ${e.split('\n')[0]}`));
  out.push(
    '',
    '## Goals',
    '',
    table(
      ['Goal', 'Measured', 'Result'],
      r.goals.map((g) => [g.goal, g.measured, yes(g.met)]),
    ),
  );
  if (r.extraction) {
    const ex = r.extraction;
    out.push('', '## Parsing and extraction', '');
    out.push(
      table(
        ['Input', 'Time', 'Throughput'],
        [
          [
            `${ex.files} files, one per person (${mb(ex.inputBytes)}, ${fmt(ex.jobs)} jobs)`,
            `${ex.multiFile.seconds} s`,
            `${ex.multiFile.mbPerSecond} MB/s`,
          ],
          [
            'the same text as one document',
            `${ex.singleFile.seconds} s`,
            `${ex.singleFile.mbPerSecond} MB/s`,
          ],
          [
            'Markdown parsing alone (no extraction)',
            `${ex.parseOnly.seconds} s`,
            `${ex.parseOnly.mbPerSecond} MB/s`,
          ],
        ],
      ),
    );
    if (ex.styles?.length)
      out.push(
        '',
        'One large document per input style, each in a process of its own (one thread; CPU throughput is what a busy machine cannot hide):',
        '',
        table(
          ['Style', 'Size', 'Jobs', 'Time', 'Throughput', 'Per CPU second', 'Peak memory'],
          ex.styles.map((s) => [
            s.style,
            mb(s.bytes),
            fmt(s.jobs),
            `${s.seconds} s`,
            `${s.mbPerSecond} MB/s`,
            `${s.mbPerCpuSecond} MB/s`,
            `+${s.peakMemoryMb} MB (${s.memoryRatio}×)`,
          ]),
        ),
      );
    out.push(
      '',
      `Extraction accuracy on the generated corpus: precision ${ex.accuracy.precision}, recall ${ex.accuracy.recall}, ` +
        `company found for ${ex.accuracy.companies} of ${ex.accuracy.jobs} jobs. CPU profile of ${mb(ex.profile.sampledBytes)} ` +
        `(${ex.profile.file}), self time by area:`,
      '',
      table(
        ['Area', 'Share of samples'],
        ex.profile.byArea.slice(0, 10).map((a) => [a.name, pct(a.share)]),
      ),
      '',
      'Inclusive time of the pipeline stages:',
      '',
      table(
        ['Stage', 'Share'],
        ex.profile.byStage.map((a) => [a.name, pct(a.share)]),
      ),
    );
  } else out.push('', '## Parsing and extraction', '', `Not measured: ${r.extractionSkipped ?? 'skipped'}.`);

  out.push('', '## Seeding', '', seeding(r.scales));
  const st = steps(r.scales);
  if (st)
    out.push(
      '',
      'Where the loader’s time goes (`onProgress` of each step; “finish” is 99-finish.cypher plus the commit):',
      '',
      st,
    );
  const lruns = r.scales.find((s) => s.scale === 'L')?.seeding.loader;
  if (lruns && lruns.runs.length > 1)
    out.push(
      '',
      `L was loaded in ${lruns.runs.length} runs of ${lruns.peoplePerRun} people, each its own transaction (atomic per run).`,
    );
  out.push(
    '',
    'Per-row MERGE figures are measured on a sample and extrapolated linearly to the whole graph.',
  );

  out.push('', '## Query latency', '');
  out.push(
    'Sequential requests (one in flight) after warm-up: (a) Skillgraph GraphQL over HTTP (the real server as its own ' +
      'process), (b) the exact Cypher and parameters it runs, through neo4j-driver `executeQuery` (the floor). ' +
      'Times in ms. `*` marks a series cut short by its time budget (fewer requests than asked).',
    '',
    'Arguments:',
    '',
    argumentsUsed(r.scales),
  );
  for (const s of r.scales) out.push('', `### ${s.scale}`, '', latency(s));

  const fixes = r.scales.flatMap((s) => s.queries.filter((q) => q.proposed).map((q) => ({ s, q })));
  if (fixes.length > 0) {
    out.push(
      '',
      '### Proposed fix, measured',
      '',
      `${fixes[0]?.q.proposed?.change}. The bench runs the captured Cypher with this change through the driver:`,
      '',
      table(
        [
          'Scale',
          'Operation',
          'driver p50 / p99 now (ms)',
          'db hits now',
          'driver p50 / p99 with the fix (ms)',
          'db hits with the fix',
        ],
        fixes.map(({ s, q }) => [
          s.scale,
          q.name,
          `${ms(q.driver.p50)} / ${ms(q.driver.p99)}`,
          fmt(q.profile?.dbHits),
          `${ms(q.proposed?.driver.p50)} / ${ms(q.proposed?.driver.p99)}`,
          fmt(q.proposed?.dbHits),
        ]),
      ),
    );
  }
  out.push('', '## Against the Neo4j GraphQL Library', '');
  const libErrors = r.scales.filter((s) => s.libraryError).map((s) => `${s.scale}: ${s.libraryError}`);
  out.push(
    '(c) @neo4j/graphql serving equivalent type definitions over the same database on the same HTTP stack. ' +
      'Ratio below 1: Skillgraph is faster.',
    '',
    library(r.scales),
    ...(libErrors.length ? ['', `Failed: ${libErrors.join('; ')}`] : []),
  );
  out.push(
    '',
    '## Throughput under concurrency',
    '',
    'autocannon, pipelining 1, against the real server process.',
    '',
    load(r.scales),
  );
  out.push('', '## Front end', '', frontend(r));
  if (r.frontend?.trace) {
    out.push(
      '',
      `Chromium performance timeline of the 5,000/20,000 canvas case (${r.frontend.trace.file}), main-thread time by event (nested events overlap):`,
      '',
      table(
        ['Event', 'ms'],
        r.frontend.trace.topEvents.slice(0, 8).map((e) => [e.name, fmt(e.ms, 0)]),
      ),
    );
  }
  out.push('', '## Memory', '', memory(r.scales));
  out.push('', '## What dominates each cost', '', dominates(r), '');
  return out.join('\n');
}
