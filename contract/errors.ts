/**
 * Every code the API puts in `errors[].extensions.code`, with the HTTP status it comes with. Server and explorer both
 * import this list, so a code the server starts sending is one the client knows.
 */
export const API_ERRORS = {
  /** An argument is empty, too long, out of range or malformed. */
  BAD_USER_INPUT: 400,
  /** The body is not JSON, or the request is not a GraphQL request the server accepts. */
  BAD_REQUEST: 400,
  /** The GraphQL document does not parse. */
  GRAPHQL_PARSE_FAILED: 400,
  /** The document does not fit the schema. */
  GRAPHQL_VALIDATION_FAILED: 400,
  /** The document names no operation to run, or one it does not contain. */
  OPERATION_RESOLUTION_FAILURE: 400,
  /** Persisted queries (automatic or not) are not supported: send the document itself. */
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  /** Too deep, too many aliases, or too costly (the message says which limit and by how much). */
  QUERY_TOO_COMPLEX: 400,
  /**
   * The answer would be larger than SKILLGRAPH_MAX_ANSWER: ask for less (a lower `first` or `limit`, fewer nested
   * lists, one item at a time); the message says how.
   */
  ANSWER_TOO_LARGE: 400,
  /** An id that names nothing. */
  NOT_FOUND: 404,
  /**
   * The request's Host header names a host this server does not answer to (DNS-rebinding protection); add it to
   * SKILLGRAPH_ALLOWED_HOSTS.
   */
  HOST_NOT_ALLOWED: 421,
  /** The request body is larger than SKILLGRAPH_MAX_BODY. */
  PAYLOAD_TOO_LARGE: 413,
  /** An uploaded document cannot be read or holds nothing to load; the message says `file:line` and why. */
  INVALID_DOCUMENT: 422,
  /** The write API (uploads, corrections) is off: the server listens beyond loopback and no token is set. */
  WRITES_DISABLED: 403,
  /** A write without the right `Authorization: Bearer` token (SKILLGRAPH_WRITE_TOKEN). */
  UNAUTHORIZED: 401,
  /** A write from another site (its Origin is not this server), or not sent as JSON. */
  CROSS_SITE_REQUEST: 403,
  /** Neo4j cannot be reached right now; retry shortly. */
  DATABASE_UNAVAILABLE: 503,
  /** The query ran longer than SKILLGRAPH_QUERY_TIMEOUT_MS and was stopped. */
  TIMEOUT: 504,
  /** Anything unexpected; logged on the server, masked in production. */
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof API_ERRORS;

/** The codes, for runtime checks. */
export const ERROR_CODES = Object.keys(API_ERRORS) as ErrorCode[];

/** True when `code` is one of the API's codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(API_ERRORS, code);
}
