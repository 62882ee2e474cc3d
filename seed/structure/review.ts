import type { Node } from '../parse/nodes.js';
import type { JobDraft, Structure } from './classify.js';
import { parseHeader } from './header.js';
import type { Section } from './sections.js';
import { type HeadingKind, headingKind } from './vocabulary.js';

/** A document about one year of the job held now: "Self-assessment 2023", "Brag doc — 2024", "Year in review". */
const REVIEW_TITLE =
  /^\W*(?:my\s+)?(?:(?:19|20)\d\d\s+)?(?:self[- ]?(?:assessment|review|appraisal|evaluation)|performance (?:review|appraisal|evaluation)|(?:annual|year[- ]end|mid[- ]year) (?:review|appraisal)|year in review|brag (?:doc(?:ument)?|file|sheet|list)|achievements? log)\b/i;

/** The heading of the story before that job: "How I got here", "Before this job", "Previously". */
const EARLIER =
  /^(?:how I got (?:here|into [\w ]{2,30})|before (?:this|that|the current) (?:job|role|position)|before (?:this|that|here)|previously|earlier (?:career|roles|jobs|work)|(?:my )?(?:career|path|journey|background)(?: so far)?|career history|where I came from)$/i;

const REVIEW_PERIOD = /^\W*(?:review|appraisal|reporting|assessment)\s+period\s*:/i;

/** Sections of a review that stay about the person: what was learnt or certified is no part of the year's work. */
const THE_PERSON = new Set<HeadingKind | 'other'>([
  'skills',
  'education',
  'certifications',
  'publications',
  'volunteering',
  'languages',
  'awards',
  'interests',
  'references',
]);

/**
 * A review of the year (a self-assessment, a brag document) is one job, the one held now, whatever its numbered or
 * dated headings ("## Q1 2024 — Planon go-live", "## 4. Goals for next year"); the review's year is not when that job
 * began. The labelled lines under its title ("Position: …", "Organization: …") are that job's header. A closing "How I
 * got here" tells the earlier jobs as an essay, cut later at each employer it names.
 */
export function asReview(sections: Section[], structure: Structure): Structure {
  const first = sections[0];
  if (!first?.heading || first.depth > 1 || !REVIEW_TITLE.test(first.heading)) return structure;
  // ("# Building a performance review system" over two dated jobs is a résumé that mentions reviews.)
  // (A quarter's heading, "## Q1 2024 — Planon go-live", is dated too, but names no role.)
  const dated = sections.filter((s, i) => {
    const h = i > 0 ? parseHeader(s.header.map((l) => l.text)) : {};
    return h.start !== undefined && h.title !== undefined;
  });
  if (dated.length >= 2) return structure;
  const earlier = sections.findIndex(
    (s, i) => i > 0 && s.heading !== null && EARLIER.test(s.heading.replace(/^\d+[.)]\s*/, '').trim()),
  );
  const end = earlier < 0 ? sections.length : earlier;
  // (Its "Review period: January 1 – December 31, 2023" is the review's, not the job's.)
  const header = first.header.slice(1).filter((h) => !REVIEW_PERIOD.test(h.text));
  const nodes: Node[] = [];
  for (const s of sections.slice(0, end)) {
    if (s.heading !== null && THE_PERSON.has(headingKind(s.heading) ?? 'other')) continue;
    if (s !== first && s.heading !== null)
      nodes.push({ type: 'heading', depth: s.depth, text: s.heading, line: s.line });
    nodes.push(...s.nodes);
  }
  const current: JobDraft = {
    line: first.line,
    header,
    // The job reviewed is the one held now.
    given: { end: 'present', ...parseHeader(header.map((h) => h.text)) },
    nodes,
    frontMatter: first.frontMatter,
  };
  const after = earlier < 0 ? Number.POSITIVE_INFINITY : (sections[earlier]?.line ?? 0);
  const later = structure.jobs.filter((j) => j.line >= after);
  const story = sections[earlier];
  // The earlier story as one essay (unless a job of its own already starts at its heading).
  const essay: JobDraft[] =
    story && !later.some((j) => j.line === story.line)
      ? [{ line: story.line, header: [], given: {}, nodes: [...story.nodes], frontMatter: {} }]
      : [];
  const inReview = (line: number) => line >= first.line && line < after;
  return {
    jobs: [current, ...essay, ...later],
    personal: structure.personal.filter((p) => !inReview(p.line) || THE_PERSON.has(p.kind)),
  };
}
