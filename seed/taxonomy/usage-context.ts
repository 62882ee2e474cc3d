import type { Token } from '../extract/tokens.js';
import type { Tool } from './load.js';

/** Whether a word appears somewhere: the document an ambiguous name stands in. */
export interface WordLookup {
  has(word: string): boolean;
}

/**
 * Words that, right before a name, say a tool is being used: a preposition ("models in R", "built with Make") or a
 * verb ("introduced Go", "rewrote it in Rust").
 */
const USAGE_BEFORE = new Set([
  'in',
  'with',
  'using',
  'use',
  'used',
  'uses',
  'via',
  'into',
  'onto',
  'on',
  'to',
  'from',
  'of',
  'introduced',
  'adopted',
  'wrote',
  'written',
  'rewrote',
  'rewritten',
  'ported',
  'migrated',
  'moved',
  'built',
  'ran',
  'running',
  'run',
  'configured',
  'deployed',
  'learned',
  'learnt',
  'coded',
  'programmed',
  'scripted',
  'automated',
  'maintained',
  'upgraded',
  'switched',
  'replaced',
  'chose',
  'picked',
  // "rolled out Wiz", "implemented Falco".
  'out',
  'implemented',
  'integrated',
  'administered',
  'evaluated',
  'considered',
  'tried',
  'trialled',
  'trialed',
  'piloted',
  'prototyped',
  'benchmarked',
  // "Started writing JSL", "bought JMP licences for the site".
  'writing',
  'bought',
  'licensed',
  'and',
  'or',
  'plus',
]);

/** Words that, right after a name, make it a technology ("Go services", "R packages", "Chef cookbooks"). */
const TECH_AFTER = new Set([
  'code',
  'queries',
  'query',
  'database',
  'databases',
  'db',
  'schema',
  'tables',
  'instance',
  'instances',
  'stack',
  'codebase',
  'service',
  'services',
  'microservice',
  'microservices',
  'script',
  'scripts',
  'scripting',
  'package',
  'packages',
  'library',
  'libraries',
  'sdk',
  'module',
  'modules',
  'api',
  'apis',
  'app',
  'apps',
  'application',
  'applications',
  'binary',
  'binaries',
  'cli',
  'tooling',
  'server',
  'servers',
  'worker',
  'workers',
  'job',
  'jobs',
  'pipeline',
  'pipelines',
  'program',
  'programs',
  'function',
  'functions',
  'plugin',
  'plugins',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'programming',
  'project',
  'projects',
  'recipes',
  'cookbooks',
  'cookbook',
  'manifests',
  'states',
  'playbooks',
  'targets',
  'files',
  'file',
  'build',
  'builds',
  'editor',
  'engine',
  'runtime',
  'compiler',
  'version',
  'cluster',
  'clusters',
  'licences',
  'licenses',
  'seats',
]);

/**
 * Words after a name that make it a technology only inside a sentence ("a small Go tool", "a Rust port"): opening
 * one, the name may be a verb ("Make tools people love").
 */
const TECH_AFTER_INSIDE = new Set([
  'tool',
  'tools',
  'utility',
  'utilities',
  'daemon',
  'backend',
  'frontend',
  'client',
  'clients',
  'wrapper',
  'implementation',
  'rewrite',
  'port',
]);

/** Words right before or after a name that make it the name of something else ("the Kafka Hackathon", "Team Rust"). */
const NAME_OF_SOMETHING_ELSE = new Set([
  'hackathon',
  'hackathons',
  'award',
  'awards',
  'squad',
  'guild',
  'tribe',
  'codenamed',
  'codename',
  'nicknamed',
  'called',
  'named',
  'titled',
]);

const TEAM = new Set(['team']);

/** Words that, capitalised after a name, make it a street's, a bar's or a park's. */
const PLACE_AFTER = new Set([
  'street',
  'road',
  'lane',
  'avenue',
  'boulevard',
  'bar',
  'café',
  'cafe',
  'restaurant',
  'hotel',
  'pub',
  'park',
  'gardens',
  'terrace',
  'plaza',
]);

/** True when the token is a version number right after the name ("Go 1.21", "Python 3"), not a year ("Spring 2016"). */
const isVersion = (t: Token | undefined) =>
  t !== undefined && /^\d/.test(t.text) && !/^(?:19|20)\d\d$/.test(t.text);

/** "the Kafka Hackathon", "Team Terraform", "a game called Rust": the name names something else here. */
export function namesSomethingElse(tokens: Token[], first: number, length: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[first + length];
  if (before && NAME_OF_SOMETHING_ELSE.has(before.lower)) return true;
  if (after && NAME_OF_SOMETHING_ELSE.has(after.lower)) return true;
  // "Lever Street", "Olo Bar in Soho": a capitalised place word after the name makes it a place's name.
  if (after && PLACE_AFTER.has(after.lower) && /^\p{Lu}/u.test(after.text)) return true;
  // "Team Terraform" names a team; "the Terraform team" is people who use it, which stance judges, not this.
  return Boolean(
    before && TEAM.has(before.lower) && /^T/.test(before.text) && (tokens[first - 2]?.text ?? '') !== '-',
  );
}

const LOOKED = new Set(['looked', 'look', 'looking', 'looks']);

/** Words a terse bullet puts right after the tool it starts with ("Go for the webhook fan-out", "Salt + cron"). */
const BULLET_LINK = new Set(['for', '+', '&', '/', ',', 'with', 'via', 'as', 'on', 'in', 'to', '(', ':']);

/**
 * Decides from the sentence whether an ambiguous spelling (Go, R, Swift, Make, Chef) names the tool: the words right
 * around it, the tool's own cue words in the sentence (or, more weakly, in the document), or another known tool
 * beside it (`supported`). Any of the tool's other senses in the sentence says no.
 */
export function usageContext(
  tool: Tool,
  tokens: Token[],
  first: number,
  length: number,
  supported: boolean,
  documentWords?: WordLookup,
): boolean {
  const before = tokens[first - 1];
  const after = tokens[first + length];
  const words = tokens.filter((t) => t.word).map((t) => t.lower);
  if (tool.otherSenses.length && words.some((w) => tool.otherSenses.includes(w))) return false;
  if (supported) return true;
  if (before?.word && USAGE_BEFORE.has(before.lower)) return true;
  // "looked at Zephyr", "looking into Temporal": weighed as a tool, whatever was decided.
  if (
    before &&
    (before.lower === 'at' || before.lower === 'into') &&
    LOOKED.has(tokens[first - 2]?.lower ?? '')
  )
    return true;
  if (after?.word && (TECH_AFTER.has(after.lower) || isVersion(after))) return true;
  if (after?.word && TECH_AFTER_INSIDE.has(after.lower) && tokens.findIndex((t) => t.word) !== first)
    return true;
  if (tool.cues.length > 0 && words.some((w) => tool.cues.includes(w))) return true;
  // A terse bullet that starts with the name, in a document of the tool's field: "Dart everywhere", "Go for …".
  const leading = tokens.findIndex((t) => t.word) === first;
  const inField = documentWords !== undefined && tool.cues.some((w) => documentWords.has(w));
  if (leading && after && BULLET_LINK.has(after.lower)) return true;
  return inField && (leading || Boolean(before && !before.word));
}
