// One extraction in a process of its own, for bench/measure/styles.ts: prints {seconds, cpuSeconds, jobs, baselineKb,
// peakKb}.
import { extractDocuments } from '../../seed/extract/documents.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';

const file = process.argv[2] as string;
const taxonomy = loadTaxonomy();
// Warm the code on the small bundled document, so the time is extraction, not compilation.
extractDocuments([BUNDLED_NARRATIVES], { taxonomy });
globalThis.gc?.();
const baselineKb = process.resourceUsage().maxRSS;
const started = performance.now();
const cpu = process.cpuUsage();
const { people } = extractDocuments([file], { taxonomy });
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const peakKb = process.resourceUsage().maxRSS;
const jobs = people.reduce((n, p) => n + p.jobs.length, 0);
process.stdout.write(JSON.stringify({ seconds, cpuSeconds, jobs, baselineKb, peakKb }));
