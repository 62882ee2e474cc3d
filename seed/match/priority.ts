/**
 * How much a job posting wants each thing it names. Two sources decide, as a careful reader decides: the part of the
 * posting a sentence stands in ("Requirements" against "Nice to have"), and the sentence's own words ("required",
 * "5+ years of" against "familiarity with", "is a plus"). The wording wins over the heading: "Kotlin is a plus" is
 * optional even under "Requirements".
 */
export type Priority = 'must' | 'nice';

/** What a posting's heading says about the text under it. */
export type PartKind = 'must' | 'nice' | 'company' | 'skip';

export interface PartRule {
  kind: PartKind;
  /** The heading as written, for explanations: "listed under \"Nice to have\"". */
  heading: string | null;
}

const NICE_HEADING =
  /^\s*nice\s*$|\b(?:nice|good|great)[\s-]+to[\s-]+haves?\b|\bbonus(?:es| points)?\b|\bpluses\b|^\s*(?:a\s+)?plus\b|\bpreferred\b|\bdesir(?:ed|able)\b|\bideal(?:ly)?\b|\bstand\s+out\b|\bextra\s+(?:credit|points)\b|\badvantage(?:ous)?\b|\boptional\b|\bnot\s+required\b|\bwould\s+be\s+(?:great|nice)\b|\bwish\s*list\b|\beven\s+better\b|\bdifferentiators?\b/i;
const SKIP_HEADING =
  /\b(?:benefits?|perks|what\s+we\s+offer|we\s+offer|compensation|salary|pay\s+range|equal\s+(?:opportunity|employment)|eeo|diversity|inclusion|how\s+to\s+apply|to\s+apply|application\s+process|interview(?:ing)?(?:\s+process)?|hiring\s+process|our\s+process|location|relocation|visa|legal|privacy|disclaimer|accommodations?|why\s+join|why\s+work|life\s+at)\b/i;
const COMPANY_HEADING =
  /\babout\s+(?:us|the\s+company|the\s+team|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s*$)|\bwho\s+we\s+are\b|\bour\s+(?:mission|story|company|values|culture)\b|\bthe\s+company\b/i;

/** Reads a heading ("Nice to have", "Minimum qualifications", "Benefits") into what it says about its text. */
export function partOf(heading: string): PartRule {
  const text = heading.trim().replace(/[:：]\s*$/, '');
  if (NICE_HEADING.test(text)) return { kind: 'nice', heading: text };
  if (SKIP_HEADING.test(text)) return { kind: 'skip', heading: text };
  // "About you" asks for things; "About Acme" describes the company.
  if (!/\babout\s+you\b/i.test(text) && COMPANY_HEADING.test(text)) return { kind: 'company', heading: text };
  return { kind: 'must', heading: text };
}

/** Headings a posting uses: a short line ending in a colon counts only when it reads as one of these. */
export const POSTING_HEADING =
  /^(?:(?:the\s+)?requirements?|required(?:\s+(?:skills|experience|qualifications))?|must[\s-]+haves?|(?:minimum|basic|required|preferred|desired|additional|key)?\s*qualifications|(?:nice|good|great)[\s-]+to[\s-]+haves?|bonus(?:\s+points)?|pluses|(?:a\s+)?plus|nice|optional|preferred(?:\s+(?:skills|experience))?|desirable|(?:what\s+)?you(?:'|’)?(?:ll)?\s+(?:have|bring|need|do|will\s+do)|what\s+(?:you(?:'|’)?ll|you\s+will|we(?:'|’)?re)\s+(?:need|bring|do|looking\s+for|build)|(?:who|what)\s+we(?:'|’)?re\s+looking\s+for|about\s+(?:you|the\s+role|the\s+team|us)|(?:the\s+)?role|responsibilities|(?:key\s+)?responsibilities|skills(?:\s+(?:and|&)\s+experience)?|experience|(?:our\s+)?(?:tech(?:nology)?\s+)?stack|tech(?:nologies)?|tools|benefits|perks|what\s+we\s+offer|compensation)$/i;

interface Cue {
  start: number;
  end: number;
  priority: Priority;
  /** Prefix cues ("familiarity with") speak of what follows; postfix cues ("is a plus") of what precedes. */
  direction: 'forward' | 'backward';
  text: string;
}

// Cue patterns, each with the way it points. Ordered by how specific they are; overlapping matches keep the first.
const CUES: { re: RegExp; priority: Priority; direction: 'forward' | 'backward' }[] = [
  {
    re: /\b(?:bonus(?:\s+points)?|extra\s+points|plus)\s*(?:if|for|:)|\bnice[\s-]+to[\s-]+have\s*:/gi,
    priority: 'nice',
    direction: 'forward',
  },
  {
    re: /\b(?:is|are|would\s+be|will\s+be)?\s*(?:a\s+|an\s+)?(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage|asset)\b(?!\s*[:\-–—]\s*\S)/gi,
    priority: 'nice',
    direction: 'backward',
  },
  {
    re: /\b(?:is|are)?\s*(?:preferred|desirable|desired|appreciated|welcome|optional|helpful|useful|nice[\s-]+to[\s-]+have|not\s+(?:required|necessary|essential|a\s+must))\b|\bwould\s+(?:help|be\s+(?:great|nice|helpful|useful|good|welcome))\b|\b(?:can|could)\s+be\s+learn(?:ed|t)\b/gi,
    priority: 'nice',
    direction: 'backward',
  },
  {
    re: /\b(?:familiar(?:ity)?\s+with|exposure\s+to|awareness\s+of|(?:some|basic)\s+(?:experience|knowledge|exposure|familiarity)|ideally|preferably|interest(?:ed)?\s+in|(?:willing(?:ness)?|eager(?:ness)?|keen)\s+to\s+learn|curious\s+about|(?:a\s+)?working\s+knowledge\s+of\s+(?:any\s+of|one\s+of)|(?:it(?:'|’)?s\s+)?(?:a\s+)?plus\s+if|even\s+better\s+if|nice\s+if)\b/gi,
    priority: 'nice',
    direction: 'forward',
  },
  {
    re: /\b(?:required|mandatory|essential|a\s+must|must[\s-]+have|req(?:'|’)?d)\b/gi,
    priority: 'must',
    direction: 'backward',
  },
  {
    re: /\b(?:must(?:\s+(?:have|know|be))?|requires?|strong|expert(?:ise)?(?:\s+in)?|proficien(?:t|cy)(?:\s+in|\s+with)?|deep|solid|extensive|proven|hands[\s-]on|fluen(?:t|cy)|mastery\s+of|significant|advanced|\d+\s*\+?\s*(?:years?|yrs?))\b/gi,
    priority: 'must',
    direction: 'forward',
  },
];

/** The priority cues in one clause, in order, overlapping ones dropped. */
function cuesIn(clause: string): Cue[] {
  const cues: Cue[] = [];
  for (const { re, priority, direction } of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const text = m[0].trim();
      if (!text) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = start + text.length;
      if (cues.some((c) => start < c.end && end > c.start)) continue;
      cues.push({ start, end, priority, direction, text });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Where each clause of a sentence starts and ends: semicolons, parentheses and dashes bound what a cue reaches. */
export function clauseBounds(sentence: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  const re = /[;()[\]]|\s[—–]\s|\s-\s|\.\s|:\s/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  bounds.push([start, sentence.length]);
  return bounds.filter(([s, e]) => e > s);
}

export interface SpanPriority {
  priority: Priority;
  /** The words that decided, when the sentence's own wording did ("is a plus"); undefined when the heading did. */
  cue?: string;
}

const wordsBetween = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * The priority each span (a tool named in `sentence`) gets from the sentence's own wording, or `fallback` where the
 * wording says nothing. Each span takes the nearest cue that points at it, within its clause: in "Strong Python,
 * Kafka a plus" Python takes "Strong" and Kafka takes "a plus".
 */
export function spanPriorities(
  sentence: string,
  spans: readonly { start: number; end: number }[],
  fallback: Priority,
): SpanPriority[] {
  const clauses = clauseBounds(sentence).map(([s, e]) => ({
    s,
    e,
    cues: cuesIn(sentence.slice(s, e)).map((c) => ({ ...c, start: c.start + s, end: c.end + s })),
  }));
  return spans.map((span) => {
    const clause = clauses.find((c) => span.start >= c.s && span.start < c.e);
    let best: { cue: Cue; distance: number } | undefined;
    for (const cue of clause?.cues ?? []) {
      let distance: number | undefined;
      if (cue.direction === 'forward' && cue.end <= span.start)
        distance = wordsBetween(sentence.slice(cue.end, span.start));
      else if (cue.direction === 'backward' && cue.start >= span.end)
        distance = wordsBetween(sentence.slice(span.end, cue.start));
      // A cue inside the name itself ("Advanced Message Queuing") is no cue.
      if (distance === undefined) continue;
      if (!best || distance < best.distance) best = { cue, distance };
    }
    return best ? { priority: best.cue.priority, cue: best.cue.text } : { priority: fallback };
  });
}
