import { GraphQLError } from 'graphql';
import { isTimeout, isUnavailable } from '../neo4j/database.js';

/** Stable error codes clients can branch on (`extensions.code`). */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof API_ERROR_CODES)[number];

/** A known error: it carries its code and the HTTP status the response gets (Apollo reads extensions.http). */
export class SkillgraphError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    status: number,
    options: { cause?: unknown; extensions?: Record<string, unknown> } = {},
  ) {
    super(message, {
      extensions: { ...options.extensions, code, http: { status } },
      originalError: options.cause as Error | undefined,
    });
  }
}

export class BadUserInputError extends SkillgraphError {
  constructor(message: string) {
    super(message, 'BAD_USER_INPUT', 400);
  }
}

export class NotFoundError extends SkillgraphError {
  constructor(message: string) {
    super(message, 'NOT_FOUND', 404);
  }
}

export class QueryTooComplexError extends SkillgraphError {
  /**
   * `limit` survives Apollo re-coding every validation error as GRAPHQL_VALIDATION_FAILED, so formatError can give
   * the error its own code back.
   */
  constructor(message: string, limit: 'depth' | 'aliases' | 'cost') {
    super(message, 'QUERY_TOO_COMPLEX', 400, { extensions: { limit } });
  }
}

export class DatabaseUnavailableError extends SkillgraphError {
  constructor(cause?: unknown) {
    super('The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE', 503, { cause });
  }
}

export class QueryTimeoutError extends SkillgraphError {
  constructor(timeoutMs: number, cause?: unknown) {
    super(`The query took longer than ${timeoutMs} ms and was stopped.`, 'TIMEOUT', 504, { cause });
  }
}

/** Anything unexpected: answered with HTTP 500, logged, and masked in production. */
export class InternalError extends SkillgraphError {
  constructor(cause: unknown) {
    super((cause as Error)?.message ?? 'Internal server error', 'INTERNAL_SERVER_ERROR', 500, { cause });
  }
}

/** Maps an error met while answering to the error the API reports; one place for all of them. */
export function fromDriverError(error: unknown, timeoutMs: number): SkillgraphError {
  if (error instanceof SkillgraphError) return error;
  if (isUnavailable(error)) return new DatabaseUnavailableError(error);
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs, error);
  return new InternalError(error);
}
