import type { Challenge, Contribution, Feature, Incident, Practice, PracticeKind } from '../model.js';
import type { Block } from './blocks.js';
import type { JobText } from './job-text.js';
import type { Field } from './questions.js';
import { flat } from './units.js';

/** Features: the items under the features question; a prose answer counts as one unless it only introduces a list. */
export function featuresOf(t: JobText): Feature[] {
  const features: Feature[] = [];
  const blocks = t.answers('features');
  for (const b of blocks) {
    const text = flat(b.title ? `${b.title}: ${b.text}` : b.text);
    if (b.kind === 'answer' && (text.endsWith(':') || blocks.some((o) => o.kind !== 'answer'))) continue;
    features.push({ text, line: b.line, toolIds: t.toolsOf([b]) });
  }
  return features;
}

export function challengesOf(t: JobText): Challenge[] {
  const challenges: Challenge[] = [];
  for (const b of t.answers('challenges')) {
    if (b.kind === 'answer') continue;
    let title = b.title ?? '';
    let resolution: string | null = flat(b.text) || null;
    if (!b.title) {
      const colon = b.text.indexOf(': ');
      const head = colon > 0 ? b.text.slice(0, colon) : '';
      if (head && head.split(/\s+/).length <= 16) {
        title = head;
        resolution = flat(b.text.slice(colon + 2)) || null;
      } else {
        title = flat(b.text);
        resolution = null;
      }
    }
    challenges.push({ title: flat(title), resolution, line: b.line, toolIds: t.toolsOf([b]) });
  }
  return challenges;
}

export function contributionsOf(t: JobText): Contribution[] {
  return t.blocks
    .filter((b) => b.part === 'contributions' && (b.kind === 'titled' || b.kind === 'bullet'))
    .map((b) => ({
      title: flat(b.title ?? b.text.split(/[:.]/)[0] ?? b.text),
      text: flat(b.text),
      line: b.line,
      toolIds: t.toolsOf([b]),
    }));
}

function incidentField(title: string): keyof Omit<Incident, 'line' | 'toolIds'> | undefined {
  const t = title.toLowerCase();
  if (/root cause|cause/.test(t)) return 'cause';
  if (/rectif|fix|resol|remed|mitigat|solution|recover/.test(t)) return 'rectification';
  if (/learn|lesson|takeaway|take-away/.test(t)) return 'learning';
  if (/failure|incident|issue|problem|outage|what happened|technical/.test(t)) return 'failure';
  return undefined;
}

/**
 * A title for an incident from its own first words: "Encountered a data loss issue during the initial migration due
 * to …" → "Data loss issue during the initial migration". Every incident was titled "Production incident" before.
 */
export function incidentTitle(failure: string): string {
  let text = failure.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  text = sentence
    .replace(/[.!?]$/, '')
    .replace(
      /^(?:we |i |the team )?(?:encountered|experienced|faced|had|hit|saw|suffered|ran into|observed|noticed|discovered)\s+/i,
      '',
    )
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:due to|because|caused by|when|after|which|that)\b.*$/i, '');
  if (text.length > 70) text = `${text.slice(0, 69).replace(/\s+\S*$/, '')}…`;
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Production incident';
}

export function incidentsOf(t: JobText): Incident[] {
  const incidents: Incident[] = [];
  const incidentBlocks: Block[][] = [];
  for (const b of t.blocks.filter((x) => x.part === 'incident')) {
    const field = b.title ? incidentField(b.title) : undefined;
    let current = incidents[incidents.length - 1];
    if (!current || (field === 'failure' && current.failure)) {
      current = {
        title: '',
        failure: '',
        cause: null,
        rectification: null,
        learning: null,
        line: b.line,
        toolIds: [],
      };
      incidents.push(current);
      incidentBlocks.push([]);
    }
    incidentBlocks[incidentBlocks.length - 1]?.push(b);
    const text = flat(b.text);
    if (field && field !== 'failure') current[field] = current[field] ? `${current[field]} ${text}` : text;
    else current.failure = current.failure ? `${current.failure} ${text}` : text;
  }
  incidents.forEach((incident, i) => {
    incident.toolIds = t.toolsOf(incidentBlocks[i] ?? []);
    if (!incident.failure) incident.failure = incident.cause ?? 'Production incident';
    incident.title = incidentTitle(incident.failure);
  });
  return incidents;
}

export function practicesOf(t: JobText, line: number): Practice[] {
  const practices: Practice[] = [];
  const fields: [Field, PracticeKind][] = [
    ['taskManagement', 'task-management'],
    ['testing', 'testing'],
    ['meetings', 'meetings'],
  ];
  for (const [field, kind] of fields) {
    const blocks = t.answers(field);
    const text = blocks.map((b) => flat(b.title ? `${b.title}: ${b.text}` : b.text)).join(' ');
    if (text) practices.push({ kind, text, line: blocks[0]?.line ?? line, toolIds: t.toolsOf(blocks) });
  }
  return practices;
}
