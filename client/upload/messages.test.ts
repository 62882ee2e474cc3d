import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { readWriteResponse } from '../api/writes.js';
import { needsToken, WRITES_OFF, writeErrorMessage, writesDisabled } from './messages.js';

const refusal = (status: number, code: string, message: string) => {
  try {
    readWriteResponse(status, { errors: [{ message, extensions: { code } }] });
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('the write API’s answers', () => {
  it('passes a body through, and turns an error body into an ApiError with its code and status', () => {
    expect(readWriteResponse(200, { file: 'a.md' })).toEqual({ file: 'a.md' });
    const error = refusal(422, 'INVALID_DOCUMENT', 'broken.json: invalid JSON');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID_DOCUMENT', status: 422 });
  });

  it('names an unknown failure by its status', () => {
    expect(() => readWriteResponse(502, null)).toThrow(/HTTP 502/);
    expect(() => readWriteResponse(200, null)).toThrow(/without a body/);
  });
});

describe('what a failed write says', () => {
  it('says where a document is wrong, and that nothing was written', () => {
    const message = writeErrorMessage(
      refusal(422, 'INVALID_DOCUMENT', 'bad.json:1: work[0].name: expected a string.'),
    );
    expect(message).toBe(
      'This document cannot be loaded. bad.json:1: work[0].name: expected a string. Nothing was written; fix the file and try again.',
    );
  });

  it('tells writes off, a missing token and an outage apart', () => {
    const off = refusal(403, 'WRITES_DISABLED', 'off');
    expect(writesDisabled(off)).toBe(true);
    expect(writeErrorMessage(off)).toBe(WRITES_OFF);
    expect(WRITES_OFF).toMatch(/SKILLGRAPH_WRITE_TOKEN/);
    const token = refusal(401, 'UNAUTHORIZED', 'token');
    expect(needsToken(token)).toBe(true);
    expect(writesDisabled(token)).toBe(false);
    expect(writeErrorMessage(new ApiError('x', 'NETWORK', 0))).toMatch(/cannot be reached. Nothing was lost/);
    expect(writeErrorMessage(refusal(413, 'PAYLOAD_TOO_LARGE', 'big'))).toMatch(/SKILLGRAPH_MAX_UPLOAD/);
    expect(writeErrorMessage(refusal(403, 'CROSS_SITE_REQUEST', 'Send writes as JSON.'))).toMatch(
      /another site: Send writes as JSON\./,
    );
  });

  it('keeps the server’s words for a refused correction', () => {
    expect(writeErrorMessage(refusal(400, 'BAD_USER_INPUT', '"Python" names both Go and Python'))).toBe(
      'The server refused this: "Python" names both Go and Python. Nothing was changed.',
    );
    expect(writeErrorMessage(new Error('boom'))).toBe('Something went wrong: boom');
  });
});
