import type { EvidenceData, GraphData, JobRef } from '../api/operations.js';
import { orderPath } from '../panels/inspector/path.js';
import type { InspectorView } from '../panels/inspector/types.js';
import { highlightTerms } from '../search/highlight.js';
import { TYPE_STYLES } from '../styles/palette.js';
import { formatDate, toolWhen } from '../time/dates.js';

// "Copy proof": an answer as Markdown someone can paste into a message, a review or a cover letter. Each job is
// named with its company and dates, each quote keeps its file and line, so the reader can check the claim.

/** Backslash-escapes what Markdown would read as formatting in narrative text (`*`, `_`, `` ` ``, `[`, `]`, `<`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/** "Team Lead — Truist Financial Corporation (2019 – 2021)". */
export function jobLine(job: Pick<JobRef, 'title' | 'label' | 'company' | 'startDate' | 'endDate'>): string {
  const from = job.startDate ? formatDate(job.startDate) : null;
  const to = job.endDate ? formatDate(job.endDate) : null;
  const when = from && to && to !== from ? `${from} – ${to}` : (from ?? to);
  return `${escapeMarkdown(job.title ?? job.label)} — ${escapeMarkdown(job.company.name)}${when ? ` (${when})` : ''}`;
}

/** A quote as a Markdown block quote, the tool's names in bold, followed by its file, line and section. */
export function quoteBlock(e: EvidenceData, terms: readonly string[] = []): string {
  const text = highlightTerms(e.text, terms)
    .map((s) => (s.mark ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text)))
    .join('');
  const where = `${e.source ? `${escapeMarkdown(e.source)}, ` : ''}line ${e.line}${e.section ? ` (${escapeMarkdown(e.section)})` : ''}`;
  return `> ${text}\n>\n> — ${where}`;
}

const footer = (link: string) => `---\nFrom Skillgraph: ${link}`;

/** The answer on show as Markdown, or null when there is nothing to prove (the welcome view, an unknown name). */
export function proofMarkdown(view: InspectorView, link: string): string | null {
  switch (view.kind) {
    case 'tool': {
      const { tool, usages, mentions } = view.data;
      if (!tool) return null;
      const terms = [tool.name, ...tool.aliases];
      const when = toolWhen(usages.map((u) => u.job));
      const parts = [
        `## Where I used ${escapeMarkdown(tool.name)}`,
        [
          `Used in ${usages.length} ${usages.length === 1 ? 'job' : 'jobs'}`,
          when ? `last used ${when.last.text} at ${escapeMarkdown(when.last.company)}` : null,
          when ? `${when.span.fromText} – ${when.span.toText}` : null,
        ]
          .filter(Boolean)
          .join(' · ')
          .concat('.'),
        ...usages.map(
          (u) =>
            `### ${jobLine(u.job)}${u.stance === 'MIGRATED_FROM' ? ' — used, then moved away from' : ''}\n\n${u.evidence
              .map((e) => quoteBlock(e, terms))
              .join('\n\n')}`,
        ),
      ];
      if (mentions.length)
        parts.push(
          '### Also mentioned, not used',
          ...mentions.map(
            (m) =>
              `#### ${jobLine(m.job)} — ${m.stance.toLowerCase()}\n\n${m.evidence.map((e) => quoteBlock(e, terms)).join('\n\n')}`,
          ),
        );
      return [...parts, footer(link)].join('\n\n');
    }
    case 'job': {
      const job = view.job;
      const terms = job.tools.map((t) => t.name);
      return [
        `## ${jobLine(job)}`,
        job.platform ? `Platform: ${escapeMarkdown(job.platform)}` : null,
        job.tools.length ? `Tools: ${job.tools.map((t) => escapeMarkdown(t.name)).join(', ')}` : null,
        ...job.challenges.map(
          (c) =>
            `### Challenge: ${escapeMarkdown(c.title)}${c.line ? ` (line ${c.line})` : ''}\n\n${escapeMarkdown(c.resolution ?? 'The narrative does not say how it was solved.')}`,
        ),
        ...job.incidents.map((i) => incidentBlock(i, '###')),
        job.evidence.length ? '### Evidence' : null,
        ...job.evidence.map((e) => quoteBlock(e, terms)),
        footer(link),
      ]
        .filter((p): p is string => p !== null)
        .join('\n\n');
    }
    case 'challenge': {
      const c = view.challenge;
      return [
        `## Challenge: ${escapeMarkdown(c.title)}`,
        `${jobLine(c.job)}${c.line ? `, line ${c.line}` : ''}`,
        `**How it was solved:** ${escapeMarkdown(c.resolution ?? 'The narrative does not say.')}`,
        c.tools.length ? `With: ${c.tools.map((t) => escapeMarkdown(t.name)).join(', ')}` : null,
        footer(link),
      ]
        .filter((p): p is string => p !== null)
        .join('\n\n');
    }
    case 'incident': {
      const i = view.incident;
      return [
        `## Incident: ${escapeMarkdown(i.title)}`,
        `${jobLine(i.job)}${i.line ? `, line ${i.line}` : ''}`,
        incidentBlock(i, null),
        footer(link),
      ].join('\n\n');
    }
    case 'neighbours':
      return [
        `## ${escapeMarkdown(view.node.label)} (${TYPE_STYLES[view.node.type].label.toLowerCase()})`,
        listOf(view.graph, view.node.id),
        footer(link),
      ].join('\n\n');
    case 'path':
      if (!view.graph) return null;
      return [
        `## Shortest path: ${escapeMarkdown(view.from.label)} → ${escapeMarkdown(view.to.label)}`,
        orderPath(view.graph, view.from.id)
          .map(
            (step, i) =>
              `${i + 1}. ${step.via ? `*${step.via.toLowerCase().replace(/_/g, ' ')}* ` : ''}${escapeMarkdown(step.node.label)}`,
          )
          .join('\n'),
        footer(link),
      ].join('\n\n');
    default:
      return null;
  }
}

function incidentBlock(
  i: {
    title: string;
    failure: string;
    cause: string | null;
    rectification: string | null;
    learning: string | null;
  },
  heading: string | null,
): string {
  const rows: [string, string | null][] = [
    ['What failed', i.failure],
    ['Cause', i.cause],
    ['Fix', i.rectification],
    ['Lesson', i.learning],
  ];
  return [
    heading ? `${heading} Incident: ${escapeMarkdown(i.title)}` : null,
    rows
      .filter(([, v]) => v)
      .map(([k, v]) => `- **${k}:** ${escapeMarkdown(v ?? '')}`)
      .join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function listOf(graph: GraphData, self: string): string {
  return graph.nodes
    .filter((n) => n.id !== self)
    .map((n) => `- ${escapeMarkdown(n.label)} (${TYPE_STYLES[n.type].label.toLowerCase()})`)
    .join('\n');
}
