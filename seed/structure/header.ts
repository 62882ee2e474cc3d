import { findDateRange, findSingleDate } from './dates.js';
import { DEPARTMENT } from './department.js';
import { headerFields, isLabelledLine, labelledField, PROFILE_LINE } from './labelled.js';
import { COMPANY_ENDING, EMPLOYMENT_NOTES, FOREIGN_ROLE, looksLikePlace, ROLE_WORDS } from './vocabulary.js';

export interface JobHeader {
  company?: string;
  title?: string;
  start?: string;
  end?: string | null;
}

/**
 * The title a job ended with: "Java developer → senior" was a promotion to Senior Java Developer; "QA Engineer →
 * QA Lead" to QA Lead.
 */
export function latestTitle(role: string): string {
  // "Graduate Engineer (2014 - 2016); Production Engineer (2016 - 2018)": each title with its years, the last held last.
  const dated = role.split(/\s*;\s*/).filter((t) => isRole(t));
  if (dated.length > 1)
    return latestTitle((dated[dated.length - 1] ?? role).replace(/\s*\([^()]*\)\s*$/, ''));
  const steps = role.split(/\s*(?:→|->|⇒)\s*/).filter(Boolean);
  const first = steps[0] ?? role;
  const last = steps[steps.length - 1] ?? role;
  if (steps.length < 2) return titleCase(first);
  if (isRole(last) && !/^(?:senior|sr\.?|lead|principal|staff|chief|head)$/i.test(last.trim()))
    return titleCase(last);
  return titleCase(
    `${last} ${first.replace(/^(?:junior|jr\.?)\s+/i, '')}`.replace(/\b\w/g, (c) => c.toUpperCase()),
  );
}

/**
 * Separators between the fields of a header line: dashes, bars, middle dots, bullets, tabs, wide gaps, and a colon
 * with space on both sides (what is left of "Acme (2019–2021): Analyst" once its dates are taken out).
 */
const SEPARATORS = /\s+[—–|·•‧∙:]\s+|\s*\|\s*|\s+-\s+|\t+|\s{3,}|\s*(?:\.\s?){4,}\s*/;

/** Short forms résumés use in titles ("Flutter dev", "Sr. Eng."). */
const TITLE_WORDS: Record<string, string> = {
  dev: 'Developer',
  devs: 'Developers',
  eng: 'Engineer',
  engr: 'Engineer',
  mgr: 'Manager',
  sr: 'Senior',
  'sr.': 'Senior',
  jr: 'Junior',
  'jr.': 'Junior',
  swe: 'Software Engineer',
};

/**
 * Title-cases a role written all in lower case ("junior programmer"), and spells out short forms ("Flutter dev" →
 * "Flutter Developer"); roles already written with capitals otherwise stay as written.
 */
export function titleCase(role: string): string {
  const spelled = role
    .split(/\s+/)
    .map((w) => TITLE_WORDS[w.toLowerCase()] ?? w)
    .join(' ');
  if (/\p{Lu}/u.test(role)) return spelled;
  return spelled.replace(/(^|[\s/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** "KLS (Kestrel Language Services)": initials, then the name they stand for, which is the name a reader uses. */
function spelledOut(part: string): string {
  const m = /^([A-Z][A-Z&]{1,5})\s*\(([^()]{3,60})\)/.exec(part);
  if (!m?.[1] || !m[2]) return part;
  // The initials' letters in order within the name, from its first letter ("NLT" in "NorthLine Translations").
  const letters = m[1].replace(/&/g, '').toLowerCase();
  const name = m[2].toLowerCase();
  let at = 0;
  for (const c of letters) {
    at = name.indexOf(c, at);
    if (at < 0) return part;
    at += 1;
  }
  return name[0] === letters[0] ? `${m[2]}${part.slice(m[0].length)}` : part;
}

function clean(part: string): string {
  return (
    spelledOut(part.trim())
      .replace(/^[\s,;:·•*_—–-]+|[\s,;:·•*_—–-]+$/g, '')
      // A closing bracket note is neither title nor company: "Voltbike (Berlin)", "QA Engineer (SDET)".
      .replace(/\s*\([^()]{1,40}\)\s*$/, '')
      .replace(
        // (…and a count of what the employer has: "Aire Valley Learning Trust (7 schools), Shipley".)
        /\s*\((?:contract[^)]*|via [^)]*|remote|hybrid|on-?site|full[- ]time|part[- ]time|\d+\s*(?:yrs?|years?|mos?|months?)[^)]*|\d[\d,]*\+?\s+[a-z][a-z -]{1,25}|(?:now|formerly|previously|acquired by|later|since renamed)\b[^)]*)\)\s*/gi,
        ' ',
      )
      .replace(/^(?:at|@)\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Durations LinkedIn adds after dates ("· 5 yrs 5 mos", "(3 years)"). */
const DURATION = /\b\d+\s*(?:yrs?|years?)(?:\s+\d+\s*(?:mos?|months?))?\b|\b\d+\s*(?:mos?|months?)\b/gi;

/**
 * A firm named after its partners, whose names may be trades ("Baker & McKenzie LLP", "Porter & Cook", "Mason,
 * Baker & Co"): capitalised names joined by "&", or ending in a legal form.
 */
const PARTNERS =
  /^\p{Lu}[\p{L}'’-]+(?:(?:,\s*|\s+&\s+)\p{Lu}[\p{L}'’-]+)*(?:\s+&\s+\p{Lu}[\p{L}'’-]+|\s+(?:&\s+)?(?:LLP|LLC|LP|PLLC|PC|Co\.?|Inc\.?|Ltd\.?|GmbH|plc))$/u;

/** A field that names a role: a role word, not a trade in a firm's name. */
const isRole = (field: string) => {
  const f = field.trim();
  if (COMPANY_ENDING.test(f) || NEWSPAPER.test(f)) return false;
  if (!ROLE_WORDS.test(f) || !PARTNERS.test(f)) return ROLE_WORDS.test(f);
  // "Designer & Developer", "Chef & Owner" are roles; "Baker & McKenzie LLP" is a firm whose partners' names are trades.
  return (
    !/\s(?:LLP|LLC|LP|PLLC|PC|Co\.?|Inc\.?|Ltd\.?|GmbH|plc)$/.test(f) &&
    ROLE_WORDS.test(f.replace(SURNAME_TRADES, ' '))
  );
};
/** "The Valley Examiner", "The Harrow Courier": a newspaper, though its name may be a role word. */
const NEWSPAPER =
  /^The\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Examiner|Courier|Gazette|Herald|Tribune|Chronicle|Inquirer|Observer|Telegraph|Reporter|Editor|Advocate|Correspondent|Messenger|Journal|Times|Post)$/u;

/** Trades that are also common surnames. */
const SURNAME_TRADES =
  /\b(?:Baker|Porter|Cook|Mason|Carpenter|Gardener|Butler|Driver|Clerk|Barber|Weaver|Fisher|Turner|Walker|Miller|Cooper|Taylor)\b/g;

/** Legal forms that follow a company's name after a comma ("Acme, Inc."). */
const LEGAL =
  /^(?:inc|incorporated|corp|corporation|co|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|oy|ab|as|a\/s|pty|llp|lp)\.?$/i;

const UNIT_OF =
  /^(?:(?:School|Department|Dept\.?|Faculty|Division|Institute|Centre|Center|Lab(?:oratory)?|Unit)\s+(?:of|for)\s+\p{Lu}|(?:Institut|Lehrstuhl|Fachgebiet)\s+f[üu]r\s+\p{Lu}|(?:Abt\.|Abteilung|Fachbereich|Fakult[äa]t|Referat|Sachgebiet)\s+\p{Lu})/u;
/** An institution a unit belongs to: "University of Reading", "Imperial College London", "St Thomas' Hospital". */
const INSTITUTION = /\b(?:University|Universit[éäà]t?|College|Hospital|Infirmary|Polytechnic)\b/u;

/**
 * "Cartwheel Commerce, Amsterdam", "Tessellate Systems, Toronto ON": a name followed by a place. What follows the
 * comma is a place when it is one capitalised word with at most a region code, and not a legal form.
 */
function splitPlace(part: string, alone: boolean): string {
  const comma = part.indexOf(', ');
  if (comma < 0) return part;
  // "Burnett, Hale & Co., Bradford", "Lindner Elektronik GmbH, Esslingen am Neckar": a legal form, then its town.
  const last = part.lastIndexOf(', ');
  const town = part.slice(last + 2).trim();
  if (
    !isRole(town) &&
    LEGAL.test(part.slice(0, last).trim().split(/\s+/).pop() ?? '') &&
    /^[\p{Lu}][\p{L}'’.-]+(?:[ -](?:(?:am|an|der|im|upon|on|sur|de|la|le|del|di|bei)[ -])?[\p{Lu}][\p{L}'’.-]+)?$/u.test(
      town,
    )
  )
    return part.slice(0, last).trim();
  const tail = part.slice(comma + 2).trim();
  // "University of Leeds, School of Psychology": a unit of the employer, not a place nor another field.
  if (UNIT_OF.test(tail) && !isRole(part.slice(0, comma))) return part.slice(0, comma).trim();
  // "Analyst, Acme Paper (2019 – 2021)": when the role's field is the line's only one, the comma leads to the
  // employer; beside other fields ("Senior Engineer, Berlin | Initech") it leads to a place.
  if (LEGAL.test(tail) || isRole(tail) || DEPARTMENT.test(tail)) return part;
  if (
    alone &&
    isRole(part.slice(0, comma)) &&
    !/^[^,]+,\s*[A-Z]{2,3}$/.test(tail) &&
    !looksLikePlace(tail.split(', ')[0] ?? tail)
  )
    return part;
  if (
    /^[\p{Lu}][\p{L}'’.-]+(?:[ -][\p{Lu}][\p{L}'’.-]+)?(?:,?\s+[A-Z]{2,3})?(?:,\s*[\p{Lu}][\p{L} ]+)?$/u.test(
      tail,
    ) &&
    tail.split(/\s+/).length <= 4
  )
    return part.slice(0, comma).trim();
  return part;
}

/** What follows an employer's name in a labelled line: its department, then its place ("…, Department of Spatial Planning, Eemstad"). */
const EMPLOYER_TAIL = /,\s*(?:department|dept\.?|division|faculty|school of|unit|directorate|team)\b.*$/i;

/**
 * The employer of a labelled line, without the address after it ("Department for Work and Pensions, Benton Park View,
 * Newcastle"); a name with commas of its own stays whole ("Parker, Lowe & Finch LLP", "Acme, Inc.").
 */
function employerName(value: string): string {
  const comma = value.indexOf(', ');
  if (comma < 0 || PARTNERS.test(value.trim()) || /\s(?:&|and)\s/.test(value.slice(comma))) return value;
  const rest = value.slice(comma + 2).trim();
  if (LEGAL.test(rest.split(/[\s,]/)[0] ?? '')) return value;
  return value.slice(0, comma);
}

/** A civil-service grade with its initials, then a comma and the post. */
const GRADE_BEFORE_POST =
  /^(?:(?:Higher|Senior)\s+)?(?:Executive|Administrative|Scientific|Professional and Technology)\s+(?:Officer|Assistant)\s*\([A-Z0-9]{1,5}\),\s+(?=\S)/;

/** "Milton FC (Cedarline Grocers)", "Remote + client sites (Northbeam …)": a site, and its employer in brackets. */
function employerOfSite(field: string): string {
  const employer = SITE_OF.exec(field.replace(/^[\s*_]+|[\s*_]+$/g, ''))?.[1];
  // ("Amazon FC (Dartford)": a bracketed town, one word or a known place, is where the site is; the name before it is
  // the employer.)
  return employer && /\S\s+\S/.test(employer.trim()) && !looksLikePlace(employer) ? employer : field;
}

/** Splits a header line into its fields, dates and notes removed. */
function fields(line: string): string[] {
  const out: string[] = [];
  const cleaned = line
    .split(SEPARATORS)
    .map((raw) => clean(employerOfSite(raw.replace(DURATION, ' '))))
    .filter(Boolean);
  for (const field of cleaned) {
    // "Higher Executive Officer (HEO), Systems Developer": a civil-service grade before the post is a pay band.
    const part = splitPlace(field.replace(GRADE_BEFORE_POST, ''), cleaned.length === 1);
    // "Narrative 2", "Project 1": a document's own numbering, neither title nor company.
    if (
      !part ||
      EMPLOYMENT_NOTES.test(part) ||
      /^(?:narrative|project|story|chapter|part|job|role|position)\s*#?\d+$/i.test(part)
    )
      continue;
    // "Senior Developer, Acme Corp, Boston MA": commas separate fields when a role sits in one of them.
    const commas = part.split(/,\s+/);
    if (commas.length > 1 && commas.some((c) => isRole(c)) && !commas.every((c) => isRole(c))) {
      // "Research Fellow, School of Psychology, University of Leeds": the unit is neither title nor employer.
      const units = commas.filter((c) => UNIT_OF.test(c));
      const named = commas.filter((c) => !UNIT_OF.test(c) && !isRole(c)).length > 0;
      for (const c of firmName(named ? commas.filter((c) => !units.includes(c)) : commas))
        if (clean(c) && !EMPLOYMENT_NOTES.test(clean(c))) out.push(clean(c));
    } else out.push(part);
  }
  return out;
}

/**
 * A firm named after its partners keeps its commas: "Recruitment Coordinator, Parker, Lowe & Finch LLP" is a role and
 * one employer. The last field joins "&" or a legal form to the single capitalised names before it.
 */
function firmName(commas: string[]): string[] {
  const last = commas[commas.length - 1] ?? '';
  if (!/\s&\s|\s(?:LLP|LLC|LP|PC|PLLC|Ltd\.?|Inc\.?)$/.test(last)) return commas;
  let i = commas.length - 1;
  const partner = (c: string) => /^\p{Lu}[\p{L}'’-]+$/u.test(c) && !isRole(c) && !DEPARTMENT.test(c);
  while (i > 0 && partner(commas[i - 1] ?? '')) i--;
  return i < commas.length - 1 ? [...commas.slice(0, i), commas.slice(i).join(', ')] : commas;
}

/**
 * Puts a department back on the title it follows, when the header names the employer elsewhere: the department is
 * part of how the person names the role, and it is not the company.
 */
function joinDepartment(parts: string[]): void {
  const i = parts.findIndex((p, k) => k > 0 && DEPARTMENT.test(p) && isRole(parts[k - 1] ?? ''));
  if (i < 1) return;
  const employer = parts.some(
    (p, k) => k !== i && k !== i - 1 && !isRole(p) && !DEPARTMENT.test(p) && /^[\p{Lu}\p{N}]/u.test(p),
  );
  if (employer) parts.splice(i - 1, 2, `${parts[i - 1]}, ${parts[i]}`);
}

/** A chapter's place in a career told in order or backwards ("Now: …", "Before that: …", "Where I started: …"). */
export const CHAPTER_LEAD =
  /^\s*(?:now|today|these\s+days|currently|before\s+that|after\s+that|then|next|earlier|later|at\s+first|first|where\s+(?:I|it\s+all)\s+(?:started|began)|how\s+(?:I|it\s+all)\s+(?:started|began)|the\s+(?:beginning|start)|most\s+recently|in\s+between)\s*[:—–]\s+/i;

/** "8/6 FIFO ex Perth", "2/1 FIFO (camp)", "14/14 roster": the shift pattern of a remote site, not a name. */
const ROSTER =
  /^\d{1,2}\s*\/\s*\d{1,2}\s+(?:FIFO|DIDO|BIBO|roster|swing|rotation)\b|^(?:FIFO|DIDO|BIBO)\s+(?:ex|from|roster|\d)/i;

/** "1. ", "2) " before a heading's words. */
const NUMBERED = /^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u;

/**
 * "The EEG lab", "the MEG facility", "A small start-up": a place of work described, not named (a name capitalises its
 * noun: "The Francis Crick Institute"). Its name is for the prose to give.
 */
const DESCRIBED =
  /^(?:[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Oo]ne)\s+(?:[\p{L}\p{N}&'’-]+\s+){0,3}(?:lab|laboratory|facility|group|team|unit|start-?up|company|firm|agency|consultancy|clinic|practice|hospital|school|office|plant|site|studio|shop|department|years|days)s?$/u;

export const isDescribedPlace = (name: string) => DESCRIBED.test(name);

/** A site named before its employer in brackets: "Milton FC (Cedarline Grocers)", "Remote + client sites (…)". */
const SITE_OF =
  /^(?:remote\b[^()]*|[^()]*\b(?:DC|FC|RDC|NDC|campus|sites?|plant|warehouse|depot|hub|branch|facility|distribution\s+cent(?:re|er)|fulfil?ment\s+cent(?:re|er)|store|mill|yard|terminal))\s*\(([^()]{3,60})\)$/i;

/** LinkedIn's employer line: the employer, then the employment type ("Tiernan Engineering · Full-time"). */
const LINKEDIN_EMPLOYER =
  /^([^·|]{2,80}?)\s+·\s+(?:Full-time|Part-time|Contract|Freelance|Self-employed|Internship|Apprenticeship|Seasonal|Permanent|Temporary)\s*$/i;

/**
 * Reads company, title and dates from a job's header lines, in the shapes résumés use: "Company — Title (Mar 2019 –
 * Jun 2022)", "Title at Company · 2019–present", "Title | Company | City | 03/2019 – now", a company line followed
 * by a title/date line, a LinkedIn block (title, "Company · Full-time", dates with a duration, place).
 */
export function parseHeader(given: string[]): JobHeader {
  // "… | Sep 2022 --" over "Present": a range a converter wrapped after its dash is one line again.
  const lines = headerFields(given).reduce<string[]>((acc, line) => {
    const last = acc.length - 1;
    // "Institut für Wasser und" over "Gewässerentwicklung": a name wrapped after its conjunction is one line too.
    if (last >= 0 && /\d\s*(?:–|—|-{1,2})\s*$|\s(?:and|und|et|of|for|für|de|&)$/.test(acc[last] ?? ''))
      acc[last] = `${acc[last]} ${line.trim()}`;
    else acc.push(line);
    return acc;
  }, []);
  const out: JobHeader = {};
  const rest: string[] = [];
  // The latest of several dated title lines under one employer (a promotion): its title is the job's.
  let latest: { start: string; role: string | undefined } | undefined;
  for (const line of lines) {
    // "What does a data reporter at a local paper actually do?": a question is asked about a job, it heads none.
    if (/\?\s*(?:\*\*|__)?\s*$/.test(line)) continue;
    // "From: 04/2012           To: 08/2018": a form's two cells are one range.
    // "## 2. Somnalis, Leeds (2018 – 2021)": a numbered heading's number is no part of the name.
    let text = fromTo(line).replace(CHAPTER_LEAD, '').replace(NUMBERED, '');
    const range = findDateRange(text);
    if (range && out.start !== undefined) {
      const role = fields(text.slice(0, range.index)).find((p) => isRole(p));
      if (role && range.start < out.start) out.start = range.start;
      // A role that began with the employer line ("Halcyon Chips Ltd. — 2018 → present" over "Staff Verification
      // Engineer · 2018 – present") is the title too.
      else if (role && range.start >= out.start && (range.start > out.start || latest === undefined)) {
        out.end = range.end;
        latest = { start: range.start, role };
      }
      if (role) continue;
    }
    if (range && out.start === undefined) {
      out.start = range.start;
      out.end = range.end;
      text = `${text.slice(0, range.index)}  ${text.slice(range.index + range.length)}`;
    } else if (!range && out.start === undefined) {
      const single = findSingleDate(text);
      // A lone year at a field boundary ("Infobip — Intern — summer 2011"), not a number inside a name: the job began
      // and ended then.
      if (single && /(?:^|[\s(—–|·,-])$/.test(text.slice(0, single.index)) && fields(text).length > 0) {
        out.start = single.date;
        out.end = single.date;
        text = `${text.slice(0, single.index)}  ${text.slice(single.index + single.length)}`;
      }
    }
    // "(3 months, 2022)" without its year is a duration alone in brackets.
    text = text
      .replace(/\(\s*\)/g, ' ')
      .replace(/\(\s*(?:\d+\s*(?:yrs?|years?|mos?|months?|weeks?)\s*)+[,;]?\s*\)/gi, ' ');
    rest.push(text);
  }
  const parts: string[] = [];
  // "Period: 2021 - Present<TAB>Employer: Delta Basin Energy<TAB>Position: Senior Reservoir Engineer": a table row
  // flattened into labelled cells, each read as its own labelled line.
  const cells = rest.flatMap((text) => {
    const pieces = text
      .split(/\t+|\s{3,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    return pieces.filter((p) => isLabelledLine(p)).length >= 2 ? pieces : [text];
  });
  let agency: string | undefined;
  for (const text of cells) {
    // "Company: Lumen Grid", "Role: Senior Data Engineer", "Location: Berlin": a labelled line says what it is.
    const labelled = labelledField(text);
    if (labelled) {
      // The value is the label's; fields after it on the line ("Role: Senior Engineer — Initech") are read as usual.
      const employer = labelled.role === 'employer' || labelled.role === 'agency';
      // Europass: "Employer: Gemeente Eemstad, Department of Spatial Planning, Eemstad (NL)".
      const [value, ...others] = fields(
        employer
          ? employerName(labelled.value.replace(EMPLOYER_TAIL, '').replace(/\s*\([^()]{1,60}\)/g, ''))
          : labelled.value,
      );
      // A civil-service grade ("Grade: Higher Executive Officer (HEO)") is a pay band; the post is the title.
      if (labelled.role === 'other') {
        // ("Dates: 2019 – 2021 | Acme Corp": fields after a date or a place are the header's.)
        if (/^(?:dates?|period|duration|from|location|place|city)$/.test(labelled.label))
          parts.push(...others);
        continue;
      }
      if (value && labelled.role === 'agency') agency ??= value;
      else if (value && employer) out.company ??= value;
      else if (value)
        // "Position: Graduate Engineer (2014 - 2016); Production Engineer (2016 - 2018)": titles with their years.
        out.title ??= latestTitle(/;/.test(labelled.value) ? clean(labelled.value) : value);
      parts.push(...others);
      continue;
    }
    // LinkedIn's "Tiernan Engineering · Full-time": the field before the employment type is the employer even when
    // its words read like a role ("Engineering" is also a discipline); other names are read as usual below.
    const typed = LINKEDIN_EMPLOYER.exec(text.trim());
    if (typed?.[1] && out.company === undefined && isRole(typed[1])) {
      out.company = clean(typed[1]);
      continue;
    }
    for (const field of fields(text)) {
      const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(field);
      if (at?.[1] && at[2] && isRole(at[1]) && out.title === undefined) {
        out.title = titleCase(clean(at[1]));
        out.company = clean(at[2]);
        continue;
      }
      parts.push(field);
    }
  }
  out.company ??= agency;
  const useful = parts.filter((p) => !looksLikePlace(p) && !/^\d+$/.test(p));
  joinDepartment(useful);
  // "Narrative 1 — Co-op survival game (current)": a job still held, whenever it began.
  if (
    out.end === undefined &&
    lines.some((l) => /\((?:current(?:\s+(?:role|job|position))?|ongoing)\)/i.test(l))
  )
    out.end = 'present';
  if (out.title === undefined && latest?.role) out.title = latestTitle(latest.role);
  if (out.title === undefined) {
    const role = useful.find(
      (p) => isRole(p) && p.split(/\s+/).filter((w) => !/^(?:→|->|⇒)$/.test(w)).length <= 8,
    );
    if (role) out.title = latestTitle(role);
  }
  // "Conseillère principale / Senior Consultant", "Hydrologe / Hydrologist": a bilingual title, read in English.
  const halves = out.title?.split(/\s+\/\s+/);
  if (halves?.length === 2 && FOREIGN_ROLE.test(halves[0] ?? '') && isRole(halves[1] ?? ''))
    out.title = halves[1];
  // "Freelance — 2017–2019": the employer is the person's own business.
  if (out.company === undefined && lines.some((l) => /\bfreelance\b/i.test(l))) out.company = 'Freelance';
  // "Lead Engineer, Flight Software, Ostara Avionics GmbH": a field that ends like a company's name is the employer,
  // and an unlabelled field between it and the title is the title's group.
  const named = useful.findIndex((p) => COMPANY_ENDING.test(p));
  if (
    out.company === undefined &&
    named > 1 &&
    out.title === useful[named - 2] &&
    !isRole(useful[named - 1] ?? '')
  ) {
    out.title = `${out.title}, ${useful[named - 1]}`;
    out.company = useful[named];
  }
  if (out.company === undefined) {
    // "Registered Nurse — Steward Health Care": with the title given, a capitalised name whose role word does not end
    // it ("Steward", "Tailor Brands") is the employer's.
    const employerNamed = (p: string) =>
      out.title !== undefined &&
      p !== out.title &&
      /^(?:\p{Lu}[\p{L}'’&.-]*\s*)+$/u.test(p) &&
      !isRole(p.split(/\s+/).pop() ?? '');
    const candidates = useful.filter(
      (p) =>
        (!isRole(p) || employerNamed(p)) &&
        !EMPLOYMENT_TYPE.test(p) &&
        !ROSTER.test(p) &&
        /^[\p{Lu}\p{N}"“']/u.test(p) &&
        p.split(/\s+/).length <= 8,
    );
    // "Department of Meteorology, University of Reading": the unit's institution employs the person.
    const company =
      candidates[0] !== undefined && UNIT_OF.test(candidates[0]) && INSTITUTION.test(candidates[1] ?? '')
        ? candidates[1]
        : candidates[0];
    // The period of "Inc." or "Ltd." belongs to the name.
    if (company) out.company = company.replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Bros|L\.L\.C))[.,;:]$/, '');
  }
  // "Bundesanstalt für Gewässerkunde (BfG)": the name's initials are no part of it.
  if (out.company)
    out.company = out.company.replace(/\s+\((?=[^()]*\p{Lu}[^()]*\p{Lu})[\p{L}&.]{2,10}\)$/u, '');
  return out;
}

/** "From: 04/2012           To: 08/2018": a form's two cells are one range ("To: to date" is present). */
function fromTo(line: string): string {
  return line.replace(
    /^\s*from\s*:\s*(\S.*?)\s+to\s*:\s*(\S.*)$/i,
    (_, from: string, to: string) => `${from} – ${/^(?:to\s+)?date\b/i.test(to) ? 'present' : to}`,
  );
}

/** True when a line reads like a job header: dates, "Title at Company", or a role and a name between separators. */
export function isJobHeaderLine(line: string): boolean {
  const t = fromTo(line).trim();
  if (!t || t.length > 180 || PROFILE_LINE.test(t)) return false;
  if (findDateRange(t)) return true;
  if (/^[^.!?]{2,60}\s(?:at|@)\s+\p{Lu}/u.test(t) && isRole(t.split(/\s(?:at|@)\s/)[0] ?? '')) return true;
  const parts = t.split(SEPARATORS).map(clean).filter(Boolean);
  if (parts.length < 2 || parts.length > 5 || /[.!?]$/.test(t)) return false;
  // "Contract · Ashby Vale District Council · 6 mo, 2019": the terms of a post, an employer and when.
  if (
    EMPLOYMENT_TYPE.test(parts[0] ?? '') &&
    /^[\p{Lu}\p{N}]/u.test(parts[1] ?? '') &&
    findSingleDate(parts[parts.length - 1] ?? '')
  )
    return true;
  return parts.some((p) => isRole(p));
}

const EMPLOYMENT_TYPE =
  /^(?:contract|freelance|interim|temp(?:orary)?|locum|internship|part[- ]time|fixed[- ]term|secondment)$/i;
