import { findDateRange, findSingleDate } from './dates.js';
import { EMPLOYMENT_NOTES, looksLikePlace, ROLE_WORDS } from './vocabulary.js';

export interface JobHeader {
  company?: string;
  title?: string;
  start?: string;
  end?: string | null;
}

/** Separators between the fields of a header line: dashes, bars, middle dots, bullets, tabs, wide gaps. */
const SEPARATORS = /\s+[—–|·•‧∙]\s+|\s*\|\s*|\s+-\s+|\t+|\s{3,}/;

/** Title-cases a role written all in lower case ("junior programmer"); roles with capitals stay as written. */
export function titleCase(role: string): string {
  if (/\p{Lu}/u.test(role)) return role;
  return role.replace(/(^|[\s/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function clean(part: string): string {
  return part
    .replace(/^[\s,;:·•*_-]+|[\s,;:·•*_-]+$/g, '')
    .replace(
      /\s*\((?:contract[^)]*|via [^)]*|remote|hybrid|on-?site|full[- ]time|part[- ]time|\d+\s*(?:yrs?|years?|mos?|months?)[^)]*)\)\s*/gi,
      ' ',
    )
    .replace(/^(?:at|@)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Durations LinkedIn adds after dates ("· 5 yrs 5 mos", "(3 years)"). */
const DURATION = /\b\d+\s*(?:yrs?|years?)(?:\s+\d+\s*(?:mos?|months?))?\b|\b\d+\s*(?:mos?|months?)\b/gi;

/** Splits a header line into its fields, dates and notes removed. */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.split(SEPARATORS)) {
    const part = clean(raw.replace(DURATION, ' '));
    if (!part || EMPLOYMENT_NOTES.test(part)) continue;
    // "Senior Developer, Acme Corp, Boston MA": commas separate fields when a role sits in one of them.
    const commas = part.split(/,\s+/);
    if (
      commas.length > 1 &&
      commas.some((c) => ROLE_WORDS.test(c)) &&
      !commas.every((c) => ROLE_WORDS.test(c))
    ) {
      for (const c of commas) if (clean(c) && !EMPLOYMENT_NOTES.test(clean(c))) out.push(clean(c));
    } else out.push(part);
  }
  return out;
}

/**
 * Reads company, title and dates from a job's header lines, in the shapes résumés use: "Company — Title (Mar 2019 –
 * Jun 2022)", "Title at Company · 2019–present", "Title | Company | City | 03/2019 – now", a company line followed
 * by a title/date line, a LinkedIn block (title, "Company · Full-time", dates with a duration, place).
 */
export function parseHeader(lines: string[]): JobHeader {
  const out: JobHeader = {};
  const rest: string[] = [];
  for (const line of lines) {
    let text = line;
    const range = findDateRange(text);
    if (range && out.start === undefined) {
      out.start = range.start;
      out.end = range.end;
      text = `${text.slice(0, range.index)}  ${text.slice(range.index + range.length)}`;
    } else if (!range && out.start === undefined) {
      const single = findSingleDate(text);
      // A lone year at a field boundary ("Infobip — Intern — summer 2011"), not a number inside a name.
      if (single && /(?:^|[\s(—–|·,-])$/.test(text.slice(0, single.index)) && fields(text).length > 0) {
        out.start = single.date;
        text = `${text.slice(0, single.index)}  ${text.slice(single.index + single.length)}`;
      }
    }
    text = text.replace(/\(\s*\)/g, ' ');
    rest.push(text);
  }
  const parts: string[] = [];
  for (const text of rest) {
    for (const field of fields(text)) {
      const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(field);
      if (at?.[1] && at[2] && ROLE_WORDS.test(at[1]) && out.title === undefined) {
        out.title = titleCase(clean(at[1]));
        out.company = clean(at[2]);
        continue;
      }
      parts.push(field);
    }
  }
  const useful = parts.filter((p) => !looksLikePlace(p) && !/^\d+$/.test(p));
  if (out.title === undefined) {
    const role = useful.find((p) => ROLE_WORDS.test(p) && p.split(/\s+/).length <= 8);
    if (role) out.title = titleCase(role.split(/\s*(?:→|->)\s*/)[0] as string);
  }
  if (out.company === undefined) {
    const company = useful.find(
      (p) => !ROLE_WORDS.test(p) && /^[\p{Lu}\p{N}"“']/u.test(p) && p.split(/\s+/).length <= 8,
    );
    if (company) out.company = company.replace(/[.,;:]$/, '');
  }
  return out;
}

/** True when a line reads like a job header: dates, "Title at Company", or a role and a name between separators. */
export function isJobHeaderLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 180) return false;
  if (findDateRange(t)) return true;
  if (/^[^.!?]{2,60}\s(?:at|@)\s+\p{Lu}/u.test(t) && ROLE_WORDS.test(t.split(/\s(?:at|@)\s/)[0] ?? ''))
    return true;
  const parts = t.split(SEPARATORS).map(clean).filter(Boolean);
  return parts.length >= 2 && parts.length <= 5 && parts.some((p) => ROLE_WORDS.test(p)) && !/[.!?]$/.test(t);
}
