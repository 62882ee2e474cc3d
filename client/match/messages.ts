import { ApiError } from '../api/client.js';

/**
 * A failed match in plain words. The request-size limit (256 KB) answers before the resolver's own 100 KB check, in
 * bytes and without a word about postings, so it is reworded; the server's other messages are already plain, and
 * `described` is the explorer's usual wording of an error (outages included).
 */
export function matchErrorText(error: unknown, described: string): string {
  if (error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE' && !/posting/i.test(error.message))
    return "The posting is too large: match reads postings up to 100 KB. Paste the role's description and requirements only.";
  return described;
}
