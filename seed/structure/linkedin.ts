// LinkedIn's profile pages, pasted or exported: its lines around a role (places, work modes, skills, logo captions)
// and its company over several roles with a tenure, which other résumés do not write.
import type { Node } from '../parse/nodes.js';
import { isShortLine } from './lines.js';
import type { HeaderLine } from './sections.js';

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
const PLACE = String.raw`^[\p{L}.'’ -]+,\s*(?:[\p{L}.'’ -]+,\s*)?(?:United States|United Kingdom|Canada|Germany|France|India|Australia|Ireland|Netherlands|Spain|Italy|Poland|Sweden|Brazil|Mexico|Singapore|Japan|England|Scotland|Wales|Northern Ireland|${US_STATES})`;
/** LinkedIn's lines around a role that are neither title, company nor dates. */
export const LINKEDIN_CHROME = new RegExp(
  String.raw`^Skills:\s.*(?:·|\+\d+\s+skills?)|^[\p{L} .,'’-]+\s·\s(?:Hybrid|Remote|On-?site)$|^(?:Hybrid|Remote|On-?site|(?:full|part)[- ]time|contract|freelance|internship|self[- ]employed|seasonal|apprenticeship)$|^.{2,80}\slogo$|${PLACE}$`,
  'iu',
);
/** LinkedIn's duration after a role's dates: "Jan 2021 - Present · 3 yrs". */
export const ROLE_DURATION = /·\s*\d+\s*(?:yrs?|mos?)\b/;
/** "Boise, Idaho, United States · On-site" under a role's heading: where, not who (it read as the employer "Boise"). */
export const PLACE_LINE = new RegExp(String.raw`${PLACE}(?:\s·\s(?:Hybrid|Remote|On-?site))?$`, 'iu');
/**
 * "Full-time · 4 yrs 3 mos": the tenure LinkedIn writes under a company that has several roles; its PDF export writes
 * the duration alone ("4 years 5 months").
 */
export const TENURE =
  /^(?:(?:full|part)[- ]time|contract|freelance|self[- ]employed|internship|apprenticeship|seasonal)\s*·\s*\d+\s*(?:yrs?|years?|mos?|months?)\b|^\d{1,2}\s*(?:yrs?|years?)(?:\s+\d{1,2}\s*(?:mos?|months?))?\s*$|^\d{1,2}\s*(?:mos?|months?)\s*$/i;

/** "The Valley Examiner" over "Full-time · 5 yrs" in one paragraph: the company's name, when `node` is that. */
export function companyOverTenure(node: Node): string | undefined {
  if (node.type !== 'text') return undefined;
  const [name, tenure, ...more] = node.text.split('\n');
  if (name && tenure && more.length === 0 && TENURE.test(tenure.trim()) && name.trim().length <= 80)
    return name.trim();
  return undefined;
}

/**
 * LinkedIn's company over several roles, the last thing before the first role's heading: "**Kestrelbrook
 * Semiconductor**" and "Full-time · 7 yrs 4 mos", in one paragraph or two. Taken from `nodes` when found.
 */
export function tenuredEmployer(nodes: Node[]): HeaderLine | undefined {
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'text') return undefined;
  const strip = (t: string) => t.replace(/\*\*/g, '').trim();
  const name = companyOverTenure(last);
  if (name !== undefined) {
    nodes.pop();
    return { text: strip(name), line: last.line };
  }
  const before = nodes[nodes.length - 2];
  if (
    !last.text.includes('\n') &&
    TENURE.test(last.text.trim()) &&
    before?.type === 'text' &&
    isShortLine(before)
  ) {
    nodes.splice(-2, 2);
    return { text: strip(before.text), line: before.line };
  }
  return undefined;
}
