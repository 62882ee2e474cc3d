/**
 * The write API's shapes (POST /api/documents/preview and /load, /api/corrections), shared by the server and the
 * explorer. GraphQL stays read-only; these few routes are plain JSON.
 */

/** An uploaded document: its file name (which says its format: .md, .json, .txt) and its text. */
export interface DocumentUpload {
  name: string;
  content: string;
  /** Whose document it is, when the document does not say (front matter, JSON Resume basics, a name line). */
  person?: string;
}

export interface PreviewTool {
  toolId: string;
  name: string;
  category: string | null;
  /** USED or MIGRATED_FROM; the other stances are in `mentions`. */
  stance: string;
  /** The first sentences that name it, with their lines. */
  evidence: { text: string; line: number }[];
}

export interface PreviewJob {
  ordinal: number;
  company: string | null;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  line: number;
  tools: PreviewTool[];
  mentions: { toolId: string; name: string; stance: string }[];
}

export interface PreviewPerson {
  id: string;
  name: string;
  jobs: PreviewJob[];
  /** Tools a Skills or Summary section claims. */
  claimed: { toolId: string; name: string }[];
  /** Terms that read like tools but are not in the taxonomy: candidates to add. */
  candidates: { term: string; count: number; line: number }[];
  warnings: string[];
}

/** What a document would load: nothing has been written. */
export interface DocumentPreview {
  file: string;
  bytes: number;
  people: PreviewPerson[];
}

/** What a load wrote: the same preview, and the graph's change. */
export interface DocumentLoad extends DocumentPreview {
  summary: string;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Nodes of the same people's earlier graph that the load replaced (0 for a first load). */
  nodesDeleted: number;
}

export type Correction =
  | { kind: 'wrong-match'; toolId: string; sentence: string }
  | { kind: 'alias'; toolId: string; alias: string }
  | { kind: 'tool'; name: string; category: string; aliases?: string[] };

export type StoredCorrection = Correction & { id: string };

export interface CorrectionList {
  /** The user taxonomy file the corrections live in. */
  file: string;
  corrections: StoredCorrection[];
  /** Corrections apply to documents loaded after them; those already in the graph keep what they had. */
  note: string;
}

/** The error shape every route shares with GraphQL. */
export interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}
