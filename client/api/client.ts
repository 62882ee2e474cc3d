import { type ErrorCode, isErrorCode } from '../../contract/errors.js';

/** Error codes the API puts in `extensions.code` (the shared contract's list), plus NETWORK when no HTTP answer came. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A failed request, with the code the explorer branches on and the status of the HTTP answer (0 when none). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly status: number,
  ) {
    super(message);
  }

  /** True for failures that mean "the server or its database is down", which the status banner reports. */
  get isOutage(): boolean {
    return this.code === 'DATABASE_UNAVAILABLE' || this.code === 'NETWORK';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Maps an HTTP answer to data or an ApiError; kept apart from fetch so it can be tested without a server. */
export function readResponse<T>(status: number, body: GraphQLBody<T> | null): T {
  const first = body?.errors?.[0];
  if (first) {
    const raw = first.extensions?.code ?? '';
    const code: ApiErrorCode = isErrorCode(raw)
      ? raw
      : status === 503
        ? 'DATABASE_UNAVAILABLE'
        : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(first.message, code, status);
  }
  if (status === 503) throw new ApiError('The database is unavailable.', 'DATABASE_UNAVAILABLE', status);
  if (!body?.data)
    throw new ApiError(`The server answered HTTP ${status} without data.`, 'INTERNAL_SERVER_ERROR', status);
  return body.data;
}

export type OutageListener = (error: ApiError) => void;

/**
 * Posts GraphQL operations to one endpoint. Every request sends `content-type: application/json`, which Apollo's
 * CSRF prevention requires. Outage errors are also reported to the listener, so the status banner learns of them
 * from any request, not only from its own polling.
 */
export class GraphQLClient {
  private readonly outageListeners = new Set<OutageListener>();

  constructor(private readonly endpoint: string) {}

  onOutage(listener: OutageListener): () => void {
    this.outageListeners.add(listener);
    return () => this.outageListeners.delete(listener);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw this.report(new ApiError('The Skillgraph server cannot be reached.', 'NETWORK', 0));
    }
    let body: GraphQLBody<T> | null = null;
    try {
      body = (await response.json()) as GraphQLBody<T>;
    } catch {
      body = null;
    }
    try {
      return readResponse<T>(response.status, body);
    } catch (error) {
      throw error instanceof ApiError ? this.report(error) : error;
    }
  }

  private report(error: ApiError): ApiError {
    if (error.isOutage) for (const listener of this.outageListeners) listener(error);
    return error;
  }
}
