import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { matchErrorText } from './messages.js';

describe('matchErrorText', () => {
  it('keeps the server’s own refusals of a posting, which are already plain', () => {
    const empty = new ApiError(
      '"text" must not be empty: paste the job posting to match.',
      'BAD_USER_INPUT',
      400,
    );
    expect(matchErrorText(empty, empty.message)).toBe(empty.message);
    const big = new ApiError(
      'The posting is 120 KB; match reads postings up to 100 KB.',
      'PAYLOAD_TOO_LARGE',
      413,
    );
    expect(matchErrorText(big, big.message)).toBe(big.message);
  });

  it('rewords the request-size limit, which speaks of bytes, as a posting too large', () => {
    const body = new ApiError('The request body is larger than 262144 bytes.', 'PAYLOAD_TOO_LARGE', 413);
    expect(matchErrorText(body, body.message)).toMatch(/^The posting is too large: .*100 KB/);
  });
});
