import { describe, expect, it } from 'vitest';
import { ApiError, readResponse } from './client.js';
import { healthFromStatus } from './health.js';

describe('readResponse', () => {
  it('returns data', () => {
    expect(readResponse(200, { data: { stats: { jobs: 6 } } })).toEqual({ stats: { jobs: 6 } });
  });

  it('throws the API’s error code', () => {
    const read = () =>
      readResponse(404, {
        errors: [{ message: 'No node has the id "x".', extensions: { code: 'NOT_FOUND' } }],
      });
    expect(read).toThrow(ApiError);
    expect(read).toThrow(expect.objectContaining({ code: 'NOT_FOUND', status: 404, isOutage: false }));
  });

  it('treats DATABASE_UNAVAILABLE and a bare 503 as an outage', () => {
    expect(() =>
      readResponse(503, { errors: [{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }),
    ).toThrow(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', isOutage: true }));
    expect(() => readResponse(503, null)).toThrow(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }));
  });

  it('reports an answer without data', () => {
    expect(() => readResponse(500, {})).toThrow(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }));
  });
});

describe('healthFromStatus', () => {
  it('maps /health answers to banner states', () => {
    expect(healthFromStatus(200)).toBe('ok');
    expect(healthFromStatus(503)).toBe('database-down');
    expect(healthFromStatus(null)).toBe('server-down');
    expect(healthFromStatus(502)).toBe('server-down');
  });
});
