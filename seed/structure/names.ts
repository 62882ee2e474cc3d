import { headingKind, ROLE_WORDS } from './vocabulary.js';

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'y',
  'ten',
  'ter',
]);
const DEGREES =
  /(?<=\S),?\s*\b(?:ph\.?d\.?|m\.?d\.?|mba|m\.?sc?\.?|b\.?sc?\.?|m\.?eng\.?|b\.?eng\.?|m\.?a\.?|b\.?a\.?|cpa|pmp|cissp|jr\.?|sr\.?|c\.?eng|p\.?eng|cfa|fca|aca|acca|fcca|rn|bsn|msn|mistructe|mice|miet|mimeche|fia|fsa|asa|fcas|acas|fiaa)\b\.?(?![-\w])/gi;
const NOT_NAMES =
  /^(?:resume|résumé|curriculum vitae|cv|career notes?|portfolio|profile|narratives?|project narratives?|about me)$|^(?:sex|gender|nationality|date of birth|citizenship)\b/i;

/** Letters of chartered and professional bodies after a name: MCIOB, FCIPD, MICE, MRICS, CEng, PMP. */
const CHARTERED =
  /^(?:[MFA]C?I[A-Z][A-Za-z]{1,5}|[MF]RICS|CEng|IEng|CEnv|CMgr|PMP|CPA|CFA|ACCA|FCCA|ACA|FCA)$/;

/** A person's name as a document heads it: "Maria Santos", "Fiona MacLeod, PhD", "JEAN-LUC PICARD". */
export function asPersonName(text: string): string | undefined {
  // "Career narratives – Rahul Deshpande", "Résumé | Jane Doe": a document's title, then whose it is.
  const titled =
    /^\s*(?:(?:my|the)\s+)?(?:career\s+)?(?:narratives?|r[ée]sum[ée]|cv|curriculum\s+vitae|portfolio|career(?:\s+(?:history|story|journey))?|story|profile|work\s+history)(?:\s+of)?\s*[|·•:–—-]\s*(.+)$/i.exec(
      text,
    );
  if (titled?.[1]) return asPersonName(titled[1]);
  const cleaned = text
    // "<h1 align="center">Noor Haddad</h1>": a résumé's HTML header.
    .replace(/<[^>]*>/g, ' ')
    .trim()
    // "DECLAN O'ROURKE  MEng CEng MIStructE": letters after the name, in a column of their own.
    .replace(/\s{2,}(?:(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,10}\s*)+$/, '')
    // "Dr. Helena Costa", "Prof. Ada Ng": a title is not part of the name.
    // ("DI Dr.-Ing. Florian Aigner", "Prof. Dr. Anna Weber", "Dipl.-Ing. …": German degrees before it too.)
    .replace(
      /^\s*(?:(?:[Dd][Rr]|[Pp][Rr][Oo][Ff]|[Mm][Rr][Ss]?|[Mm][Ss]|[Mm][Xx])\.?\s+|(?:DI|Mag\.|Dipl\.?-\p{L}+\.?|Dr\.?-\p{L}+\.?)\s+)+(?=\p{Lu})/u,
      '',
    )
    .replace(/\(.*?\)/g, ' ')
    // 'Rafael "Raf" Adeyemi-Strand': a nickname in quotes is not part of the name.
    .replace(/\s["“‘'][\p{L}.-]{1,20}["”’']\s/gu, ' ')
    .replace(DEGREES, ' ')
    // "Marcus Lindqvist: how I ended up building …": the name, then the essay's title.
    .replace(/[|·•,–—:].*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || NOT_NAMES.test(cleaned) || headingKind(cleaned) || ROLE_WORDS.test(cleaned))
    return undefined;
  const words = cleaned.split(' ');
  // "Eleanor Vance-Mbeki MSc CEnv MCIEEM": letters after a name written in mixed case are postnominals.
  // "SIOBHÁN CARRAWAY MCIOB": a chartered body's letters are postnominals whatever the name's case.
  while (
    words.length > 2 &&
    ((/\p{Ll}/u.test(words[0] ?? '') && /^[A-Z]{2,}[a-z]{0,3}$/.test(words[words.length - 1] ?? '')) ||
      CHARTERED.test(words[words.length - 1] ?? ''))
  )
    words.pop();
  if (words.length < 2 || words.length > 5) return undefined;
  const ok = words.every(
    (w) => PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w),
  );
  if (!ok || /\d/.test(cleaned)) return undefined;
  const name = words.join(' ');
  // ALL CAPS names read better in title case.
  if (name === name.toUpperCase())
    return words
      .map(
        (w) =>
          w.charAt(0) +
          w
            .slice(1)
            .toLowerCase()
            .replace(/([-'’])(\p{L})/gu, (_, a, b: string) => a + b.toUpperCase()),
      )
      .join(' ');
  return name;
}
