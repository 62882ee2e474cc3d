import type { Candidate, Evidence, Skill } from '../model.js';
import type { PersonalPart } from '../structure/classify.js';
import { CLAIMING_KINDS, type PersonalKind } from '../structure/vocabulary.js';
import type { Taxonomy } from '../taxonomy/load.js';
import type { ToolMatcher } from '../taxonomy/matcher.js';
import { listItems } from './keywords.js';
import { unitOf } from './units.js';

const SECTION_NAMES: Record<string, string> = {
  summary: 'Summary',
  skills: 'Skills',
  certifications: 'Certifications',
};

/** A line that lists names rather than tells something: "Go, Java, Python", "Docker · Kubernetes · Helm". */
export function isList(text: string): boolean {
  if (/^[^:\n]{1,40}:\s*\S/.test(text)) return true;
  const items = text.split(/\s*[,;·•|]\s*/);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 4);
}

/**
 * The tools a person claims as skills: those a Skills section, a summary or a certification names, each with the
 * line that names it. A skills line is read item by item ("Languages: Go, Java": Go alone there is the language);
 * a summary is read as prose, with the same context rules as a job's sentences. Items that look like tools but are
 * not in the taxonomy are reported as candidates.
 */
export function claimedSkills(
  parts: PersonalPart[],
  matcher: ToolMatcher,
  taxonomy: Taxonomy,
  file: string,
): { skills: Skill[]; unknown: Candidate[] } {
  const skills = new Map<string, Skill>();
  const unknown: Candidate[] = [];
  const claim = (id: string, evidence: Evidence) => {
    const skill = skills.get(id) ?? { toolId: id, evidence: [] };
    skill.evidence.push({ ...evidence, toolIds: [id] });
    skills.set(id, skill);
  };
  for (const part of parts) {
    if (part.kind === 'other' || !CLAIMING_KINDS.has(part.kind as PersonalKind)) continue;
    const section = SECTION_NAMES[part.kind] ?? 'Skills';
    for (const node of part.nodes) {
      for (const [offset, line] of node.text.split('\n').entries()) {
        const text = line.trim();
        if (!text) continue;
        const evidence: Evidence = { text, section, line: node.line + offset, toolIds: [] };
        const found = new Set<string>();
        const unit = unitOf(text, section, evidence.line, matcher, false);
        unit.mentions.forEach((m, i) => {
          if (unit.stances[i] === 'used') found.add(m.toolId);
        });
        if (node.keywords || part.kind === 'skills' || isList(text)) {
          for (const item of listItems(text)) {
            const id = matcher.lookupExact(item);
            if (id) found.add(id);
            else if (
              !matcher.matchSentence(item).length &&
              /^\p{Lu}|[a-z][A-Z]|^[A-Z]{2,}/u.test(item) &&
              item.split(/\s+/).length <= 3 &&
              !taxonomy.notTools.has(item.toLowerCase())
            ) {
              unknown.push({ term: item, count: 1, file, line: evidence.line });
            }
          }
        }
        for (const id of found) claim(id, evidence);
      }
    }
  }
  return { skills: [...skills.values()], unknown };
}
