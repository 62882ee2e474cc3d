import type { InspectorView } from '../panels/inspector/types.js';
import { toolWhen } from '../time/dates.js';

/** The focused answer as a JSON document: the question, the answer and its evidence, nothing else of the graph. */
export interface AnswerExport {
  exportedFrom: string;
  exportedAt: string;
  question: string;
  answer: unknown;
}

/**
 * What "Export JSON" saves while an answer is on show; null when nothing is focused (the export is then the
 * visible graph). Evidence keeps its file, line, section and paragraph, so the file stands on its own as proof.
 */
export function answerJson(view: InspectorView, link: string, at: Date = new Date()): AnswerExport | null {
  const wrap = (question: string, answer: unknown): AnswerExport => ({
    exportedFrom: link,
    exportedAt: at.toISOString(),
    question,
    answer,
  });
  switch (view.kind) {
    case 'tool': {
      const { tool, usages, mentions } = view.data;
      if (!tool) return null;
      return wrap(`Where did I use ${tool.name}?`, {
        tool,
        when: toolWhen(usages.map((u) => u.job)),
        usages,
        mentions,
      });
    }
    case 'unknown-tool':
      return wrap(`Where did I use ${view.data.query}?`, {
        tool: null,
        known: view.data.known,
        suggestions: view.data.suggestions,
      });
    case 'job':
      return wrap(`What did I do as ${view.job.label}?`, view.job);
    case 'challenge':
      return wrap(`How was “${view.challenge.title}” solved?`, view.challenge);
    case 'incident':
      return wrap(`What happened in “${view.incident.title}”?`, view.incident);
    case 'neighbours':
      return wrap(`What is connected to ${view.node.label}?`, { node: view.node, ...view.graph });
    case 'path':
      return wrap(`How is ${view.from.label} connected to ${view.to.label}?`, {
        from: view.from,
        to: view.to,
        path: view.graph,
      });
    default:
      return null;
  }
}

/** A file name from a title: "Apache Kafka" → "skillgraph-apache-kafka.json". */
export function exportName(title: string, extension: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `skillgraph${slug ? `-${slug}` : ''}.${extension}`;
}
