import type { Node } from '../parse/nodes.js';
import type { JobDraft } from '../structure/classify.js';
import { companyKey, findCompany } from './company.js';
import type { NarratorView } from './narrator.js';

/**
 * A paragraph that opens an employment: a year and the narrator ("From 2014 to 2017 I worked at …", "In 2017 I
 * joined …", "Since 2021 I have been … at …"), or the narrator joining ("I then joined …").
 */
const OPENS =
  /^(?:(?:From|Since|In|Between|By|After|Then|Later|Until)\b[^.]{0,50}?\b(?:19|20)\d\d\b[^.]{0,40}?\bI\b|(?:(?:Before|After)\s+[^.,]{1,40},\s*)?I(?:\s+then|\s+later|\s+next)?(?:\s+joined|\s+spent|\s+worked|\s+started|\s+moved|\s+was hired|\s+went on|\s+have been|['’]ve been|\s+am now)|My\s+first\s+(?:[\w-]+\s+){0,2}?(?:role|job|position)\b)/;

/** A paragraph about the person rather than a job: degrees, certifications, talks, volunteering. */
const ABOUT_THE_PERSON =
  /\b(?:MSc|BSc|MBA|PhD|B\.?A\.|M\.?A\.|degree|university|certifi(?:ed|cation)|volunteers?|spoke at|talks? at|outside (?:of )?work)\b/i;

/**
 * A career told as an essay, one paragraph per job under one heading (or none), is several jobs: each paragraph
 * that opens an employment and names its employer outright starts one. Nothing changes unless at least two such
 * paragraphs name different employers, and a draft whose header or parts already say what it is stays whole.
 */
export function splitByEmployer(
  draft: JobDraft,
  isTool: (phrase: string) => boolean,
  view: NarratorView = (t) => t,
  /** Paragraphs under the person's name: the introduction and a closing word on degrees or talks are about them. */
  profile = false,
): JobDraft[] {
  if (draft.given.company || draft.nodes.some((n) => n.type !== 'text' || n.role !== 'paragraph'))
    return [draft];
  const starts: { index: number; key: string }[] = [];
  for (const [index, node] of draft.nodes.entries()) {
    const text = node.type === 'text' ? view(node.text) : '';
    if (!OPENS.test(text)) continue;
    const first = text.split(/(?<=[.!?])\s+/, 1)[0] ?? text;
    const company = findCompany([first], isTool);
    if (!company) continue;
    const key = companyKey(company);
    if (starts.some((s) => s.key === key)) continue;
    starts.push({ index, key });
  }
  if (starts.length < 2) return [draft];
  const last = starts[starts.length - 1]?.index ?? 0;
  const closing = profile
    ? draft.nodes.findIndex((n, i) => i > last && n.type === 'text' && ABOUT_THE_PERSON.test(n.text))
    : -1;
  const end = closing < 0 ? draft.nodes.length : closing;
  return starts.map(({ index }, i) => {
    // What comes before the first employment (an introduction) stays with it, unless it introduces the person.
    const from = i === 0 && !profile ? 0 : index;
    const nodes: Node[] = draft.nodes.slice(from, starts[i + 1]?.index ?? end);
    return {
      line: i === 0 ? draft.line : (nodes[0]?.line ?? draft.line),
      header: i === 0 ? draft.header : [],
      given: i === 0 ? draft.given : {},
      nodes,
      frontMatter: i === 0 ? draft.frontMatter : {},
    };
  });
}
