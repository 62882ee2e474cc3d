import { titleCase } from '../structure/header.js';
import { ROLE_WORDS } from '../structure/vocabulary.js';

/** A title as prose writes it: "a Senior Interface Engineer", "Lead Data Engineer", "a junior programmer". */
const ROLE = String.raw`((?:\p{Lu}[\p{L}.&/-]*)(?:\s+(?:of|and|&|for|\p{Lu}[\p{L}.&/-]*)){0,6}|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})`;
const LATEST_TITLE = new RegExp(
  String.raw`\b(?:promoted to|my title (?:was|became|is|had become)|I became|by then I was|now I am|I am now)\s+(?:an?\s+|the\s+)?${ROLE}`,
  'u',
);
const JOINED_AS = new RegExp(
  String.raw`\b(?:hired|brought (?:in|on)|joined|started|came on board|signed on|moved|worked|served|was employed)(?:\s+[^.]{0,80}?)?\s+as\s+(?:an?\s+|the\s+)?${ROLE}`,
  'u',
);

const AS_ROLE = new RegExp(String.raw`^As\s+(?:an?\s+|the\s+)${ROLE}\s*,`, 'u');
/** Words without which neither title pattern can match: most sentences are skipped on them. */
const TITLE_WORDS =
  /\b(?:promoted|title|became|now|hired|brought|joined|started|came|signed|moved|worked|served|employed)\b/;

/** Cuts a title out of the words after it ("Online Programmer. The studio…", "engineer to get a meter…"). */
function asTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const words = raw.split(/\s+/);
  // Lower-case titles end at the first word that is not part of a role ("a firmware engineer to get …").
  while (words.length && /^(?:of|and|&|for|to|in|at|with|on)$/i.test(words[words.length - 1] as string))
    words.pop();
  const text = words.join(' ');
  if (!ROLE_WORDS.test(text)) return undefined;
  // To the last role word: "Lead Data Engineer", not "Lead".
  const cut =
    /^(.*\b(?:engineer|developer|programmer|manager|architect|scientist|analyst|administrator|consultant|director|lead|designer|specialist|officer|intern|technician|researcher|tester|sdet|associate|assistant)s?)\b/i.exec(
      text,
    );
  return titleCase((cut?.[1] ?? text).trim());
}
/** The titles a job's prose gives: the one it ended with ("promoted to …") and the one it began with ("joined as …"). */
export function titlesInProse(texts: string[]): { latest?: string; joinedAs?: string } {
  const out: { latest?: string; joinedAs?: string } = {};
  // "As a junior programmer, to help port …": an answer to why the person was hired.
  out.joinedAs = asTitle(AS_ROLE.exec(texts[0] ?? '')?.[1]);
  for (const text of texts) {
    if (!TITLE_WORDS.test(text)) continue;
    out.latest ??= asTitle(LATEST_TITLE.exec(text)?.[1]);
    out.joinedAs ??= asTitle(JOINED_AS.exec(text)?.[1]);
    if (out.latest && out.joinedAs) break;
  }
  return out;
}
