import type { NodeType } from '../../contract/graphql.js';
import { download } from '../panels/download.js';
import type { InspectorView } from '../panels/inspector/types.js';
import { answerJson, exportName } from '../proof/answer-json.js';
import { proofMarkdown } from '../proof/markdown.js';
import { framedPng } from '../proof/png.js';
import { TYPE_STYLES } from '../styles/palette.js';
import type { Hub } from './hub.js';

/**
 * Proof to take away: the answer as Markdown on the clipboard, the answer with its evidence as JSON (the visible
 * graph when nothing is focused), and the graph as a PNG with a title and a legend.
 */
export class Exports {
  constructor(private readonly hub: Hub) {}

  /** Copies the answer on show as Markdown; resolves with what to tell the user. */
  async copyProof(): Promise<string> {
    const view = this.hub.panels.inspector.current;
    const markdown = view ? proofMarkdown(view, location.href) : null;
    if (!markdown) return 'There is nothing to copy here.';
    const copied = await writeClipboard(markdown);
    if (!copied) return 'The browser did not allow copying. Use Export JSON instead.';
    const quotes = markdown.split('\n').filter((line) => line.startsWith('> — ')).length;
    return quotes
      ? `Copied as Markdown: ${quotes} ${quotes === 1 ? 'quote' : 'quotes'} with file and line.`
      : 'Copied as Markdown.';
  }

  json(): void {
    const { model, panels } = this.hub;
    const view = panels.inspector.current;
    const answer = view && this.focused() ? answerJson(view, location.href) : null;
    if (answer) {
      const blob = new Blob([JSON.stringify(answer, null, 2)], { type: 'application/json' });
      download(blob, exportName(titleOf(view) ?? 'answer', 'json'));
      return;
    }
    if (!model.view) return;
    const body = JSON.stringify({ exportedFrom: location.href, ...model.view.visibleGraph() }, null, 2);
    download(new Blob([body], { type: 'application/json' }), 'skillgraph-graph.json');
  }

  async png(): Promise<void> {
    const { model, panels } = this.hub;
    const view = model.view;
    if (!view) return;
    const counts = view.shownCounts();
    const answerTitle = this.focused() ? titleOf(panels.inspector.current) : null;
    const summary = (['JOB', 'COMPANY', 'TOOL'] as NodeType[])
      .filter((t) => counts.byType[t])
      .map((t) => `${counts.byType[t]} ${TYPE_STYLES[t].plural.toLowerCase()}`)
      .join(' · ');
    const blob = await framedPng(view.png(), {
      title: answerTitle ?? 'Skillgraph: which tools recur, and where',
      subtitle: `${summary}${summary ? ' — ' : ''}exported ${new Date().toISOString().slice(0, 10)} from ${location.host}`,
      types: counts.byType as Partial<Record<NodeType, number>>,
      notes: [
        'Tool size = number of jobs that used it.',
        answerTitle ? 'Highlighted: the answer; faded: the rest of the graph.' : '',
      ].filter(Boolean),
    });
    download(blob, exportName(answerTitle ?? '', 'png'));
  }

  private focused(): boolean {
    const { focus, path, ask } = this.hub.model.state;
    return Boolean(focus || path || ask);
  }
}

/** The heading an answer gets in exports. */
function titleOf(view: InspectorView | null): string | null {
  switch (view?.kind) {
    case 'tool':
      return view.data.tool ? `Where I used ${view.data.tool.name}` : null;
    case 'unknown-tool':
      return view.data.query;
    case 'job':
      return view.job.label;
    case 'challenge':
      return view.challenge.title;
    case 'incident':
      return view.incident.title;
    case 'neighbours':
      return view.node.label;
    case 'path':
      return `Shortest path: ${view.from.label} → ${view.to.label}`;
    default:
      return null;
  }
}

/** Writes text to the clipboard; where the async API is refused, falls back to a selection and the copy command. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const previous = document.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    previous?.focus();
    return ok;
  }
}
