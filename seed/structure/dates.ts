import * as chrono from 'chrono-node';

/**
 * Dates as résumés and narratives write them, normalised to "YYYY-MM" when the month is known, "YYYY" when only the
 * year is, and "present" for an open end.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Month names of the languages résumés are often written alongside (Spanish, Portuguese, French, German, Italian,
 * Dutch), as people write them in English text ("ene 2019 – dic 2021", "set 2016 – out 2018"). Dates are read from
 * headers and ranges, where "out 2018" is October; "gen" (Italian January) is left out.
 */
const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['ene enero janv janvier januar januari janeiro gennaio', 1],
    ['febr febrero fev fevereiro févr février februar februari febbraio', 2],
    ['marzo março mars märz mär mrz maart mrt', 3],
    ['abr abril avr avril aprile', 4],
    ['mayo mai maio mag maggio mei', 5],
    ['junio junho juin juni giu giugno', 6],
    ['julio julho juil juillet juli lug luglio', 7],
    ['ago agosto août augustus', 8],
    ['set septiembre setiembre setembro septembre settembre', 9],
    ['out octubre outubro octobre okt oktober ott ottobre', 10],
    ['noviembre novembro novembre', 11],
    ['dic diciembre dez dezembro déc décembre dezember dicembre', 12],
  ].flatMap(([names, month]) =>
    String(names)
      .split(' ')
      .map((n) => [n, Number(month)]),
  ),
);
const FOREIGN = Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${FOREIGN})\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
/**
 * One date: "Mar 2019", "March, 2019", "Sep '20", "03/2019", "2019-03", "2019", "summer 2011", "mid-2017", "Q3 2022",
 * "'19".
 */
const DATE = String.raw`(?:(?:the\s+)?(?:(?:early|late)\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of\s+${YEAR}|${MONTH},?\s+${YEAR}|${MONTH}\s+['’‘]\d{2}(?![\d'’])|Q[1-4],?\s+${YEAR}|['’‘]\d{2}(?![\d'’])|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]|1[3-9]|2\d|3[01])[/.]${YEAR}|(?:0?[1-9]|1[0-2])[/.]${YEAR}|(?:0[1-9]|1[0-2])\/\d{2}(?![\d/])|${YEAR}[-/.](?:0?[1-9]|1[0-2])(?![\d])|(?:spring|summer|fall|autumn|winter|early|mid|late)[- ]${YEAR}|${YEAR})`;
const OPEN =
  "(?:present|pres\\.|now|current(?:ly)?|today|ongoing|date|still there|actualidad|actualmente|presente|actual|hoy|atual(?:mente)?|(?:bis\\s+)?heute|aktuell|jetzt|présent|aujourd['’]hui|oggi|heden|nu)";
/** "in March", "that June", "the following October": a month named without its year (the year is the sentence's). */
export const MONTH_WITHOUT_YEAR = String.raw`\b(?:[Ii]n|[Tt]hat|[Tt]he\s+following)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)`;
const RANGE = new RegExp(
  String.raw`(${DATE})\s*(?:–|—|-{1,2}|to|until|till|through|→|>)\s*(${DATE}|${OPEN}|\d{2}(?![\d/.-]))(?![\w])`,
  'i',
);
/** "since 2020", and as German, French, Spanish, Portuguese, Italian and Dutch CVs write it ("seit 03/2020"). */
const SINCE = new RegExp(
  String.raw`(?<![\p{L}])(?:since|seit|depuis|desde|dal|sinds)\s+(?:(?:le|el|de|o)\s+)?(${DATE})`,
  'iu',
);
const YEAR_SLASH_RANGE = new RegExp(
  String.raw`(?<![\d/\p{L}])(?<!\b(?:year|server|windows|office|studio|fy)\s*)(${YEAR})\s*\/\s*(${YEAR}|${OPEN})(?![\w/])`,
  'iu',
);
const DATE_ONLY = new RegExp(`^(${DATE})$`, 'i');
const SINGLE = new RegExp(`(?<![\\w-])(${DATE})(?![\\w])`, 'i');
const YEAR_DIGITS = /(?:19|20)\d\d|['’‘]\d\d/;

/** "16" → 2016, "98" → 1998. */
const fullYear = (yy: string) => (Number(yy) <= 49 ? 2000 : 1900) + Number(yy);

/** Normalises one date as written ("Sept. 2015", "03/2019", "mid-2017", "Present") to "2015-09", "2019-03", "2017", "present". */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  // "Sep '20" is "Sep 2020".
  const t = raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(\p{L}+\.?,?) ['’‘](\d{2})$/u, (_, month: string, yy: string) => `${month} ${fullYear(yy)}`);
  if (!t) return null;
  if (new RegExp(`^${OPEN}$`, 'i').test(t)) return 'present';
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:t.*)?$/.exec(t);
  if (m) return `${m[1]}-${String(m[2]).padStart(2, '0')}`;
  // "01/02/2020" as Europass writes it (day first); "04/26/2015" (month first) when the second number is no month.
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const month = second > 12 ? first : second;
    return `${m[3]}-${String(month).padStart(2, '0')}`;
  }
  // "11/20" in a terse range: month and a two-digit year.
  m = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(t);
  if (m) return `${fullYear(m[2] as string)}-${m[1]}`;
  m = /^(\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return `${m[2]}-${String(m[1]).padStart(2, '0')}`;
  m = /^(\d{4})[/.](\d{1,2})$/.exec(t);
  if (m) return `${m[1]}-${String(m[2]).padStart(2, '0')}`;
  m = /^(\p{L}+)\.?,? (\d{4})$/u.exec(t);
  if (m) {
    const foreign = FOREIGN_MONTHS[m[1] as string];
    if (foreign) return `${m[2]}-${String(foreign).padStart(2, '0')}`;
    const month = MONTHS.indexOf((m[1] as string).slice(0, 3));
    if (month >= 0 && (m[1] as string).length >= 3) return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
    // A season or "mid-", "early", "late": the year alone is what is known.
    return m[2] as string;
  }
  m = /^(?:the )?(end|start|beginning|middle) of (\d{4})$/.exec(t);
  if (m) return m[1] === 'end' ? `${m[2]}-12` : m[1] === 'middle' ? (m[2] as string) : `${m[2]}-01`;
  // "the summer of 2017": as a season before a year, the year alone.
  m = /^(?:the )?(?:(?:early|late) )?(?:spring|summer|autumn|fall|winter) of (\d{4})$/.exec(t);
  if (m) return m[1] as string;
  m = /^q([1-4]),? (\d{4})$/.exec(t);
  if (m) return `${m[2]}-${String((Number(m[1]) - 1) * 3 + 1).padStart(2, '0')}`;
  m = /^['’‘](\d{2})$/.exec(t);
  if (m) return String(fullYear(m[1] as string));
  m = /^(?:early|mid|late)-(\d{4})$/.exec(t);
  if (m) return m[1] as string;
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1] as string;
  return raw.trim();
}

export interface DateRange {
  start: string;
  end: string | null;
  /** Where the range is in the text, to cut it out of a header. */
  index: number;
  length: number;
}

/** The first date range in a header line: "Mar 2019 – Jun 2022", "2019–present", "03/2019 – now", "since 2020". */
const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const MONTH_RANGE = new RegExp(
  // ("mai – août 2016": the months of the languages résumés are written alongside too.)
  String.raw`(?<![\p{L}])(${MONTH_NAME}|${MONTH})\s*(?:–|—|-|to|until|à|a|bis)\s*(${MONTH_NAME}|${MONTH})\s+((?:19|20)\d\d\b|['’‘]\d\d(?![\d'’]))`,
  'iu',
);
/**
 * A range whose years have two digits: "09/16 - 03/19", "Sept 19 → Aug 20", "06/21 – present". Both ends are written
 * the same way, so "Sept 19" (a day) is not read alone.
 */
const TWO_DIGIT_RANGE = new RegExp(
  String.raw`(?<![\w/.])(?:(0?[1-9]|1[0-2])/(\d{2})\s*(?:–|—|-{1,2}|to|→)\s*(?:(0?[1-9]|1[0-2])/(\d{2})|(${OPEN}))|(${MONTH_NAME})\.?\s+(\d{2})\s*(?:–|—|-{1,2}|to|→)\s*(?:(${MONTH_NAME})\.?\s+(\d{2})|(${OPEN})))(?![\w/])`,
  'i',
);

function twoDigitRange(text: string): DateRange | undefined {
  const m = TWO_DIGIT_RANGE.exec(text);
  if (!m) return undefined;
  // Only as a header's field, at the end of its line after a separator or a column gap ("— Sept 19 → Aug 20",
  // "Colourist      09/16 - 03/19"): "Conference trip 3/15 - 3/22 for 40 staff" and "Pain scores 3/10 - 6/10" are not.
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (!/^\s*\)?\s*\**\s*$/.test(after) || !/(?:^|[—–|·•(,]\s*|\s{2,}|\*\*\s*)$/.test(before))
    return undefined;
  const [numeric, startMonth, startYear, endMonth, endYear, open] = m[1]
    ? [true, m[1], m[2], m[3], m[4], m[5]]
    : [false, m[6], m[7], m[8], m[9], m[10]];
  // "09/16" → "09/2016", "Sept 19" → "Sept 2019": then read like any other date.
  const date = (raw: string | undefined, yy: string | undefined) =>
    raw && yy ? (normaliseDate(`${raw}${numeric ? '/' : ' '}${fullYear(yy)}`) ?? undefined) : undefined;
  const start = date(startMonth, startYear);
  const end = open ? 'present' : date(endMonth, endYear);
  if (
    !start ||
    !end ||
    (end !== 'present' && (end < start || Number(end.slice(0, 4)) - Number(start.slice(0, 4)) > 15))
  )
    return undefined;
  return { start, end, index: m.index, length: m[0].length };
}

const OPEN_ARROW = /\b((?:19|20)\d\d)\s*→(?=\s*(?:$|[|·,)]|\*\*|\s[—–-]\s))/;

/** Arrows other than → that people put between dates ("2021 ⇢ now", "2019 ⟶ 2022"): one character each, like →. */
const OTHER_ARROWS = /[⇢⟶⇒➝➔➜⭢⇾↦⟹⇨]/g;

const SEMESTER = /\b(WS|SS|WiSe|SoSe)\s?((?:19|20)\d\d)(?:\/\d\d)?\b/g;

export function findDateRange(text: string): DateRange | undefined {
  // Each is replaced by one character, so indices into `text` stay true.
  text = text.replace(OTHER_ARROWS, '→');
  // German semesters, "WS 2005/06 - SS 2011": winter terms begin in October, summer terms in April.
  if (/\b(?:WS|SS|WiSe|SoSe)\s?(?:19|20)\d\d/.test(text))
    text = text.replace(SEMESTER, (all, term: string, year: string) =>
      `${/^w/i.test(term) ? '10' : '04'}/${year}`.padEnd(all.length),
    );
  // Every date form has a four-digit year: most lines have none, and the full pattern is not cheap.
  if (!YEAR_DIGITS.test(text)) return /\d{2}\s*(?:–|—|-|to|→)/i.test(text) ? twoDigitRange(text) : undefined;
  // "— 2022→": an arrow to nothing is a range still open.
  if (text.includes('→')) text = text.replace(OPEN_ARROW, '$1 – present');
  const m = RANGE.exec(text);
  if (m?.[1] && m[2]) {
    const start = normaliseDate(m[1]);
    // "2019-22": an end year in two digits, later in the start's century. "2019-03" is March 2019, not a range.
    const short = /^\d{2}$/.test(m[2]) ? Number(m[2]) : undefined;
    const year = /^\d{4}$/.test(start ?? '') ? Number(start) : undefined;
    const century = year === undefined ? 0 : Math.floor(year / 100) * 100;
    // A quarter that ends a range ends with its last month: "Q3 2022" → 2022-09.
    const quarter = /^q([1-4]),?\s+(\d{4})$/i.exec(m[2].trim());
    const end =
      short !== undefined
        ? String(century + short)
        : quarter
          ? `${quarter[2]}-${String(Number(quarter[1]) * 3).padStart(2, '0')}`
          : normaliseDate(m[2]);
    // Only as a field of its own: "Scaled it in 2019 to 30 countries" and "2020 - 25 engineers" are not ranges.
    const after = text.slice(m.index + m[0].length);
    const shortOk =
      short === undefined ||
      (year !== undefined &&
        century + short > year &&
        /[-–—]\s*\d{2}$/.test(m[0]) &&
        /^\s*(?:$|[)\]|·•,;]|[—–-]\s)/.test(after));
    if (start && shortOk) return { start, end, index: m.index, length: m[0].length };
  }
  // "2019/2022", "2022/now": two years (or a year and now) with a slash, the later one second ("2019/20" is a
  // financial year, and is left alone).
  const slashed = YEAR_SLASH_RANGE.exec(text);
  if (slashed?.[1] && slashed[2]) {
    const end = normaliseDate(slashed[2]);
    if (end && (end === 'present' || end > slashed[1]))
      return { start: slashed[1], end, index: slashed.index, length: slashed[0].length };
  }
  // "Jun–Sep 2020": two months of one year.
  const months = MONTH_RANGE.exec(text);
  if (months?.[1] && months[2] && months[3]) {
    const year = /^\d{4}$/.test(months[3]) ? months[3] : String(fullYear(months[3].slice(1)));
    const start = normaliseDate(`${months[1]} ${year}`);
    const end = normaliseDate(`${months[2]} ${year}`);
    if (start && end && end >= start) return { start, end, index: months.index, length: months[0].length };
  }
  const s = SINCE.exec(text);
  if (s?.[1]) {
    const start = normaliseDate(s[1]);
    if (start) return { start, end: 'present', index: s.index, length: s[0].length };
  }
  // "Corliss Health Partners — Columbus, OH · 2019–": a range left open at the end of its field runs to now.
  const open = OPEN_ENDED.exec(text);
  if (open?.[1]) {
    const start = normaliseDate(open[1]);
    if (start) return { start, end: 'present', index: open.index, length: open[0].length };
  }
  return undefined;
}

const OPEN_ENDED = new RegExp(String.raw`(?<![\d–—-]\s*)(${DATE})\s*[–—-]\s*(?=$|\s*[)\]|·•,;*_])`, 'i');

/** True when the text is just one date ("2016", "Jan 2018"). */
export function isSingleDate(text: string): boolean {
  return DATE_ONLY.test(text.trim());
}

/** The single date a line gives ("Infobip — Intern — summer 2011"), when it has no range. */
export function findSingleDate(text: string): { date: string; index: number; length: number } | undefined {
  if (!YEAR_DIGITS.test(text)) return undefined;
  const m = SINGLE.exec(text);
  if (!m?.[1]) return undefined;
  const date = normaliseDate(m[1]);
  return date ? { date, index: m.index, length: m[0].length } : undefined;
}

/**
 * A date written in prose ("In April 2020 I moved to…", "from mid-2017 until the end of 2019"), read with
 * chrono-node; only the parts chrono says the text states (month, year) are kept.
 */
export function proseDates(sentence: string): { date: string; index: number; text: string }[] {
  // Every date kept below has a year's digits; most sentences have none, and chrono is the costliest reader here.
  if (!YEAR_DIGITS.test(sentence)) return [];
  const out: { date: string; index: number; text: string }[] = [];
  for (const r of chrono.parse(sentence, new Date(2000, 0, 1), { forwardDate: false })) {
    // "After a couple of months", "next year": relative to chrono's reference day, not a date the text gives.
    if (!YEAR_DIGITS.test(r.text)) continue;
    for (const c of [r.start, r.end]) {
      if (!c?.isCertain('year')) continue;
      const year = c.get('year');
      if (!year || year < 1950 || year > 2049) continue;
      const month = c.isCertain('month') ? c.get('month') : null;
      out.push({
        date: month ? `${year}-${String(month).padStart(2, '0')}` : String(year),
        index: r.index,
        text: r.text,
      });
    }
  }
  // "at the end of 2019", "the start of 2016": the year's last or first month, as a reader dates it.
  for (const m of sentence.matchAll(YEAR_EDGE)) {
    const index = (m.index ?? 0) + m[0].length - 4;
    const at = out.findIndex(
      (d) => d.index <= index && index < d.index + d.text.length && d.date.length === 4,
    );
    const date = `${m[2]}-${/^(?:end|close)/i.test(m[1] ?? '') ? '12' : '01'}`;
    if (at >= 0) out.splice(at, 1);
    if (!out.some((d) => index >= d.index && index < d.index + d.text.length))
      out.push({ date, index: m.index ?? 0, text: m[0] });
  }
  // "Hired Aug '22": a month with a two-digit year is a date chrono does not read; a bare "'22" is not (a quote).
  for (const m of sentence.matchAll(MONTH_SHORT_YEAR)) {
    const month = normaliseDate(`${m[1]} 20${m[2]}`);
    if (month && !out.some((d) => (m.index ?? 0) >= d.index && (m.index ?? 0) < d.index + d.text.length))
      out.push({ date: month, index: m.index ?? 0, text: m[0] });
  }
  // chrono leaves a bare year after a preposition ("when I left in 2021"); a year is one unless a noun counts it
  // ("in 2000 stores").
  for (const re of [BARE_YEAR, SEASON_YEAR])
    for (const m of sentence.matchAll(re)) {
      const index = (m.index ?? 0) + m[0].length - 4;
      if (out.some((d) => index >= d.index && index < d.index + d.text.length)) continue;
      out.push({ date: m[1] as string, index, text: m[1] as string });
    }
  return out.sort((a, b) => a.index - b.index);
}

const MONTH_SHORT_YEAR = new RegExp(String.raw`\b(${MONTH_NAME})\s+['’‘]([0-4]\d)(?![\d'’\w])`, 'gi');

const YEAR_EDGE =
  /\b(?:the\s+)?(end|close|start|beginning|turn)\s+of\s+((?:19[5-9]|20[0-4])\d)\b(?!\s*[-–]\s*\d)/gi;

const BARE_YEAR =
  /\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]ince|[Ff]rom|[Tt]o|[Dd]uring|[Oo]f)\s+(?:(?:early|mid|late)[- ])?((?:19[5-9]|20[0-4])\d)\b(?!\s*[-–]?\s*\d)(?=\s*(?:$|[.,;:)!?]|(?:and|or|when|after|before|we|I|they|he|she|it|the|our|my|as|while|until|because|but|so|then|at|for|to|with|in|on)\b|\p{Lu}))/gu;

/** "from spring 2015 until the summer of 2019": a season dates only the year. */
const SEASON_YEAR = /\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19[5-9]|20[0-4])\d)\b/gi;
