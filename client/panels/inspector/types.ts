import type {
  ChallengeDetail,
  GraphData,
  GraphNodeData,
  IncidentDetail,
  JobDetail,
  StatsData,
  WhereUsedData,
} from '../../api/operations.js';

/** What the inspector can be asked to do for the rest of the page. */
export interface InspectorActions {
  focus(id: string): void;
  askTool(name: string): void;
  expand(id: string): void;
  pickForPath(id: string): void;
  /** Link to GraphiQL with the query behind what is shown. */
  graphiqlHref(): string;
  /** Copies the answer on show as Markdown; resolves with what to tell the user. */
  copyProof(): Promise<string>;
  /** "Not this tool" for an evidence sentence: a button that marks the match wrong (the write API). */
  wrongMatch(tool: { id: string; name: string }, sentence: string): HTMLElement;
}

/** Everything the inspector shows, one variant per kind of answer. */
export type InspectorView =
  | {
      kind: 'welcome';
      stats: StatsData | null;
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
