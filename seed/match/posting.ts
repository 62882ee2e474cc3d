import { type CandidateInput, findCandidates } from '../extract/candidates.js';
import { isList } from '../extract/claimed.js';
import { listItems } from '../extract/keywords.js';
import { escapeRegExp } from '../extract/regexp.js';
import { splitSentences } from '../extract/sentences.js';
import { stancesOf } from '../extract/stance.js';
import { DocumentWords, flat } from '../extract/units.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { Node, TextNode } from '../parse/nodes.js';
import { parseText } from '../parse/text.js';
import { formatOf } from '../read/input.js';
import type { Taxonomy } from '../taxonomy/load.js';
import { type Mention, ToolMatcher } from '../taxonomy/matcher.js';
import { distance, suggestTools } from '../taxonomy/suggest.js';
import { alternativeGroups } from './alternatives.js';
import { type PartRule, POSTING_HEADING, type Priority, partOf, spanPriorities } from './priority.js';

/** One tool a posting asks for. */
export interface PostingRequirement {
  /** The taxonomy's id, as the graph spells it: "tool:apache-kafka". */
  toolId: string;
  name: string;
  /** The category's name ("Streaming"), and its id. */
  category: string | null;
  categoryId: string;
  vendor: string | null;
  priority: Priority;
  /** Why it has that priority, in words: `"is a plus"`, `listed under "Nice to have"`. */
  because: string;
  /** The sentence of the posting that asks for it, and its line. */
  sentence: string;
  line: number;
  /** The heading the sentence stands under, if any. */
  section: string | null;
  /** The words as the posting writes them ("k8s"). */
  written: string;
  /** Requirements the posting accepts instead of one another ("Kafka or NATS") share a group number. */
  group: number | null;
}

/** A term that reads like a tool's name but is not in the taxonomy, with the tools it may be a misspelling of. */
export interface UnrecognisedTerm {
  term: string;
  line: number;
  suggestions: { toolId: string; name: string }[];
}

export interface Posting {
  requirements: PostingRequirement[];
  unrecognised: UnrecognisedTerm[];
}

const MUST_PART: PartRule = { kind: 'must', heading: null };

/** A short line that stands as a heading: "Nice to have:", "**Requirements**", "WHAT YOU'LL NEED". */
function headingOf(node: TextNode): string | undefined {
  const text = node.text.trim();
  if (text.includes('\n') || text.length > 60) return undefined;
  const bare = text.replace(/[:：]\s*$/, '').trim();
  if (POSTING_HEADING.test(bare)) return bare;
  if (node.bold && !/[.!?]$/.test(text)) return bare;
  return undefined;
}

/** "Nice to have: React Native, Flutter": a label that sets the priority of its own line. */
function inlineLabel(node: TextNode): { part: PartRule; body: string; offset: number } | undefined {
  if (node.strong && POSTING_HEADING.test(node.strong.title.replace(/[:：]\s*$/, '').trim())) {
    const offset = node.text.indexOf(node.strong.body);
    if (offset >= 0) return { part: partOf(node.strong.title), body: node.strong.body, offset };
  }
  const m = /^([^:\n]{2,40})[:：]\s+(\S[\s\S]*)$/.exec(node.text);
  if (m?.[1] && m[2] && POSTING_HEADING.test(m[1].trim())) {
    return { part: partOf(m[1]), body: m[2], offset: node.text.length - m[2].length };
  }
  return undefined;
}

/** How firmly a mention's priority is stated: the sentence's own words, then a heading, then nothing at all. */
enum Weight {
  /** A sentence where the company describes itself ("we run on AWS"): context, not an ask. */
  Context = 0,
  Default = 1,
  Heading = 2,
  Cue = 3,
}

interface Found {
  mention: Mention;
  priority: Priority;
  weight: Weight;
  because: string;
  sentence: string;
  line: number;
  section: string | null;
  group: number | null;
}

/** Items of a list-like line that the matcher's context rules passed over: in "Stack: Go, Rust" Go is the language. */
function listMentions(sentence: string, mentions: Mention[], matcher: ToolMatcher): Mention[] {
  // A bullet that is only a name ("- Go") is that tool: a posting's list items are asks, not prose.
  const whole = sentence.replace(/[.;:]$/, '').trim();
  if (!mentions.length) {
    const toolId = whole.split(/\s+/).length <= 4 ? matcher.lookupExact(whole) : undefined;
    if (toolId) return [{ toolId, text: whole, start: 0, end: whole.length }];
  }
  if (!isList(sentence)) return mentions;
  const extra: Mention[] = [];
  let from = 0;
  for (const item of listItems(sentence)) {
    const start = sentence.indexOf(item, from);
    if (start < 0) continue;
    from = start + item.length;
    const end = start + item.length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const toolId = matcher.lookupExact(item);
    if (toolId) extra.push({ toolId, text: item, start, end });
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions;
}

/** A sentence in which the company tells about itself and asks nothing of the reader: "Our stack is Django". */
const ABOUT_US = /\b(?:we|we've|we're|our|us)\b/i;
const TO_YOU = /\b(?:you|your|you'll|you're|you've|candidates?|applicants?)\b/i;

/** The priority of one mention, how firmly it is stated, and why, in words. */
function judgeMention(
  cue: string | undefined,
  priority: Priority,
  part: PartRule,
  sentence: string,
  stance: string | undefined,
): { priority: Priority; weight: Weight; because: string } {
  if (stance === 'migrated-from')
    return { priority: 'nice', weight: Weight.Cue, because: 'the team is moving away from it' };
  if (cue) return { priority, weight: Weight.Cue, because: `"${cue}"` };
  if (part.kind === 'company')
    return {
      priority: 'nice',
      weight: Weight.Context,
      because: `named in "${part.heading}", about the company`,
    };
  if (part.heading) return { priority, weight: Weight.Heading, because: `listed under "${part.heading}"` };
  if (ABOUT_US.test(sentence.replace(/’/g, "'")) && !TO_YOU.test(sentence.replace(/’/g, "'")))
    return {
      priority: 'nice',
      weight: Weight.Context,
      because: "named where the posting describes the company's work",
    };
  return { priority, weight: Weight.Default, because: 'named in the posting' };
}

/**
 * Reads a job posting (Markdown or plain text) into the tools it asks for, each with a priority, the sentence that
 * asks and the reason for the priority; and the terms that look like tools but are not in the taxonomy. The tools are
 * found with the seeder's own matcher and ambiguity rules, so "k8s" is Kubernetes and "Go" is the language only where
 * the sentence reads that way. Pure: no database.
 */
export function readPosting(text: string, taxonomy: Taxonomy, matcher = new ToolMatcher(taxonomy)): Posting {
  const nodes = parse(text);
  const words = new DocumentWords(text);
  const found: Found[] = [];
  const inputs: CandidateInput[] = [];
  let part = MUST_PART;
  let group = 0;
  for (const node of nodes) {
    if (node.type === 'heading') {
      part = partOf(node.text);
      continue;
    }
    if (node.type !== 'text') continue;
    const heading = headingOf(node);
    if (heading) {
      part = partOf(heading);
      continue;
    }
    const label = inlineLabel(node);
    const own = label?.part ?? part;
    if (own.kind === 'skip') continue;
    const body = label ? label.body : node.text;
    const fallback: Priority = own.kind === 'nice' || own.kind === 'company' ? 'nice' : 'must';
    // Lines are counted in one pass over the node: a long paragraph must not cost its length per sentence.
    const base = label?.offset ?? 0;
    let newlines = 0;
    let counted = 0;
    for (const s of splitSentences(body)) {
      for (; counted < base + s.start && counted < node.text.length; counted++)
        if (node.text.charCodeAt(counted) === 10) newlines++;
      const sentence = flat(s.text);
      const line = node.line + newlines;
      const mentions = listMentions(sentence, matcher.matchSentence(sentence, words), matcher);
      inputs.push({ text: sentence, line, isTitle: false, covered: mentions });
      if (!mentions.length) continue;
      const stances = stancesOf(sentence, mentions);
      const priorities = spanPriorities(sentence, mentions, fallback);
      const groups = alternativeGroups(sentence, mentions);
      mentions.forEach((mention, i) => {
        // What the team is leaving is worth knowing (a migration needs it), not a requirement.
        const stance = stances[i];
        const p = priorities[i] ?? { priority: fallback };
        const g = groups[i];
        found.push({
          mention,
          ...judgeMention(p.cue, p.priority, own, sentence, stance),
          sentence,
          line,
          section: own.heading,
          group: g === undefined ? null : group + g,
        });
      });
      group += Math.max(0, ...groups.filter((g): g is number => g !== undefined).map((g) => g + 1));
    }
  }
  return {
    requirements: requirementsOf(found, taxonomy),
    unrecognised: unrecognisedOf(inputs, taxonomy, matcher),
  };
}

function parse(text: string): Node[] {
  // A posting is never JSON Resume; text that is not Markdown is read by its layout.
  const format = formatOf('posting', text);
  return format === 'markdown' ? parseMarkdown(text, 'posting').nodes : parseText(text).nodes;
}

/**
 * One requirement per tool. Where a posting names a tool twice, the more firmly stated ask counts ("exposure to Rust
 * is a bonus" over "the engine is being rewritten in Rust"), and between equally firm ones the stronger ("Kafka" under
 * Requirements and again under Nice to have is a must); its sentence is the one kept. A tool belongs to the first set
 * of alternatives any of its sentences puts it in.
 */
function requirementsOf(found: Found[], taxonomy: Taxonomy): PostingRequirement[] {
  const byTool = new Map<string, Found>();
  const groupOf = new Map<string, number>();
  for (const f of found) {
    const id = f.mention.toolId;
    if (f.group !== null && !groupOf.has(id)) groupOf.set(id, f.group);
    const seen = byTool.get(id);
    const stronger =
      !seen ||
      f.weight > seen.weight ||
      (f.weight === seen.weight && seen.priority === 'nice' && f.priority === 'must');
    if (stronger) byTool.set(id, f);
  }
  // A group only holds when at least two of its tools are in it.
  const members = new Map<number, number>();
  for (const g of groupOf.values()) members.set(g, (members.get(g) ?? 0) + 1);
  return [...byTool.values()].map((f) => {
    const tool = taxonomy.byId.get(f.mention.toolId);
    const categoryId = tool?.category ?? '';
    const group = groupOf.get(f.mention.toolId);
    return {
      toolId: `tool:${f.mention.toolId}`,
      name: tool?.name ?? f.mention.text,
      category: taxonomy.categories.get(categoryId)?.name ?? null,
      categoryId,
      vendor: tool?.vendor ?? null,
      priority: f.priority,
      because: f.because,
      sentence: f.sentence,
      line: f.line,
      section: f.section,
      written: f.mention.text,
      group: group !== undefined && (members.get(group) ?? 0) > 1 ? group : null,
    };
  });
}

/** Words of a posting that name no tool however capitalised: its own vocabulary of roles, levels and places. */
const POSTING_WORDS = new Set(
  'remote hybrid onsite senior junior staff principal lead engineer engineers engineering manager team teams us eu uk usa emea apac hr ceo cto vp ai ml api apis saas b2b b2c pto 401k equity series requirements qualifications responsibilities benefits monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends asap'.split(
    ' ',
  ),
);

/** A name's own shape says product: CamelCase (BrigidLink), a digit, a sign (C#-like), a capital after a hyphen. */
const PRODUCT_SHAPE = /[a-z][A-Z]|\d|[A-Za-z][+#]|-[A-Z]/;
/** Words before a name that say something is used or built on: "using BrigidLink", "building on Atlas". */
const USED_BEFORE =
  /(?:\busing|\buse|\bwith|\bvia|\bthrough|\binto|\bon|\bsuch\s+as|\be\.g\.,?|\bincluding|\blike)\s+$/i;
/** "Atlas, our in-house platform": the posting says itself that the name is a system. */
const APPOSITIVE =
  /^\s*,?\s*(?:our|the|their|a|an)\s+(?:own\s+|shared\s+|internal(?:ly)?\s+|in-house\s+|proprietary\s+)/i;
/** What stands between the items of a list. */
const LIST_GAP = /^\s*(?:,|\/|\(|\)|\bor\b|\band\b|,\s*(?:or|and)\b)\s*$/i;

/**
 * Whether a term reads as a tool where it stands: its shape, a word before it that says it is used, a phrase after it
 * that says it is a system, or a list it shares with tools the taxonomy knows ("such as Sunquest, Cerner PathNet").
 * A posting is full of capitalised words (degrees, shifts, places); only these are worth a reader's attention.
 */
function readsAsTool(term: string, input: CandidateInput): boolean {
  if (PRODUCT_SHAPE.test(term)) return true;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u').exec(input.text);
  if (!at) return false;
  const before = input.text.slice(0, at.index);
  const after = input.text.slice(at.index + term.length);
  if (USED_BEFORE.test(before) || APPOSITIVE.test(after)) return true;
  return input.covered.some(
    (m) =>
      (m.end <= at.index && LIST_GAP.test(input.text.slice(m.end, at.index))) ||
      (m.start >= at.index + term.length && LIST_GAP.test(input.text.slice(at.index + term.length, m.start))),
  );
}

/** A near-miss of a distinctive tool name ("Kubernets", "Great Expecations"): one slip in six letters, two in twelve. */
function isSlip(term: string, taxonomy: Taxonomy): boolean {
  const key = term.toLowerCase();
  if (key.length < 6) return false;
  const cap = key.length >= 12 ? 2 : 1;
  return taxonomy.tools.some((t) =>
    t.aliases.some((a) => a.text.length >= 6 && distance(key, a.text.toLowerCase(), cap) <= cap),
  );
}

function unrecognisedOf(
  inputs: CandidateInput[],
  taxonomy: Taxonomy,
  matcher: ToolMatcher,
): UnrecognisedTerm[] {
  const ignore = new Set([...taxonomy.notTools, ...POSTING_WORDS]);
  const out: UnrecognisedTerm[] = [];
  for (const c of findCandidates(inputs, 'posting', ignore)) {
    // A known spelling the context rules turned down here ("Notion" alone) is not unknown.
    if (matcher.lookupExact(c.term)) continue;
    // Lower-case words ("event", "payments") are the posting's prose, not names it gives.
    if (!/[\p{Lu}\d]/u.test(c.term)) continue;
    const suggestions = suggestTools(c.term, taxonomy).map((t) => ({ toolId: `tool:${t.id}`, name: t.name }));
    const input = inputs.find((i) => i.line === c.line && i.text.includes(c.term));
    if (!isSlip(c.term, taxonomy) && !(input && readsAsTool(c.term, input))) continue;
    out.push({ term: c.term, line: c.line, suggestions });
    if (out.length === 20) break;
  }
  return out;
}
