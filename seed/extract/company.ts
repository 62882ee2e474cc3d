import { NAME, PATTERNS } from './company-patterns.js';

const UNIT_OF_NAME = new RegExp(
  String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:facility|lab|laboratory|group|unit|department|centre|center|office|site|campus|division|branch|school|faculty|clinic|ward|team)\s+of\s+(?:the\s+)?${NAME}`,
  'u',
);

const PART_OF_EMPLOYER =
  /\b(?:Team|Teams|Squad|Scheme|Programme|Program|Board|Committee|Trustees|Six Sigma)$/;

const NOT_COMPANIES = new Set([
  // Days and seasons a story is set on ("New Year's Eve 2022").
  'new year',
  'christmas',
  'easter',
  'black friday',
  'cyber monday',
  'thanksgiving',
  'i',
  'the',
  'this',
  'that',
  'my',
  'our',
  'we',
  'it',
  'its',
  'they',
  'their',
  'key',
  'data',
  'cloud',
  'team',
  'app',
  'project',
  'project narratives',
  'summary',
  'company',
  'organization',
  'client',
  'customer',
  'production',
  // People and departments who hire or need things: "Our VP brought me in", "Sales wanted better forecasts".
  'ceo',
  'cto',
  'cio',
  'vp',
  'sales',
  'finance',
  'marketing',
  'engineering',
  'management',
  'leadership',
  'operations',
  'hr',
  'recruiters',
  'recruiter',
  'legal',
  'product',
  'description of the project',
  'major concepts of tangible contributions',
  'example of technical failure in production',
]);

const SUFFIX =
  /[\s,]+(?:inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|llp|lp|pllc|ltd|limited|plc|gmbh|ag|sa|pty|bv|b\.v|nv|n\.v|group|holdings|uk|us|usa|u\.s|europe|emea)\.?$/i;

/** The identity of a company name: case, punctuation and legal suffixes do not matter ("ETSY Inc." = "Etsy"). */
export function companyKey(name: string): string {
  let key = name.trim();
  for (let i = 0; i < 3 && SUFFIX.test(key); i++) key = key.replace(SUFFIX, '');
  return key
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** One employer named short and in full: "brightpath" and "brightpath-learning", as company keys. */
export const sameEmployerKey = (a: string, b: string) =>
  a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

/** Abbreviations that end with a dot inside a name ("St. Mary's", "Acme Co. Ltd"). */
const ABBREVIATION = /\b(?:St|Inc|Co|Corp|Ltd|Bros|Mt|Dr|Jr|Sr|L\.L\.C|N\.V|S\.A)\.$/;

function cleanName(raw: string): string {
  // A name ends where its sentence does: "Children's Hospital of Philadelphia. SMART on FHIR …".
  const words = raw.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i < words.length - 1 && w.endsWith('.') && !ABBREVIATION.test(w));
  let name = (end >= 0 ? words.slice(0, end + 1) : words)
    .join(' ')
    .replace(/^(?:The|A|An|Then|So|And|But|Our|Their|My)\s+/, '')
    .trim();
  // A sentence-final period is not part of the name, but the one in "Inc." is.
  if (name.endsWith('.') && !/\b(?:Inc|Corp|Co|Ltd|L\.L\.C|Bros|Sr|Jr)\.$/.test(name))
    name = name.slice(0, -1);
  // "Ridgeway University's School of Public Health": the employer is the university, the school a part of it.
  name = name.replace(
    /['’]s\s+(?:School|Department|Faculty|Division|Institute|Centre|Center|Lab|Laboratory|Office|Unit)\b.*$/,
    '',
  );
  return name.replace(/[-&]+$/, '').trim();
}

/**
 * Finds the employer a narrative is about. Candidates come from "At X, I ...", possessives ("X's data
 * infrastructure") and prepositions ("capabilities of X by"); names that are tools ("Apache NiFi's") are skipped;
 * variants of one company ("ETSY", "ETSY Inc.") are pooled, and the best-supported company wins. One weak hint alone
 * ("Spark for ETL.") is not enough: it takes an "At X," or two hints. `isTool` also says no to known non-tools.
 */
export function findCompany(
  texts: string[],
  isTool: (phrase: string) => boolean,
  /** Only sentences that state the employer outright ("I joined X", "X hired me"), no hints. */
  statedOnly = false,
): string | null {
  const scores = new Map<string, { score: number; first: number; variants: Map<string, boolean> }>();
  let order = 0;
  for (const text of texts) {
    for (const { re, weight, strong, needs, toolOk } of PATTERNS) {
      if (statedOnly && (weight < 4 || !strong)) continue;
      if (needs && !needs.test(text)) continue;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        // (A pattern that names what came before the employer, `left`, has the employer second.)
        const raw = m.groups?.left !== undefined ? m[2] : (m[1] ?? m[2]);
        if (!raw) continue;
        // "at the MEG facility of the Marlowe Institute": the unit is a part of the employer named after it.
        const end = (m.index ?? 0) + m[0].indexOf(raw) + raw.length;
        const whole = UNIT_OF_NAME.exec(text.slice(end, end + 160))?.[1];
        const name = cleanName(whole ?? raw);
        const key = companyKey(name);
        // "I joined the Data Science Team at Monzo", "the Graduate Scheme": a part of an employer, not one.
        if (PART_OF_EMPLOYER.test(name)) continue;
        if (!key || NOT_COMPANIES.has(name.toLowerCase()) || NOT_COMPANIES.has(key.replace(/-/g, ' ')))
          continue;
        // "At Databricks, I …" names an employer even though Databricks is also a tool; "I worked for Python" does not.
        if (!toolOk && isTool(name)) continue;
        if (m.groups?.left && isTool(m.groups.left.trim())) continue;
        const entry = scores.get(key) ?? { score: 0, first: order++, variants: new Map<string, boolean>() };
        entry.score += weight;
        entry.variants.set(name, (entry.variants.get(name) ?? false) || strong);
        scores.set(key, entry);
      }
    }
  }
  // "joined Marlow County" and "at the Marlow County Health Department": one employer, named in full once.
  for (const [short, entry] of scores)
    for (const [long, other] of scores)
      if (long.startsWith(`${short}-`)) {
        other.score += entry.score;
        other.first = Math.min(other.first, entry.first);
        for (const [v, strong] of entry.variants)
          other.variants.set(v, strong || (other.variants.get(v) ?? false));
        scores.delete(short);
        break;
      }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const best = ranked[0];
  if (!best) return null;
  const variants = [...best.variants];
  if (best.score < 2 && !variants.some(([, strong]) => strong)) return null;
  const preferred = variants.filter(([, strong]) => strong).map(([v]) => v);
  const pool = preferred.length > 0 ? preferred : variants.map(([v]) => v);
  return pool.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Words a company's name may hold in lower case ("Bank of the West", "Procter & Gamble"). */
const NAME_GLUE = /^(?:of|the|and|&|for|de|du|la|le|von|van|der|del|des|di|y|e|on|in|at|a)$/;

/**
 * Whether a heading's words can be a company's name: every word capitalised (or a number, or glue such as "of").
 * "Arms on the line" is a chapter title, not an employer.
 */
export function nameLike(text: string): boolean {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => NAME_GLUE.test(w) || /^[\p{Lu}\p{N}"“'(&@.]/u.test(w));
}

/**
 * The first word of a company's name that identifies it, as a move names it ("Harbourview" of "Harbourview
 * Insurance", "Saint" of "Saint Brigid's Hospital"; a possessive "'s" dropped as the move's word drops it).
 */
export function nameWord(company: string): string | undefined {
  return company
    .split(/\s+/)
    .find((w) => w.length > 2 && !/^(?:the|and|of|st\.?|mt\.?|saint)$/i.test(w))
    ?.replace(/['’]s$/, '');
}
