import type { NodeType } from '../../contract/graphql.js';
import type {
  ChallengeDetail,
  EvidenceData,
  GraphData,
  GraphNodeData,
  IncidentDetail,
  JobDetail,
  JobRef,
  WhereUsedData,
} from '../api/operations.js';
import { highlightTerms } from '../search/highlight.js';
import { NODE_TYPES, TYPE_STYLES } from '../styles/palette.js';
import { type Child, h, listNavigation, marked, plural, replace } from './dom.js';

/** What the inspector can be asked to do for the rest of the page. */
export interface InspectorActions {
  focus(id: string): void;
  askTool(name: string): void;
  expand(id: string): void;
  pickForPath(id: string): void;
  /** Link to GraphiQL with the query behind what is shown. */
  graphiqlHref(): string;
}

export interface Stats {
  jobs: number;
  companies: number;
  tools: number;
  categories: number;
  challenges: number;
  incidents: number;
  evidence: number;
}

/** Everything the inspector shows, one variant per kind of answer. */
export type InspectorView =
  | {
      kind: 'welcome';
      stats: Stats | null;
      topTool: string | null;
      firstJob: { id: string; label: string } | null;
    }
  | { kind: 'loading'; id: string | null; title: string }
  | { kind: 'error'; id: string | null; message: string; retry?: () => void }
  | { kind: 'tool'; data: WhereUsedData }
  | { kind: 'unknown-tool'; data: WhereUsedData }
  | { kind: 'job'; job: JobDetail }
  | { kind: 'challenge'; challenge: ChallengeDetail }
  | { kind: 'incident'; incident: IncidentDetail }
  | { kind: 'neighbours'; node: GraphNodeData; graph: GraphData }
  | { kind: 'path'; from: GraphNodeData; to: GraphNodeData; graph: GraphData | null };

/** The side panel. All its text is ordinary DOM text: selectable, searchable, read by screen readers. */
export class Inspector {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: InspectorActions,
  ) {}

  show(view: InspectorView): void {
    const focusId = focusOf(view);
    this.root.dataset.state = view.kind === 'loading' ? 'loading' : view.kind === 'error' ? 'error' : 'ready';
    this.root.dataset.view = view.kind;
    if (focusId) this.root.dataset.focus = focusId;
    else delete this.root.dataset.focus;
    replace(this.root, this.render(view));
    for (const list of this.root.querySelectorAll<HTMLElement>('.answer-list')) listNavigation(list);
    this.root.scrollTop = 0;
  }

  private render(view: InspectorView): Child {
    switch (view.kind) {
      case 'welcome':
        return this.welcome(view.stats, view.topTool, view.firstJob);
      case 'loading':
        return h(
          'div',
          { class: 'insp-loading', role: 'status' },
          h('span', { class: 'spinner' }),
          view.title,
        );
      case 'error':
        return h(
          'div',
          { class: 'insp-error', role: 'alert' },
          h('h2', null, 'That did not work'),
          h('p', null, view.message),
          view.retry ? h('button', { class: 'btn', onclick: view.retry }, 'Try again') : null,
        );
      case 'tool':
        return this.tool(view.data);
      case 'unknown-tool':
        return this.unknownTool(view.data);
      case 'job':
        return this.job(view.job);
      case 'challenge':
        return this.challenge(view.challenge);
      case 'incident':
        return this.incident(view.incident);
      case 'neighbours':
        return this.neighbours(view.node, view.graph);
      case 'path':
        return this.path(view.from, view.to, view.graph);
    }
  }

  private head(type: NodeType, title: string, id: string | null, ...subtitle: Child[]): HTMLElement {
    return h(
      'header',
      { class: 'insp-head' },
      badge(type),
      h('h2', { class: 'insp-title' }, title),
      subtitle.length ? h('p', { class: 'insp-sub' }, subtitle) : null,
      id ? this.nodeActions(id) : null,
    );
  }

  private nodeActions(id: string): HTMLElement {
    return h(
      'div',
      { class: 'insp-actions' },
      h(
        'button',
        {
          class: 'btn btn-small',
          onclick: () => this.actions.expand(id),
          title: 'Add this node’s neighbours (or double-click it)',
        },
        'Expand neighbours',
      ),
      h(
        'button',
        {
          class: 'btn btn-small',
          onclick: () => this.actions.pickForPath(id),
          title: 'Pick two nodes (or Shift+click them) to see the shortest path',
        },
        'Path from/to here',
      ),
      h(
        'a',
        { class: 'btn btn-small', href: this.actions.graphiqlHref(), target: '_blank', rel: 'noopener' },
        'Query in GraphiQL ↗',
      ),
    );
  }

  private welcome(
    stats: Stats | null,
    topTool: string | null,
    firstJob: { id: string; label: string } | null,
  ): HTMLElement {
    const tiles: [string, number | undefined][] = [
      ['jobs', stats?.jobs],
      ['companies', stats?.companies],
      ['tools', stats?.tools],
      ['categories', stats?.categories],
      ['challenges', stats?.challenges],
      ['incidents', stats?.incidents],
    ];
    return h(
      'div',
      { class: 'insp-welcome' },
      h('h2', { class: 'insp-title' }, 'Where did I use it?'),
      h(
        'p',
        { class: 'lead' },
        'Every job, the tools it used and the sentences that say so. Search a tool to see where it was used, with proof.',
      ),
      stats
        ? h(
            'dl',
            { class: 'stat-grid' },
            tiles.map(([label, value]) =>
              h('div', { class: 'stat' }, h('dt', null, label), h('dd', null, String(value ?? '–'))),
            ),
          )
        : null,
      h('h3', null, 'Try'),
      h(
        'ul',
        { class: 'try-list answer-list' },
        h(
          'li',
          null,
          h(
            'button',
            { class: 'link', 'data-item': true, onclick: () => this.actions.askTool('Kafka') },
            'Where did I use Kafka?',
          ),
        ),
        topTool
          ? h(
              'li',
              null,
              h(
                'button',
                { class: 'link', 'data-item': true, onclick: () => this.actions.askTool(topTool) },
                `Where did I use ${topTool}? (the most-used tool)`,
              ),
            )
          : null,
        firstJob
          ? h(
              'li',
              null,
              h(
                'button',
                { class: 'link', 'data-item': true, onclick: () => this.actions.focus(firstJob.id) },
                `Open a job: ${firstJob.label}`,
              ),
            )
          : null,
      ),
      h('h3', null, 'How to'),
      h(
        'ul',
        { class: 'howto' },
        h(
          'li',
          null,
          h('kbd', null, '/'),
          ' search a tool or alias; ',
          h('kbd', null, 'Esc'),
          ' clears the focus',
        ),
        h('li', null, 'Click a node to inspect it; double-click to add its neighbours'),
        h('li', null, h('kbd', null, 'Shift'), '+click two nodes for the shortest path between them'),
        h('li', null, 'Bigger orange circles are tools used in more jobs'),
      ),
    );
  }

  private tool(data: WhereUsedData): HTMLElement {
    const tool = data.tool;
    if (!tool) return this.unknownTool(data);
    const terms = [tool.name, ...tool.aliases];
    const aliases = tool.aliases.length ? ['also ', tool.aliases.map((a) => `“${a}”`).join(', ')] : [];
    return h(
      'div',
      null,
      this.head(
        'TOOL',
        tool.name,
        tool.id,
        tool.category ?? 'Uncategorised',
        aliases.length ? ' · ' : '',
        aliases,
      ),
      h(
        'section',
        { class: 'insp-section' },
        h('h3', null, `Used in ${plural(data.usages.length, 'job')}`),
        data.usages.length === 0
          ? h('p', { class: 'empty' }, 'No job names this tool. It may only be listed as a skill.')
          : h(
              'ol',
              { class: 'answer-list usages', 'aria-label': `Jobs that used ${tool.name}` },
              data.usages.map((u) =>
                h(
                  'li',
                  { class: 'usage', dataset: { jobId: u.job.id } },
                  this.jobButton(u.job),
                  h(
                    'ul',
                    { class: 'quotes', 'aria-label': `Evidence from ${u.job.company.name}` },
                    u.evidence.map((e) => quote(e, terms)),
                  ),
                ),
              ),
            ),
      ),
    );
  }

  private unknownTool(data: WhereUsedData): HTMLElement {
    return h(
      'div',
      { class: 'insp-unknown' },
      h('h2', { class: 'insp-title' }, `No tool called “${data.query}”`),
      data.suggestions.length
        ? [
            h('p', null, 'Did you mean:'),
            h(
              'ul',
              { class: 'answer-list suggestions' },
              data.suggestions.map((s) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    { class: 'chip', 'data-item': true, onclick: () => this.actions.askTool(s) },
                    s,
                  ),
                ),
              ),
            ),
          ]
        : h(
            'p',
            null,
            'Nothing similar is known either. Try a shorter name (“spark”, “aws”) or pick from Recurring tools.',
          ),
    );
  }

  private job(job: JobDetail): HTMLElement {
    const lead = job.leadPercent ?? null;
    const code = job.codePercent ?? null;
    const byCategory = new Map<string, JobDetail['tools']>();
    for (const t of job.tools) {
      const key = t.category ?? 'Uncategorised';
      byCategory.set(key, [...(byCategory.get(key) ?? []), t]);
    }
    const groups = [...byCategory.entries()].sort(
      (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
    );
    const teamTotal = job.teamSize ?? job.team.reduce((s, r) => s + r.count, 0);
    return h(
      'div',
      null,
      this.head(
        'JOB',
        job.title ?? job.label,
        job.id,
        h('button', { class: 'link', onclick: () => this.actions.focus(job.company.id) }, job.company.name),
        job.platform ? ` · ${job.platform}` : '',
        job.startDate || job.endDate ? ` · ${job.startDate ?? '?'}–${job.endDate ?? 'now'}` : '',
      ),
      lead !== null || code !== null
        ? h(
            'section',
            { class: 'insp-section', 'aria-label': 'Lead and code split' },
            h('h3', null, 'Lead / code split'),
            h(
              'div',
              { class: 'split', role: 'img', 'aria-label': `${lead ?? 0}% leading, ${code ?? 0}% coding` },
              h('span', { class: 'split-lead', style: `flex-basis:${lead ?? 0}%` }, `Lead ${lead ?? 0}%`),
              h('span', { class: 'split-code', style: `flex-basis:${code ?? 0}%` }, `Code ${code ?? 0}%`),
            ),
          )
        : null,
      job.team.length
        ? h(
            'section',
            { class: 'insp-section team' },
            h('h3', null, `Team of ${teamTotal}`),
            h(
              'ul',
              { class: 'team-list' },
              job.team.map((r) =>
                h(
                  'li',
                  null,
                  h('span', { class: 'team-count' }, String(r.count)),
                  h('span', { class: 'team-role' }, r.role),
                  h('span', {
                    class: 'team-bar',
                    style: `width:${Math.round((100 * r.count) / Math.max(1, teamTotal))}%`,
                    'aria-hidden': 'true',
                  }),
                ),
              ),
            ),
          )
        : null,
      job.summary
        ? h(
            'section',
            { class: 'insp-section' },
            h('h3', null, 'Summary'),
            h('p', { class: 'prose' }, job.summary),
          )
        : null,
      h(
        'section',
        { class: 'insp-section' },
        h('h3', null, `${plural(job.tools.length, 'tool')} by category`),
        h(
          'div',
          { class: 'tool-groups' },
          groups.map(([category, tools]) =>
            h(
              'div',
              { class: 'tool-group' },
              h('h4', null, category),
              h(
                'ul',
                { class: 'chips' },
                tools.map((t) =>
                  h(
                    'li',
                    null,
                    h('button', { class: 'chip', onclick: () => this.actions.focus(t.id) }, t.name),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
      job.challenges.length
        ? h(
            'section',
            { class: 'insp-section' },
            h('h3', null, 'Challenges and how they were solved'),
            h(
              'ol',
              { class: 'stories' },
              job.challenges.map((c) =>
                h(
                  'li',
                  { class: 'story' },
                  h(
                    'button',
                    { class: 'link story-title', onclick: () => this.actions.focus(c.id) },
                    c.title,
                  ),
                  c.resolution ? h('p', { class: 'prose' }, c.resolution) : null,
                  this.toolChips(c.tools),
                ),
              ),
            ),
          )
        : null,
      job.incidents.map((i) => this.incidentBody(i, 'Production incident')),
      job.source
        ? h('p', { class: 'source' }, `Source: ${job.source}${job.line ? `, line ${job.line}` : ''}`)
        : null,
    );
  }

  private challenge(c: ChallengeDetail): HTMLElement {
    return h(
      'div',
      null,
      this.head('CHALLENGE', c.title, c.id, 'A challenge at ', this.jobButton(c.job, 'link')),
      h(
        'section',
        { class: 'insp-section' },
        h('h3', null, 'How it was solved'),
        h('p', { class: 'prose' }, c.resolution ?? 'The narrative does not say.'),
      ),
      c.tools.length
        ? h('section', { class: 'insp-section' }, h('h3', null, 'With'), this.toolChips(c.tools))
        : null,
    );
  }

  private incident(i: IncidentDetail): HTMLElement {
    return h(
      'div',
      null,
      this.head('INCIDENT', 'Production incident', i.id, 'At ', this.jobButton(i.job, 'link')),
      this.incidentBody(i, null),
    );
  }

  private incidentBody(
    i: IncidentDetail | JobDetail['incidents'][number],
    title: string | null,
  ): HTMLElement {
    const rows: [string, string | null][] = [
      ['What failed', i.failure],
      ['Cause', i.cause],
      ['Fix', i.rectification],
      ['Lesson', i.learning],
    ];
    return h(
      'section',
      { class: 'insp-section incident' },
      title
        ? h('h3', null, h('button', { class: 'link', onclick: () => this.actions.focus(i.id) }, title))
        : null,
      h(
        'dl',
        { class: 'incident-facts' },
        rows.filter(([, v]) => v).map(([k, v]) => [h('dt', null, k), h('dd', { class: 'prose' }, v ?? '')]),
      ),
      i.tools.length ? this.toolChips(i.tools) : null,
    );
  }

  private neighbours(node: GraphNodeData, graph: GraphData): HTMLElement {
    const others = graph.nodes.filter((n) => n.id !== node.id);
    const groups = NODE_TYPES.map((type) => [type, others.filter((n) => n.type === type)] as const).filter(
      ([, list]) => list.length > 0,
    );
    const subtitle =
      node.type === 'COMPANY'
        ? plural(others.filter((n) => n.type === 'JOB').length, 'job')
        : node.type === 'CATEGORY'
          ? plural(others.filter((n) => n.type === 'TOOL').length, 'tool')
          : plural(others.length, 'neighbour');
    return h(
      'div',
      null,
      this.head(node.type, node.label, node.id, subtitle),
      graph.truncated
        ? h(
            'p',
            { class: 'note' },
            `Showing the ${others.length} most connected of ${graph.total - 1} neighbours.`,
          )
        : null,
      groups.map(([type, list]) =>
        h(
          'section',
          { class: 'insp-section' },
          h('h3', null, `${TYPE_STYLES[type].plural} (${list.length})`),
          h(
            'ul',
            {
              class: 'answer-list node-list',
              'aria-label': `${TYPE_STYLES[type].plural} connected to ${node.label}`,
            },
            [...list]
              .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.label.localeCompare(b.label))
              .map((n) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    { class: 'node-item', 'data-item': true, onclick: () => this.actions.focus(n.id) },
                    swatch(n.type),
                    h('span', null, n.label),
                    n.type === 'TOOL' && n.weight
                      ? h('span', { class: 'count' }, plural(n.weight, 'job'))
                      : null,
                  ),
                ),
              ),
          ),
        ),
      ),
    );
  }

  private path(from: GraphNodeData, to: GraphNodeData, graph: GraphData | null): HTMLElement {
    const steps = graph ? orderPath(graph, from.id) : [];
    return h(
      'div',
      null,
      h(
        'header',
        { class: 'insp-head' },
        h('span', { class: 'badge badge-path' }, 'Shortest path'),
        h('h2', { class: 'insp-title' }, `${from.label} → ${to.label}`),
        graph ? h('p', { class: 'insp-sub' }, `${plural(Math.max(0, steps.length - 1), 'hop')}`) : null,
        h(
          'div',
          { class: 'insp-actions' },
          h(
            'a',
            { class: 'btn btn-small', href: this.actions.graphiqlHref(), target: '_blank', rel: 'noopener' },
            'Query in GraphiQL ↗',
          ),
        ),
      ),
      graph === null
        ? h(
            'p',
            { class: 'empty' },
            'These two are not connected within six hops. Try a job or a tool that both share.',
          )
        : h(
            'ol',
            { class: 'answer-list path-steps', 'aria-label': 'Path, step by step' },
            steps.map((step) =>
              h(
                'li',
                { class: 'path-step' },
                step.via ? h('span', { class: 'path-via' }, edgeWords(step.via)) : null,
                h(
                  'button',
                  { class: 'node-item', 'data-item': true, onclick: () => this.actions.focus(step.node.id) },
                  swatch(step.node.type),
                  h('span', null, step.node.label),
                  h('span', { class: 'count' }, TYPE_STYLES[step.node.type].label),
                ),
              ),
            ),
          ),
    );
  }

  private jobButton(job: JobRef, kind: 'item' | 'link' = 'item'): HTMLElement {
    return h(
      'button',
      {
        class: kind === 'item' ? 'usage-job' : 'link',
        'data-item': kind === 'item' ? true : null,
        onclick: () => this.actions.focus(job.id),
      },
      kind === 'item' ? swatch('JOB', 'usage-swatch') : null,
      h('span', { class: 'usage-title' }, job.title ?? job.label),
      kind === 'item' ? h('span', { class: 'usage-company' }, job.company.name) : ` (${job.company.name})`,
    );
  }

  private toolChips(tools: readonly { id: string; name: string }[]): HTMLElement {
    return h(
      'ul',
      { class: 'chips' },
      tools.map((t) =>
        h('li', null, h('button', { class: 'chip', onclick: () => this.actions.focus(t.id) }, t.name)),
      ),
    );
  }
}

function focusOf(view: InspectorView): string | null {
  switch (view.kind) {
    case 'tool':
      return view.data.tool?.id ?? null;
    case 'job':
      return view.job.id;
    case 'challenge':
      return view.challenge.id;
    case 'incident':
      return view.incident.id;
    case 'neighbours':
      return view.node.id;
    case 'loading':
    case 'error':
      return view.id;
    default:
      return null;
  }
}

function badge(type: NodeType): HTMLElement {
  return h(
    'span',
    { class: 'badge', style: `background:${TYPE_STYLES[type].color}` },
    TYPE_STYLES[type].label,
  );
}

function swatch(type: NodeType, extra = ''): HTMLElement {
  return h('span', {
    class: `swatch swatch-${type.toLowerCase()} ${extra}`.trim(),
    style: `background:${TYPE_STYLES[type].color}`,
    'aria-hidden': 'true',
  });
}

function quote(e: EvidenceData, terms: readonly string[]): HTMLElement {
  return h(
    'li',
    { class: 'quote' },
    h('blockquote', null, marked(highlightTerms(e.text, terms))),
    h('span', { class: 'quote-source' }, `${e.section} · line ${e.line}`),
  );
}

const EDGE_WORDS: Record<string, string> = {
  HELD: 'held',
  AT: 'at',
  USED: 'used',
  IN_CATEGORY: 'in category',
  FACED: 'faced',
  HAD_INCIDENT: 'had incident',
  INVOLVED: 'involved',
};

function edgeWords(type: string): string {
  return EDGE_WORDS[type] ?? type.toLowerCase();
}

/** A path's nodes from one end to the other, each with the edge type that led to it. */
export function orderPath(graph: GraphData, start: string): { node: GraphNodeData; via: string | null }[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const first = byId.get(start) ?? graph.nodes[0];
  if (!first) return [];
  const steps: { node: GraphNodeData; via: string | null }[] = [{ node: first, via: null }];
  const seen = new Set([first.id]);
  let current = first.id;
  for (;;) {
    const edge = graph.edges.find(
      (e) => (e.source === current && !seen.has(e.target)) || (e.target === current && !seen.has(e.source)),
    );
    if (!edge) break;
    const next = edge.source === current ? edge.target : edge.source;
    const node = byId.get(next);
    if (!node) break;
    steps.push({ node, via: edge.type });
    seen.add(next);
    current = next;
  }
  return steps;
}
