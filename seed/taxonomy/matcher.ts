import { type Token, tokenize } from '../extract/tokens.js';
import { type Alias, type Taxonomy, type Tool, wrongMatchKey } from './load.js';
import { namesSomethingElse, usageContext, type WordLookup } from './usage-context.js';

/** One tool named in a piece of text. */
export interface Mention {
  toolId: string;
  /** The words as written ("Confluent Kafka"). */
  text: string;
  start: number;
  end: number;
}

interface AliasToken {
  text: string;
  spaceBefore: boolean;
  word: boolean;
}

interface Entry {
  tool: Tool;
  alias: Alias;
  tokens: AliasToken[];
  /** No context rule: this spelling always means the tool. */
  unambiguous: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

interface Candidate {
  entry: Entry;
  first: number;
  /** Number of tokens. */
  length: number;
  start: number;
  end: number;
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

/** Two names that do not overlap. */
const apart = (a: Candidate, b: Candidate) => a.end <= b.start || a.start >= b.end;

/** Words that open an apposition about a person ("Dave Jenkins, the head of …", "…, who hired me"). */
const APPOSITION = new Set(['the', 'our', 'my', 'who', 'whom', 'whose', 'his', 'her', 'their']);
const ROLE_IN_BRACKETS = /^(?:PM|PO|EM|TL|CTO|CEO|CFO|COO|VP|SVP|EVP|HR|QA|UX|TPM|manager|lead|boss|mentor)$/;

/**
 * Finds taxonomy tools in text. Names are matched as token sequences (word boundaries, spacing as written), the
 * longest match wins ("Azure SQL Data Warehouse" over "SQL"), and ambiguous spellings must meet the context rules
 * their taxonomy entry gives (capitalisation, a vendor word before them, a position that is not the start of a
 * sentence, or another tool named in the same sentence).
 */
export class ToolMatcher {
  private readonly root: TrieNode = newNode();
  private readonly vendorWords: Set<string>;
  private readonly wrongMatches: Set<string>;
  private readonly categories = new Map<string, string>();

  constructor(taxonomy: Taxonomy) {
    this.vendorWords = taxonomy.vendorWords;
    this.wrongMatches = taxonomy.wrongMatches;
    for (const tool of taxonomy.tools) this.categories.set(tool.id, tool.category);
    for (const tool of taxonomy.tools) {
      for (const alias of tool.aliases) {
        const tokens = tokenize(alias.text).map((t) => ({
          text: t.text,
          spaceBefore: t.spaceBefore,
          word: t.word,
        }));
        if (tokens.length === 0) continue;
        let node = this.root;
        for (const t of tokens) {
          const key = t.text.toLowerCase();
          let child = node.next.get(key);
          if (!child) {
            child = newNode();
            node.next.set(key, child);
          }
          node = child;
        }
        node.entries.push({
          tool,
          alias,
          tokens,
          unambiguous: alias.anyOf.length === 0 && alias.allOf.length === 0,
        });
      }
    }
  }

  /**
   * The tool whose name or alias is exactly `name` (ignoring case and context rules): for keyword lists such as
   * JSON Resume skills, where "Go" standing alone can only mean the language.
   */
  /** The category of a tool id, for rules that judge two tools of one kind differently from two of different kinds. */
  categoryOf(toolId: string): string | undefined {
    return this.categories.get(toolId);
  }

  lookupExact(name: string): string | undefined {
    let node: TrieNode | undefined = this.root;
    const tokens = tokenize(name.trim());
    for (const t of tokens) {
      node = node?.next.get(t.lower);
      if (!node) return undefined;
    }
    return node?.entries[0]?.tool.id;
  }

  /**
   * The tools named in one sentence, in order of appearance. `documentWords`, the lower-cased words of the whole
   * document, let an ambiguous name lean on its field: "Dart everywhere" in a document about Flutter.
   */
  matchSentence(sentence: string, documentWords?: WordLookup): Mention[] {
    return this.matchTokens(sentence, tokenize(sentence), documentWords);
  }

  matchTokens(text: string, tokens: Token[], documentWords?: WordLookup): Mention[] {
    const candidates: Candidate[] = [];
    const firstWord = tokens.findIndex((t) => t.word);
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      for (let k = i; k < tokens.length && node; k++) {
        node = node.next.get((tokens[k] as Token).lower);
        if (!node) break;
        for (const entry of node.entries) {
          if (this.fits(entry, tokens, i, text)) {
            candidates.push({
              entry,
              first: i,
              length: k - i + 1,
              start: (tokens[i] as Token).start,
              end: (tokens[k] as Token).end,
            });
          }
        }
      }
    }
    if (candidates.length === 0) return [];

    // "the Kafka Hackathon", "Team Terraform": any tool's name can name something else.
    const named = candidates.filter(
      (c) => !namesSomethingElse(tokens, c.first, c.length) && !this.isSurname(tokens, c),
    );
    const clear = named.filter((c) => c.entry.unambiguous);
    const valid = named.filter(
      (c) => c.entry.unambiguous || this.contextHolds(c, tokens, firstWord, clear, documentWords),
    );
    // Two ambiguous names that each read as used on their own words vouch for each other as the tool nearby
    // ("Replaced Percy with Chromatic for visual regression", "worked in Sketch; … a React UI kit").
    if (valid.length < named.length) {
      const own = named.filter(
        (c) => !c.entry.unambiguous && this.contextHolds(c, tokens, firstWord, [], documentWords, true),
      );
      // One of the pair must also have its own cue words in the sentence: "Julia and Jasmine" are colleagues.
      const words = new Set(tokens.filter((t) => t.word).map((t) => t.lower));
      const cued = (x: Candidate) => x.entry.tool.cues.some((w) => words.has(w));
      for (const c of own)
        if (
          !valid.includes(c) &&
          own.some((o) => o.entry.tool.id !== c.entry.tool.id && apart(o, c) && (cued(o) || cued(c)))
        )
          valid.push(c);
    }
    // Longest first, then leftmost, so "Cloud Storage Transfer Service" beats both "Google Cloud" and "Cloud Storage".
    valid.sort((a, b) => b.length - a.length || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Candidate[] = [];
    for (const c of valid) {
      if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
    }
    taken.sort((a, b) => a.start - b.start);
    const mentions = taken.map((c) => ({
      toolId: c.entry.tool.id,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
    }));
    // A person said this sentence does not mean this tool.
    if (this.wrongMatches.size === 0) return mentions;
    return mentions.filter((m) => !this.wrongMatches.has(wrongMatchKey(m.toolId, text)));
  }

  /**
   * "I reported to Dave Jenkins, the head of operations", "built with Ray (PM)": a tool's name after a capitalised
   * given name that is neither a tool nor a vendor, followed by an apposition or "who", or a role in brackets, is a
   * person. Either signal alone is not enough: "Apache Kafka, the backbone …" and "Jenkins (CI)" are tools.
   */
  private isSurname(tokens: Token[], c: Candidate): boolean {
    const at = c.first + c.length;
    const after = tokens[at];
    if (!after) return false;
    // "a ball python called Python, who came in every few months": a tool is never "who".
    if (after.lower === 'who' || (after.text === ',' && tokens[at + 1]?.lower === 'who')) return true;
    if (
      after.text === '(' &&
      ROLE_IN_BRACKETS.test(tokens[at + 1]?.text ?? '') &&
      tokens[at + 2]?.text === ')'
    )
      return true;
    const nameWord = (t: Token | undefined) =>
      t !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !this.vendorWords.has(t.lower) &&
      !this.root.next.get(t.lower)?.entries.length;
    const appositionAt = (i: number) =>
      (tokens[i]?.text === ',' && APPOSITION.has(tokens[i + 1]?.lower ?? '')) || tokens[i]?.lower === 'who';
    // "Dave Jenkins, the head of …" (the tool as surname) or "Julia Brennan, our technician" (as given name). A
    // capitalised word that opens the sentence is more often a verb ("Learned Python, the language …"): only "who"
    // makes that pair a person.
    const before = tokens[c.first - 1];
    const opens = tokens.findIndex((t) => t.word) === c.first - 1;
    if (
      appositionAt(at) &&
      nameWord(before) &&
      (!opens || tokens[at + 1]?.lower === 'who' || after.lower === 'who')
    )
      return true;
    return nameWord(after) && appositionAt(at + 1);
  }

  /** Checks spelling-level rules: spacing, capitalisation, and what may not come right before or after. */
  private fits(entry: Entry, tokens: Token[], i: number, text: string): boolean {
    const { alias } = entry;
    const first = tokens[i] as Token;
    // An alias that starts with punctuation (".NET") must not start inside a word ("example.net").
    const firstAliasToken = entry.tokens[0] as AliasToken;
    if (!firstAliasToken.word && !first.spaceBefore && i > 0 && (tokens[i - 1] as Token).word) return false;
    for (let k = 0; k < entry.tokens.length; k++) {
      const t = tokens[i + k] as Token;
      const a = entry.tokens[k] as AliasToken;
      if (k > 0 && t.spaceBefore !== a.spaceBefore) return false;
      if (alias.caseSensitive && t.text !== a.text) return false;
    }
    const last = tokens[i + entry.tokens.length - 1] as Token;
    if (alias.notFollowedBy.length) {
      const after = text.slice(last.end, last.end + 16);
      if (alias.notFollowedBy.some((s) => after.startsWith(s))) return false;
    }
    if (alias.notPrecededBy.length) {
      const before = text
        .slice(Math.max(0, first.start - 32), first.start)
        .trimEnd()
        .toLowerCase();
      if (alias.notPrecededBy.some((s) => before.endsWith(s.toLowerCase()))) return false;
    }
    return true;
  }

  private contextHolds(
    c: Candidate,
    tokens: Token[],
    firstWord: number,
    clear: Candidate[],
    documentWords: WordLookup | undefined,
    /** Judge the name on its own words, as if another tool were beside it (the caller checks that one is). */
    alone = false,
  ): boolean {
    const previous = c.first > 0 ? tokens[c.first - 1] : undefined;
    const vendorPrefix = Boolean(previous?.word && this.vendorWords.has(previous.lower));
    const nearbyTool = alone || clear.some((o) => o.entry.tool.id !== c.entry.tool.id && apart(o, c));
    const conditions = {
      'vendor-prefix': vendorPrefix,
      'mid-sentence': c.first !== firstWord,
      'nearby-tool': nearbyTool,
      'usage-context': usageContext(
        c.entry.tool,
        tokens,
        c.first,
        c.length,
        vendorPrefix || (nearbyTool && !alone),
        documentWords,
      ),
      'own-usage': usageContext(c.entry.tool, tokens, c.first, c.length, vendorPrefix, documentWords),
    } as const;
    const { anyOf, allOf } = c.entry.alias;
    if (allOf.some((cond) => !conditions[cond])) return false;
    return anyOf.length === 0 || anyOf.some((cond) => conditions[cond]);
  }
}
