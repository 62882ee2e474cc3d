import { titleCase } from '../structure/header.js';
import { HELD_SINCE_YEAR, ROLE_NOUNS, ROLE_WORDS, STARTED_THERE } from '../structure/vocabulary.js';

/** A title as prose writes it: "a Senior Interface Engineer", "Lead Data Engineer", "a junior programmer". */
const ROLE = String.raw`((?:\p{Lu}[\p{L}.&/-]*)(?:\s+(?:of|and|&|for|\p{Lu}[\p{L}.&/-]*)){0,6}|[a-z][\w-]*(?:\s+[\p{L}][\w-]*){0,4})`;
/**
 * "a", "the", "their", "the team's", then "first", "new" or "full" ("made a full protection engineer", not "full
 * stack"): what may stand between the verb and the title ("second" only after an article: "made me second officer"
 * names a rank).
 */
const DET = String.raw`(?:(?:the\s+)?[\w-]+['’]s\s+(?:second\s+)?|(?:an?|the|their|our|its|his|her)\s+(?:second\s+)?)?(?:(?:first|only|sole|founding|new|full(?![- ](?:stack|time)\b))\s+)?(?:(?:full[- ]time|part[- ]time|permanent|contract)\s+)?`;
/** Any case ("QA lead", "iOS developer"), up to five words; callers anchor its end and demand a role noun. */
const ANY_ROLE = String.raw`([\p{L}][\p{L}.&/+#-]*(?:\s+(?:&|[\p{L}][\p{L}.&/+#-]*)){0,5}?)`;
const LATEST_TITLE = new RegExp(
  String.raw`\b(?:promoted to|promoted me to|(?:they|he|she|[Tt]he\s+\w+)\s+(?:have\s+|had\s+|has\s+)?made me|(?<=(?:^|[.!?]\s+))\p{Lu}[\p{L}'’&-]+\s+made\s+me|(?:I|and)\s+(?:was|had\s+been|have\s+been)\s+(?:made|named|appointed)(?:\s+as)?|(?:I|and)\s+(?:was\s+)?converted to|(?:I|and)\s+left as|I\s+(?:ended|finished)(?:\s+up)?\s+as|[Mm]y (?:official |job |formal )?(?:title|role|position) (?:there )?(?:was|became|is|had become|changed to|was changed to)(?: that of)?|held the (?:title|role|position) of|I became|by then I was|now I am|I am now|since\s+(?:last\s+year|(?:19|20)\d\d),?\s+I(?:\s+am|\s+have\s+been|['’]ve\s+been)|I\s+(?:now\s+)?work\s+as)\s+(?!(?:(?:the|an?|our|their)\s+)?(?:[\w-]+['’]s\s+)?(?:unofficial|informal|de facto|self-appointed|go-to)\b)${DET}${ROLE}`,
  'u',
);
/** "Title: Senior Firmware Engineer", "**Role:** Lead Analyst": a label line states the title outright. */
const LABELLED = new RegExp(
  String.raw`(?:^|\n)\s*(?:[-*]\s+)?(?:\*\*|__)?(?:Job\s+)?(?:Title|Role|Position)(?:\*\*|__)?\s*[:—–]\s*(?:\*\*|__)?\s*${ANY_ROLE}\s*(?:\*\*|__)?\s*(?:[,.(|·]|$|\n)`,
  'u',
);
/**
 * "I was a QA lead at …", "I was the first platform engineer for …": any case, anchored by the preposition after it;
 * only a title that ends in a role noun counts ("I was a big part of the team at …" is not one).
 */
const I_WAS = new RegExp(
  String.raw`\bI(?:\s+was|\s+am|['’]m|\s+have\s+been|['’]ve\s+been)\s+(?=an?\s|the\s|their\s|our\s|its\s|[\w-]+['’]s\s|(?:Head|Director|Manager|Chief|VP|Lead|Principal|Senior|Associate|Assistant)\s)${DET}${ANY_ROLE}\s+(?:at|for|with|on|in)\b`,
  'u',
);
/** "Since 2021 I have been practice systems lead at Live Oak": a role held since a year, any case, no article. */
const HELD_SINCE = new RegExp(
  String.raw`${HELD_SINCE_YEAR}${DET}${ANY_ROLE}(?:\s+(?:at|for|with)\b|\s*[,;.])`,
  'u',
);
const JOINED_AS = new RegExp(
  String.raw`\b(?:hired|recruited|contracted|engaged|placed|appointed|sworn in|taken on|took (?:me|us) on|brought (?:me )?(?:in|on)|joined|started|arrived|ran|led|headed|came on board|came in|I\s+came|signed on|moved|worked|served|was employed|spent|been\s+(?:at|with)|first\s+(?:role|job|position)|offered\s+me\s+(?:a|the)\s+(?:job|position|post|role)|I\s+(?:took|got|landed|accepted)\s+(?:a|an|the)\s+(?:job|position|post|role))(?:\s+(?:[^.]|\b(?:St|Mt|Dr|Inc|Co|Ltd|Corp)\.){0,160}?)??\s+(?:as|to be|to serve as|to work as)\s+${DET}${ROLE}`,
  'u',
);
/** "I answered an advert for a lab manager in …", "I applied for a post as clinical scientist at …". */
const APPLIED_FOR = new RegExp(
  String.raw`\bI\s+(?:answered|applied\s+(?:to|for)|responded\s+to|saw)\s+(?:an?|the)\s+(?:job\s+)?(?:advert|advertisement|ad|posting|vacancy|opening|post|position|job)\s+(?:for|as)\s+${DET}${ANY_ROLE}\s+(?:at|for|with|in|on)\b${STARTED_THERE}`,
  'u',
);
/** "As a senior QA engineer I owned …", "In my role as Clinical Systems Analyst, …". */
const AS_ROLE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:As|In\s+my\s+(?:role|position|capacity)\s+as)\s+${DET}${ANY_ROLE}\s*(?:,|\s+(?:at\s+[^,]{1,40},\s*)?I\b)`,
  'u',
);
const ROLE_NOUN = new RegExp(String.raw`^(.*\b(?:${ROLE_NOUNS})s?)\b`, 'i');

/** Words that end a title in prose: "engineer to lead the team", "contractor and was converted". */
const ENDS_TITLE =
  /^(?:to|and|at|for|in|with|on|from|by|who|where|that|which|because|when|while|after|before|until|since|but|so|then|was|were|is|i|we)$/i;
const HEAD_OF = /^(?:head|director|chief|vp|dean|professor)$/i;
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'at', '&']);

/** Cuts a title out of the words after it ("Online Programmer. The studio…", "engineer to get a meter…"). */
function asTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const all = raw.replace(/[.,;:!?]+$/, '').split(/\s+/);
  // "My role was to support the data engineers": an infinitive, not a title.
  if (/^to$/i.test(all[0] ?? '')) return undefined;
  // A title ends at the first word that is not part of one; "of" stays inside "Head of Data".
  const end = all.findIndex(
    (w, i) =>
      i > 0 &&
      (ENDS_TITLE.test(w) ||
        // "head of customer operations" keeps its "of"; "engineer of the year" does not.
        (w === 'of' && !/^\p{Lu}/u.test(all[i + 1] ?? '') && !HEAD_OF.test(all[i - 1] ?? ''))),
  );
  const words = end > 0 ? all.slice(0, end) : all;
  while (words.length && /^(?:of|and|&|for|to|in|at|with|on)$/i.test(words[words.length - 1] as string))
    words.pop();
  const text = words.join(' ');
  if (!ROLE_WORDS.test(text)) return undefined;
  // To the last role word: "Lead Data Engineer", not "Lead".
  const cut = ROLE_NOUN.exec(text);
  // …and what the role is of, when it is named: "Director of Supporter Data & CRM".
  const rest = cut?.[1] ? text.slice(cut[1].length) : '';
  const of =
    /^\s+of(?:\s+(?:\p{Lu}[\p{L}-]*|&|and)){1,5}/u.exec(rest)?.[0].replace(/\s+(?:&|and)$/, '') ?? '';
  // Prose writes titles in lower case ("a senior QA engineer"); a title is capitalised except its small words.
  return titleCase(`${cut?.[1] ?? text}${of}`.trim())
    .split(' ')
    .map((w) =>
      SMALL_WORDS.has(w) || !/^\p{Ll}/u.test(w) || /\p{Lu}/u.test(w) ? w : w[0]?.toUpperCase() + w.slice(1),
    )
    .join(' ');
}

function roleNounTitle(raw: string | undefined): string | undefined {
  return raw && ROLE_NOUN.test(raw) ? asTitle(raw) : undefined;
}
/**
 * The title a promotion gives, or the second of two given at once: "made me a production assistant in 2015 and
 * production coordinator the year after" ends as a production coordinator.
 */
function latestOf(text: string): string | undefined {
  const m = LATEST_TITLE.exec(text);
  const first = asTitle(m?.[1]);
  if (!m || !first) return first;
  const after = text.slice((m.index ?? 0) + m[0].length);
  const then = THEN_TITLE.exec(after);
  return roleNounTitle(then?.[1]) ?? first;
}

/** "… in 2015 and production coordinator the year after", "…, then senior analyst in 2019". */
const THEN_TITLE = new RegExp(
  String.raw`^[^.;]{0,30}?(?:,?\s+and\s+(?:then\s+)?|,\s+then\s+)(?:(?:an?|the)\s+)?(?!(?:now|also|still|then|later|soon|so)\b)([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:${ROLE_NOUNS}))\b`,
  'u',
);

/** The titles a job's prose gives: the one it ended with ("promoted to …") and the one it began with ("joined as …"). */
export function titlesInProse(texts: string[]): { latest?: string; joinedAs?: string } {
  const out: { latest?: string; joinedAs?: string } = {};
  // "As a junior programmer, to help port …": an answer to why the person was hired.
  out.joinedAs = roleNounTitle(AS_ROLE.exec(texts[0] ?? '')?.[1]);
  for (const text of texts) {
    out.latest ??= roleNounTitle(LABELLED.exec(text)?.[1]) ?? latestOf(text);
    out.joinedAs ??=
      asTitle(JOINED_AS.exec(text)?.[1]) ??
      roleNounTitle(I_WAS.exec(text)?.[1]) ??
      roleNounTitle(HELD_SINCE.exec(text)?.[1]) ??
      roleNounTitle(APPLIED_FOR.exec(text)?.[1]) ??
      roleNounTitle(AS_ROLE.exec(text)?.[1]);
    if (out.latest && out.joinedAs) break;
  }
  return out;
}
