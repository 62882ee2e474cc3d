import type { Node, TextNode } from '../parse/nodes.js';
import type { JobDraft } from '../structure/classify.js';
import { HELD_SINCE_YEAR, isQuestionHeading, NOW_OR_THEN, roleHeldAt } from '../structure/vocabulary.js';
import { companyKey, findCompany, sameEmployerKey } from './company.js';
import { AS_SOLE_TRADER, BARE_ROLE, HIRER_TAIL, STARTED_IN_DESCRIBED } from './company-patterns.js';
import type { NarratorView } from './narrator.js';
import { escapeRegExp } from './regexp.js';

/**
 * A paragraph that opens an employment: a year and the narrator ("From 2014 to 2017 I worked at …", "In 2017 I
 * joined …", "Since 2021 I have been … at …"), or the narrator joining ("I then joined …").
 */
const OPENS =
  /^(?:(?:From|Since|In|Between|By|After|Then|Later|Until|At)\b[^.]{0,50}?\b(?:19|20)\d\d\b[^.]{0,40}?\bI\b|(?:(?:Before|After)\s+(?:that|this|then|[^.,]{1,60}?,?)\s*)?I(?:\s+then|\s+later|\s+next)?(?:\s+joined|\s+spent|\s+worked|\s+started|\s+moved|\s+was hired|\s+went on|\s+have been|['’]ve been|\s+am now)|My\s+first\s+(?:[\w-]+\s+){0,2}?(?:role|job|position)\b)/;

/**
 * "**Brannock FM Services.** … with Brannock": a lead that the paragraph names again, or an organisation's name, is the
 * employer; "**Patient Safety.** In 2019 I led …" is a theme.
 */
function namedAgain(lead: string, body: string): boolean {
  const first = lead.split(/\s+/)[0] ?? '';
  return (
    ORGANISATION.test(lead) || (first.length > 2 && new RegExp(`\\b${escapeRegExp(first)}\\b`).test(body))
  );
}
const ORGANISATION =
  /\b(?:University|College|School|Hospital|Trust|Council|Services|Group|Ltd|Inc|LLP|plc|GmbH|Partners|Associates|Bank|Agency|Institute|Foundation|Company|Corporation)\b/;

/** A paragraph's bold lead-in that is a name: "**Kingsmere University.** From September 2017 …". */
function leadName(title: string): string | undefined {
  const name = title.replace(/[.:]\s*$/, '').trim();
  const words = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}\p{N}'’&.-]*)){0,6}`;
  return new RegExp(`^${words}$`, 'u').test(name) ? name : undefined;
}

/** A paragraph's sentences; "St. Aldric's Hospital" and "Acme Co. Ltd" do not end one. */
const sentencesOf = (text: string) =>
  text.split(/(?<=[.!?])(?<!\b(?:St|Mt|Dr|Mr|Mrs|Ms|Inc|Co|Ltd|Corp|Bros|vs|approx)\.)\s+/);

/** A paragraph about the person rather than a job: degrees, certifications, talks, volunteering. */
const ABOUT_THE_PERSON =
  /\b(?:MSc|BSc|MBA|PhD|B\.?A\.|M\.?A\.|degree|university|certifi(?:ed|cation)|volunteers?|spoke at|talks? at|outside (?:of )?work)\b/i;

/** A paragraph about the narrator's own studies, before any job. */
const STUDIES =
  /\b(?:I\s+(?:have\s+)?studied|(?:my|the)\s+(?:master(?:['’]s)?|bachelor(?:['’]s)?|doctoral|PhD|final[- ]year)\s+(?:thesis|dissertation|project))\b/i;

/** The paragraphs that open an employment at a named employer, one per employer. */
function employmentStarts(
  nodes: Node[],
  isTool: (phrase: string) => boolean,
  view: NarratorView,
): { index: number; key: string; name?: string }[] {
  const starts: { index: number; key: string; name?: string }[] = [];
  for (const [index, node] of nodes.entries()) {
    // "**Brannock FM Services.** Before that I spent four years … with Brannock": a bold name leads its paragraph.
    const lead = node.type === 'text' && node.strong ? leadName(node.strong.title) : undefined;
    const body = node.type === 'text' ? (lead && node.strong ? node.strong.body : node.text) : '';
    const text = view(body).replace(/\s+/g, ' ');
    const told =
      lead && (OPENS.test(text) || EMPLOYMENT.test(text)) && !isTool(lead) && namedAgain(lead, text)
        ? lead
        : null;
    const company =
      told ??
      (OPENS.test(text) ? findCompany([sentencesOf(text)[0] ?? text], isTool) : null) ??
      // The first paragraph may introduce the narrator before the first job; what it says of that job is its own.
      employmentOpening(text, isTool, index === 0 ? Number.POSITIVE_INFINITY : 2);
    if (!company) continue;
    const key = companyKey(company);
    if (starts.some((s) => s.key === key)) continue;
    starts.push(told ? { index, key, name: told } : { index, key });
  }
  return starts;
}

/**
 * Paragraphs under the person's name that open an employment at a named employer ("Since 2019 I have worked at
 * Acme Freight as …"): one job told as an essay, not a profile.
 */
export const opensEmployment = (draft: JobDraft, isTool: (phrase: string) => boolean, view: NarratorView) =>
  essayParagraphs(draft) && employmentStarts(draft.nodes, isTool, view).length > 0;

/** A draft the essay rules may cut: paragraphs only, under no employer of its own. */
const essayParagraphs = (draft: JobDraft) =>
  !draft.given.company && draft.nodes.every((n) => n.type === 'text' && n.role === 'paragraph');

/**
 * A career told as an essay, one paragraph per job under one heading (or none), is several jobs: each paragraph
 * that opens an employment and names its employer outright starts one. Nothing changes unless at least two such
 * paragraphs name different employers, and a draft whose header or parts already say what it is stays whole.
 * Also says whether any paragraph opened an employment at a named employer: a draft left whole may still tell one job
 * ("Since 2019 I have worked at Acme Freight …").
 */
export function splitByEmployer(
  draft: JobDraft,
  isTool: (phrase: string) => boolean,
  view: NarratorView = (t) => t,
  /** Paragraphs under the person's name: the introduction and a closing word on degrees or talks are about them. */
  profile = false,
): { drafts: JobDraft[]; opens: boolean } {
  if (!essayParagraphs(draft)) return { drafts: [draft], opens: false };
  // A whole career in one paragraph ("I joined Acme Health in 2015 … In 2019 I moved to Borealis Bank …"): its
  // sentences that open an employment are read as paragraphs of their own.
  if (draft.nodes.length === 1) {
    const parts = byOpenings(draft.nodes[0] as TextNode, isTool, view);
    if (parts.length > 1) draft = { ...draft, nodes: parts };
  }
  const starts = employmentStarts(draft.nodes, isTool, view);
  if (starts.length < 2) return { drafts: [draft], opens: starts.length > 0 };
  const last = starts[starts.length - 1]?.index ?? 0;
  const closing = profile
    ? draft.nodes.findIndex((n, i) => i > last && n.type === 'text' && ABOUT_THE_PERSON.test(n.text))
    : -1;
  const end = closing < 0 ? draft.nodes.length : closing;
  const drafts = starts.map(({ index, name }, i): JobDraft => {
    // What comes before the first employment (an introduction) stays with it, unless it introduces the person.
    const from = i === 0 && !profile ? 0 : index;
    // …but a paragraph of it about the narrator's studies ("For my master thesis I built … in MATLAB") is no job's.
    const nodes: Node[] = draft.nodes
      .slice(from, starts[i + 1]?.index ?? end)
      .filter((n, k) => from + k >= index || n.type !== 'text' || !STUDIES.test(n.text));
    return {
      line: i === 0 ? draft.line : (nodes[0]?.line ?? draft.line),
      header: i === 0 ? draft.header : [],
      // (A paragraph led by its employer's name in bold has it in full: "**Kingsmere University.**".)
      given: { ...(i === 0 ? draft.given : {}), ...(name ? { company: name } : {}) },
      nodes,
      frontMatter: i === 0 ? draft.frontMatter : {},
    };
  });
  return { drafts, opens: true };
}

/** "I started as junior signalling designer at Penrose …": a role taken, article or not, at a named employer. */
const STARTED_AS = String.raw`\bI\s+(?:started|began|came|joined)\s+as\s+(?:(?:an?|the)\s+)?${BARE_ROLE}\s+(?:at|with|for)\s+(?:the\s+)?\p{Lu}`;

/** "I registered as a sole trader, Ferrie Aerial Survey": the narrator's own business. */
const OWN_BUSINESS = String.raw`\bI\s+${AS_SOLE_TRADER}\p{Lu}`;

/** A sentence in which the narrator holds or takes a job at a named employer. */
const EMPLOYMENT = new RegExp(
  String.raw`${roleHeldAt(NOW_OR_THEN)}\p{Lu}|${STARTED_AS}|${OWN_BUSINESS}|${HELD_SINCE_YEAR}(?:[\w/&-]+\s+){0,5}?(?:at|with)\s+(?:the\s+)?\p{Lu}|\bI\s+was\s+(?:hired|taken\s+on|recruited|appointed|sworn\s+in)\b[^.;]{0,60}?\s(?:at|by|with|for)\s+(?:the\s+)?\p{Lu}|\bI\s+(?:took|accepted|got|picked\s+up)\s+(?:\w+\s+){0,2}?(?:assignments|bookings|work|jobs|shifts|contracts|placements)\s+(?:from|through|via)\s+(?:the\s+)?\p{Lu}|\bI\s+(?:joined|started\s+at|spent\s+[^.]{1,40}?\s+(?:at|with)|worked\s+(?:at|for)|taught(?:\s+[\w-]+){0,2}?\s+at|have\s+been\s+at)\s+(?:the\s+)?\p{Lu}|${STARTED_IN_DESCRIBED}\p{Lu}|\bwhere\s+I\s+(?:worked|was)\s+as\b|\bI\s+(?:joined|started\s+with)\s+(?:them|it)\b|\bI\s+left\s+[^.;]{1,40}?\s+for\s+(?:the\s+)?\p{Lu}|\b(?:offered\s+me|I\s+(?:took|got|landed|accepted))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:job|position|post|role)\b|\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5}${HIRER_TAIL}(?:took\s+me\s+on|(?:hired|recruited|headhunted)\s+me)\b`,
  'u',
);

/** Words that tell an earlier job than the one before them. */
const BACKWARD =
  /\b(?:before (?:that|this|then|joining|I joined)|previously|prior to (?:that|this)|earlier(?: on)?|my first (?:[\w-]+ )?(?:job|role|position)|used to work|started (?:my career|out))\b/i;

/** A first answer about the job held now. */
const NOW = /\b(?:now|currently|right now|today|these days|at the moment|at present)\b|\bI['’]m\b|\bI am\b/i;

const textOf = (section: Node[]) =>
  section.map((n) => (n.type === 'text' || n.type === 'heading' ? n.text : '')).join(' ');

/** A paragraph cut before each sentence that opens an employment at a named employer (after its first). */
function byOpenings(node: TextNode, isTool: (phrase: string) => boolean, view: NarratorView): TextNode[] {
  const sentences = sentencesOf(node.text);
  const cuts = sentences
    .map((sentence, i) =>
      i > 0 && OPENS.test(view(sentence)) && findCompany([view(sentence)], isTool) ? i : -1,
    )
    .filter((i) => i > 0);
  if (cuts.length === 0) return [node];
  const bounds = [0, ...cuts, sentences.length];
  return bounds.slice(0, -1).map((from, k) => ({
    ...node,
    text: sentences.slice(from, bounds[k + 1]).join(' '),
  }));
}

/** "a recruiter called about an assistant practice manager opening at Gulf Coast Veterinary Partners" */
const OPENING =
  /\b(?:opening|vacancy|position|job|role|post)\s+(?:at|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s?){1,6})/u;
/** …that the narrator took. */
const ACCEPTED = /\bI\s+(?:said yes|accepted|took it|jumped at|started there|joined)\b/;

/**
 * The employer a paragraph's opening sentences (its first two) say the narrator joined, when the paragraph does not
 * begin with the joining: "I never meant to end up in IT. In the spring of 2014 I took a job as a receptionist at
 * Monroe County Animal Clinic", "Eighteen months later a recruiter called about an … opening at Gulf Coast Veterinary
 * Partners … I said yes".
 */
function employmentOpening(text: string, isTool: (phrase: string) => boolean, sentences = 2): string | null {
  for (const sentence of sentencesOf(text).slice(0, sentences)) {
    if (EMPLOYMENT.test(sentence)) {
      const company = findCompany([sentence], isTool, true);
      if (company) return company;
    }
    const opening = OPENING.exec(sentence);
    if (opening?.[1] && ACCEPTED.test(text))
      return findCompany([`I joined ${opening[1].trim()}.`], isTool, true);
  }
  return null;
}

/**
 * A whole career told as questions and answers under the person's name ("What do you do now?", "How did you get
 * into informatics?", "What did you do before that?"): one draft for the main job, and one for each employer an
 * answer moves to. An answer that states no employer of its own belongs to the main job, the one the first answer
 * describes (the incident, "What's next?", the closing word).
 */
export function splitByQuestions(
  draft: JobDraft,
  isTool: (phrase: string) => boolean,
  view: NarratorView = (t) => t,
): JobDraft[] {
  const questions = draft.nodes.filter((n) => n.type === 'heading' && isQuestionHeading(n.text)).length;
  if (draft.given.company || questions < 3) return [draft];
  const employerOf = (section: Node[]): string | undefined => {
    for (const node of section) {
      if (node.type !== 'text') continue;
      for (const sentence of sentencesOf(view(node.text))) {
        if (!EMPLOYMENT.test(sentence)) continue;
        const company = findCompany([sentence], isTool, true);
        if (company) return companyKey(company);
      }
      // "Hartwell …, was looking for support people. They hired me in April 2016": named a sentence before.
      if (/\b[Tt]hey\s+(?:hired|brought|recruited)\s+me\b/.test(node.text)) {
        const company = findCompany([view(node.text)], isTool, true);
        if (company) return companyKey(company);
      }
    }
    return undefined;
  };
  // An answer's sections, cut again where a paragraph moves to another employer ("After college I spent eighteen
  // months at Harbor Point …", then "In January 2013 I left the phones for Great Lakes Literacy Project …").
  // Each section's employer is the first one its paragraphs name, found while cutting.
  const sections: Node[][] = [];
  const owners: (string | undefined)[] = [];
  for (const node of draft.nodes) {
    const moved = node.type === 'text' ? employerOf([node]) : undefined;
    const owner = owners[owners.length - 1];
    if (
      node.type === 'heading' ||
      sections.length === 0 ||
      (moved !== undefined && owner !== undefined && !sameEmployerKey(moved, owner))
    ) {
      sections.push([]);
      owners.push(undefined);
    }
    owners[owners.length - 1] ??= moved;
    sections[sections.length - 1]?.push(node);
  }
  // "I joined Brightpath in March 2021" is the Brightpath Learning the first answer named.
  const main = owners[0];
  for (const [i, o] of owners.entries()) {
    const known = owners.find(
      (k) => k !== undefined && k !== o && o !== undefined && sameEmployerKey(k, o) && k.length > o.length,
    );
    if (known) owners[i] = known;
  }
  const known = new Set(owners.filter((e): e is string => e !== undefined));
  // "### What were the tools like at Great Lakes?": a question that names an employer is about it.
  const namedIn = (section: Node[]): string | undefined => {
    const heading = section[0]?.type === 'heading' ? section[0].text : '';
    for (const m of heading.matchAll(/\b(?:at|with|for|in)\s+((?:\p{Lu}[\p{L}'’&-]*\s?){1,4})/gu)) {
      const key = companyKey(m[1] ?? '');
      for (const k of known) if (key && (k === key || k.startsWith(`${key}-`))) return k;
    }
    return undefined;
  };
  const byEmployer = new Map<string | undefined, Node[]>([[main, []]]);
  // A career told from its start ("Why did the Courier hire you?"): answers after a move forward ("I left the
  // Courier in March 2020 and joined Quillmate") are about the new job until another move; after a step back
  // ("What did you do before that?") about the first again. A career told from now ("What do you do now?") comes
  // back to the job held now after each earlier one.
  const fromNow = NOW.test(textOf(sections[0] ?? []));
  let current = main;
  for (const [i, section] of sections.entries()) {
    const owner = owners[i];
    if (owner !== undefined) current = fromNow || BACKWARD.test(textOf(section)) ? main : owner;
    const employer = owner ?? namedIn(section) ?? current;
    const key = employer !== undefined && employer !== main ? employer : main;
    byEmployer.set(key, [...(byEmployer.get(key) ?? []), ...section]);
  }
  if (byEmployer.size < 2) return [draft];
  // A career told from its start whose first answers name no employer ("How does somebody end up a stenographer?"):
  // those answers are about the person before the first job.
  if (main === undefined && !fromNow) byEmployer.delete(main);
  const ownsHeader = (i: number) => i === 0 && byEmployer.has(main);
  return [...byEmployer.values()].map((nodes, i) => ({
    line: ownsHeader(i) ? draft.line : (nodes[0]?.line ?? draft.line),
    header: ownsHeader(i) ? draft.header : [],
    given: ownsHeader(i) ? draft.given : {},
    nodes,
    frontMatter: ownsHeader(i) ? draft.frontMatter : {},
  }));
}
