import { GraphQLError } from 'graphql';
import { API_ERRORS, type ErrorCode } from '../../contract/errors.js';
import { isTimeout, isUnavailable } from '../../db/database.js';

export type { ErrorCode } from '../../contract/errors.js';

/** A known error: it carries its code and that code's HTTP status (Apollo reads extensions.http). */
export class SkillgraphError extends GraphQLError {
  constructor(
    message: string,
    code: ErrorCode,
    options: { cause?: unknown; extensions?: Record<string, unknown> } = {},
  ) {
    super(message, {
      extensions: { ...options.extensions, code, http: { status: API_ERRORS[code] } },
      originalError: options.cause as Error | undefined,
    });
  }
}

export class BadUserInputError extends SkillgraphError {
  constructor(message: string) {
    super(message, 'BAD_USER_INPUT');
  }
}

export class NotFoundError extends SkillgraphError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export class QueryTooComplexError extends SkillgraphError {
  /**
   * `limit` survives Apollo re-coding every validation error as GRAPHQL_VALIDATION_FAILED, so formatError can give
   * the error its own code back.
   */
  constructor(message: string, limit: 'depth' | 'aliases' | 'cost') {
    super(message, 'QUERY_TOO_COMPLEX', { extensions: { limit } });
  }
}

/** The answer is over SKILLGRAPH_MAX_ANSWER; the message says how to ask for less. */
export class AnswerTooLargeError extends SkillgraphError {
  constructor(message: string) {
    super(message, 'ANSWER_TOO_LARGE');
  }
}

export class DatabaseUnavailableError extends SkillgraphError {
  constructor(cause?: unknown) {
    super('The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE', { cause });
  }
}

export class QueryTimeoutError extends SkillgraphError {
  constructor(timeoutMs: number, cause?: unknown) {
    super(`The query took longer than ${timeoutMs} ms and was stopped.`, 'TIMEOUT', { cause });
  }
}

/** Anything unexpected: answered with HTTP 500, logged, and masked in production. */
export class InternalError extends SkillgraphError {
  constructor(cause: unknown) {
    super((cause as Error)?.message ?? 'Internal server error', 'INTERNAL_SERVER_ERROR', { cause });
  }
}

/** Maps an error met while answering to the error the API reports; one place for all of them. */
export function fromDriverError(error: unknown, timeoutMs: number): SkillgraphError {
  if (error instanceof SkillgraphError) return error;
  if (isUnavailable(error)) return new DatabaseUnavailableError(error);
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs, error);
  return new InternalError(error);
}
