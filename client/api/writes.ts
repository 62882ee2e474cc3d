import { isErrorCode } from '../../contract/errors.js';
import type {
  Correction,
  CorrectionList,
  DocumentLoad,
  DocumentPreview,
  DocumentUpload,
  ErrorBody,
} from '../../contract/writes.js';
import { ApiError } from './client.js';

/**
 * Maps a write-API answer to its body or an ApiError. The routes answer plain JSON (not GraphQL's `{data}`), and
 * errors in GraphQL's shape; kept apart from fetch so it can be tested without a server.
 */
export function readWriteResponse<T>(status: number, body: unknown): T {
  const first = (body as Partial<ErrorBody> | null)?.errors?.[0];
  if (first || status >= 400) {
    const raw = first?.extensions?.code;
    const code = isErrorCode(raw) ? raw : status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(first?.message ?? `The server answered HTTP ${status}.`, code, status);
  }
  if (body === null || typeof body !== 'object')
    throw new ApiError(`The server answered HTTP ${status} without a body.`, 'INTERNAL_SERVER_ERROR', status);
  return body as T;
}

/**
 * The write API (docs/uploads.md): preview and load a document, list, add and revert corrections. Same origin, JSON
 * only: the server refuses anything else as a cross-site request. A token, when the server asks for one, is kept
 * in memory for this page only, never stored.
 */
export class WriteClient {
  private token: string | null = null;

  constructor(private readonly base = 'api') {}

  setToken(token: string | null): void {
    this.token = token?.trim() || null;
  }

  preview(upload: DocumentUpload): Promise<DocumentPreview> {
    return this.send('POST', '/documents/preview', upload);
  }

  load(upload: DocumentUpload): Promise<DocumentLoad> {
    return this.send('POST', '/documents/load', upload);
  }

  corrections(): Promise<CorrectionList> {
    return this.send('GET', '/corrections');
  }

  correct(correction: Correction): Promise<CorrectionList> {
    return this.send('POST', '/corrections', correction);
  }

  revert(id: string): Promise<CorrectionList> {
    return this.send('DELETE', `/corrections/${encodeURIComponent(id)}`);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError('The Skillgraph server cannot be reached.', 'NETWORK', 0);
    }
    let parsed: unknown = null;
    try {
      parsed = await response.json();
    } catch {
      parsed = null;
    }
    return readWriteResponse<T>(response.status, parsed);
  }
}
