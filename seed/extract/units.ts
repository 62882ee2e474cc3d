import type { Stance } from '../model.js';
import type { Mention, ToolMatcher } from '../taxonomy/matcher.js';
import type { WordLookup } from '../taxonomy/usage-context.js';
import { type Block, FUTURE_QUESTION } from './blocks.js';
import { classifyQuestion, FIELD_SECTION, type Field } from './questions.js';
import { wholeWord } from './regexp.js';
import { splitSentences } from './sentences.js';
import { stancesOf } from './stance.js';

/** A sentence-sized piece of text with its tools and their stances, before it becomes evidence. */
export interface Unit {
  text: string;
  section: string;
  line: number;
  mentions: Mention[];
  /** The stance of each mention, in the same order. */
  stances: Stance[];
  /** Bullet titles are Title Case, so capitalisation there says nothing about product names. */
  isTitle: boolean;
  /**
   * For the first sentence of a "Title: text" bullet, its title: the evidence reads "Security and compliance concerns:
   * Implemented Intune ...", which says why the tool was used, and the title's own tools count for it.
   */
  lead?: Unit;
  /** Code spans in `text` (`make`, `cron`), for the candidate report. */
  code: readonly (readonly [number, number])[];
  /** The block this unit was cut from, when it holds more than this unit (shown as the quote's context). */
  context?: string;
  /**
   * How the sentence judges the tools of the title it was read with, by their offset: "SkySpark: 60-day trial, not
   * bought" says of the title's tool what the title alone cannot.
   */
  leadStances?: ReadonlyMap<number, Stance>;
}

export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

export function fieldOf(block: Block): Field | undefined {
  return block.question ? classifyQuestion(block.question) : undefined;
}

/** The human-readable section of a block, shown with its evidence ("Features", "Production incident"). */
export function sectionOf(block: Block): string {
  switch (block.part) {
    case 'contributions':
      return 'Contributions';
    case 'incident':
      return 'Production incident';
    case 'summary':
      return 'Summary';
    case 'intro':
      return block.question ? FIELD_SECTION[classifyQuestion(block.question)] : 'Introduction';
    default:
      return FIELD_SECTION[fieldOf(block) ?? 'other'];
  }
}

/** One unit: a sentence's tools, matched, and their stances, read from the sentence's own words. */
export function unitOf(
  text: string,
  section: string,
  line: number,
  matcher: ToolMatcher,
  isTitle: boolean,
  code: readonly (readonly [number, number])[] = [],
  documentWords?: WordLookup,
  /** The bullet title this sentence follows ("Next up (H2): Falco …"): read with it, then left out. */
  lead?: string,
): Unit {
  const shift = lead ? lead.length + 2 : 0;
  const whole = lead ? `${lead}: ${text}` : text;
  const matched = matcher.matchSentence(whole, documentWords);
  // "moved … off Datto RMM onto NinjaOne #ninjaone #datto": a tag repeats a tool the bullet names, and its stance.
  const tags = whole.includes('#') ? TRAILING_TAGS.exec(whole)?.index : undefined;
  const found =
    tags === undefined
      ? matched
      : matched.filter(
          (m) => m.start < tags || !matched.some((o) => o.start < tags && o.toolId === m.toolId),
        );
  const kinds = found.length > 1 ? found.map((m) => matcher.categoryOf(m.toolId)) : undefined;
  const judged = stancesOf(whole, found, kinds).map((stance, i) => noted(whole, found[i]?.end) ?? stance);
  const mentions: Mention[] = [];
  const stances: Stance[] = [];
  const leadStances = new Map<number, Stance>();
  for (const [i, m] of found.entries()) {
    if (m.start < shift) {
      leadStances.set(m.start, judged[i] ?? 'used');
      continue;
    }
    mentions.push(shift ? { ...m, start: m.start - shift, end: m.end - shift } : m);
    stances.push(judged[i] ?? 'used');
  }
  return { text, section, line, mentions, stances, isTitle, code, ...(lead ? { leadStances } : {}) };
}

/** The hashtags that end a bullet: "… onto NinjaOne in 2022 #ninjaone #datto". */
const TRAILING_TAGS = /(?:\s+#[\p{L}\p{N}][\p{L}\p{N}._+-]*)+\s*$/u;

/** "Metasys (until '23)", "SkySpark (trial)", "Haystack tagging (planned)": a note in brackets after a tool. */
const NOTE =
  /^\s*\((?:(until|till|to\s+(?:19|20)?['’]?\d\d|through|retired|legacy|decommissioned|replaced)|(evaluat\w*|eval|trial(?:led)?|pilot(?:ed)?|poc|tested)|(planned|next|upcoming|coming|roadmap))\b/i;

function noted(text: string, end: number | undefined): Stance | undefined {
  const note = end === undefined ? null : NOTE.exec(text.slice(end, end + 40));
  if (!note) return undefined;
  return note[1] ? 'migrated-from' : note[2] ? 'evaluated' : 'planned';
}

/**
 * The words of a whole document, asked one at a time: the field an ambiguous name is judged in ("flutter" in a
 * résumé where "Dart" stands alone). Answers are kept; the document is lower-cased once and searched only for the
 * few cue words an ambiguous name asks about, which is far cheaper than collecting every word of a 5 MB file.
 */
export class DocumentWords implements WordLookup {
  private readonly lower: string;
  private readonly known = new Map<string, boolean>();

  constructor(text: string) {
    this.lower = text.toLowerCase();
  }

  has(word: string): boolean {
    let found = this.known.get(word);
    if (found === undefined) {
      // (A plain substring search first: most cue words are absent, and the native search spares a 5 MB file a
      // Unicode-aware regular-expression scan for each.)
      found = this.lower.includes(word) && wholeWord(word).test(this.lower);
      this.known.set(word, found);
    }
    return found;
  }
}

export function documentWords(text: string): DocumentWords {
  return new DocumentWords(text);
}

/**
 * "Outside work, I run the club's site on WordPress": what the person does away from the job is no usage of it, and
 * the paragraph goes on about that life to its end.
 */
const OFF_WORK =
  /^\W*(?:outside\s+(?:of\s+)?(?:work|my\s+(?:job|day\s+job|work)|the\s+day\s+job|office\s+hours)|in\s+my\s+(?:spare|free|own)\s+time|(?:away\s+from|after)\s+work|as\s+a\s+hobby|on\s+(?:the\s+)?weekends,|(?:I\s+also|I)\s+volunteer(?:ed)?\b)/i;

/**
 * "Wrote the business case for Oracle Primavera Unifier. It was shortlisted, demoed twice, and shelved": a sentence
 * that names no tool and says of "it" ("that workbook", "this system") what became of the one tool the sentence before
 * used, up to its next clause; "Neither was ours to touch" gives all of them to someone else.
 */
const BACK_VERDICT =
  /^\W*(?:it|they|(?:that|this|these|those)(?:\s+(?:tool|system|platform|product|workbook|spreadsheet|database|db|server|instance|account|licen[cs]e|pilot|trial|setup|stack|app|suite))?)\s+(?:was|were|got)\s+(?:(?:(?!\b(?:and|but)\s+(?:the|a|an|our|my|its|their|it|they|we|I)\b)[\w\s,]){0,50}?\b)?(?:(shelved|dropped|rejected|scrapped|abandoned|binned|parked|ruled\s+out|turned\s+down|never\s+(?:adopted|bought|implemented|rolled\s+out)|not\s+(?:adopted|renewed|bought|pursued|taken\s+up))|(retired|decommissioned|switched\s+off|turned\s+off|phased\s+out|sunset))\b|^\W*(?:neither|none)\s+(?:of\s+(?:them|those|these)\s+)?(?:was|were|is|are)\s+(?:ours|mine)\b|^\W*(?:both|they|those|these)\s+(?:were|are)\s+(?:theirs|not\s+ours|not\s+mine)\b|^\W*that(?:['’]s|\s+is|\s+was)\s+(?:their|someone\s+else['’]s)\s+(?:world|domain|patch|area)\b/i;

function judgeFromNextSentence(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const [before, unit] = [units[i - 1], units[i]];
    if (!before || !unit || unit.mentions.length > 0 || before.isTitle) continue;
    const verdict = BACK_VERDICT.exec(unit.text);
    const tools = new Set(before.mentions.map((m) => m.toolId));
    if (!verdict || before.stances.some((s) => s !== 'used')) continue;
    // "Neither was ours to touch": every tool the sentence before named is someone else's.
    if (!verdict[1] && !verdict[2]) before.stances = before.stances.map(() => 'others');
    else if (tools.size === 1)
      before.stances = before.stances.map(() => (verdict[1] ? 'evaluated' : 'migrated-from'));
  }
}

/** A sentence about how things were before the narrator changed them. */
const THEN_STATE =
  /^\W*(?:when\s+I\s+(?:arrived|joined|started|got\s+there)|at\s+(?:first|the\s+(?:beginning|start))|initially|originally|back\s+then|in\s+those\s+days|until\s+then)\b/i;
/** The sentence after it, saying what things became. */
const MOVED_ON =
  /^\W*(?:by\s+(?:late\s+|early\s+|mid-?)?(?:19|20)\d\d|in\s+(?:late\s+|early\s+|mid-?)?(?:19|20)\d\d|later|then|eventually|soon|within\s+a\s+year|(?:so\s+)?(?:we|I)\s+(?:moved|migrated|switched|replaced|rebuilt|ported))\b/i;

/**
 * "When I arrived the pipelines were a tangle of cron jobs … By late 2020 they ran in Airflow": what things were when the
 * narrator arrived, and what they became in the next sentence, a tool of the same kind, was left for it.
 */
function movedOnInNextSentence(units: Unit[], matcher: ToolMatcher): void {
  for (let i = 1; i < units.length; i++) {
    const [before, unit] = [units[i - 1], units[i]];
    if (!before || !unit || before.mentions.length === 0 || unit.mentions.length === 0) continue;
    if (!THEN_STATE.test(before.text) || !MOVED_ON.test(unit.text)) continue;
    const kinds = new Set(unit.mentions.map((m) => matcher.categoryOf(m.toolId)));
    before.stances = before.stances.map((stance, k) => {
      const m = before.mentions[k];
      const moved = m && stance === 'used' && kinds.has(matcher.categoryOf(m.toolId));
      return moved && !unit.mentions.some((u) => u.toolId === m.toolId) ? 'migrated-from' : stance;
    });
  }
}

/** Splits a block into sentences (and its title), each with the tools it names and its source line. */
export function blockUnits(block: Block, matcher: ToolMatcher, documentWords?: WordLookup): Unit[] {
  const section = sectionOf(block);
  const units: Unit[] = [];
  // The answer to "What's next?" tells plans: each sentence is read as if it began "Next:".
  const future = block.question !== undefined && FUTURE_QUESTION.test(block.question);
  const title = block.title
    ? unitOf(block.title, section, block.line, matcher, true, [], documentWords)
    : undefined;
  if (title) units.push(title);
  // One pass over the block's text for line numbers: counting newlines from the start for every sentence was
  // quadratic in the length of a long paragraph.
  let newlines = 0;
  let counted = 0;
  let offWork = false;
  for (const [i, sentence] of splitSentences(block.text).entries()) {
    for (; counted < sentence.start; counted++) if (block.text.charCodeAt(counted) === 10) newlines++;
    const end = sentence.start + sentence.text.length;
    const code = block.code
      .filter(([s, e]) => s >= sentence.start && e <= end)
      .map(([s, e]) => [s - sentence.start, e - sentence.start] as const);
    // Flattening whitespace moves offsets; code spans are only a hint for the candidate report, so they are kept
    // for sentences that flattening does not change.
    const text = flat(sentence.text);
    const unit = unitOf(
      text,
      section,
      block.line + newlines,
      matcher,
      false,
      text === sentence.text ? code : [],
      documentWords,
      future ? 'Next' : i === 0 && block.title ? block.title : undefined,
    );
    // "Add an SBOM requirement (CycloneDX preferred) …" under "Goals for next year": a plan, even where its clauses
    // lose the "Next:" they were read with (the rules' own verdicts, "move from ⟦0⟧ to ⟦1⟧", stand).
    if (future && !unit.stances.includes('planned'))
      unit.stances = unit.stances.map((s) => (s === 'used' ? 'planned' : s));
    if (i === 0 && title) {
      unit.lead = title;
      title.stances = title.mentions.map(
        (m, k) => unit.leadStances?.get(m.start) ?? title.stances[k] ?? 'used',
      );
    }
    offWork ||= OFF_WORK.test(text);
    if (offWork) {
      unit.mentions = [];
      unit.stances = [];
    }
    units.push(unit);
  }
  judgeFromNextSentence(units);
  movedOnInNextSentence(units, matcher);
  const whole = flat(block.title ? `${block.title}: ${block.text}` : block.text);
  for (const unit of units)
    if (!unit.isTitle && whole.length > unit.text.length + (unit.lead ? unit.lead.text.length + 2 : 0))
      unit.context = whole;
  return units;
}
