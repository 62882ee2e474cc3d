import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../../server/http/app.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

// Regression: the Host header was not checked, so a page on evil.example could rebind its name to 127.0.0.1 and
// read the graph (DNS rebinding); no Content-Security-Policy, framing allowed, GraphiQL served in production.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with any Host header (fetch will not send a forged one). */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-safe serving', () => {
  let server: TestServer;
  let open: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    open = await startTestServer({
      seed: false,
      env: { SKILLGRAPH_GRAPHIQL: 'true', SKILLGRAPH_ALLOWED_HOSTS: 'skillgraph.example.com' },
    });
  });
  afterAll(async () => {
    await server.close();
    await open.close();
  });

  it('answers only to its own host names; a rebound name gets 421 HOST_NOT_ALLOWED on every path', async () => {
    const port = new URL(server.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await get(server.url, '/health', { host })).status, host).toBe(200);
    }
    for (const path of ['/', '/health', '/graphql?query=%7Bstats%7Bjobs%7D%7D', '/assets/x.js']) {
      const answer = await get(server.url, path, { host: `evil.example:${port}` });
      expect(answer.status, path).toBe(421);
      expect(JSON.parse(answer.body).errors[0]).toMatchObject({
        extensions: { code: 'HOST_NOT_ALLOWED' },
        message: expect.stringMatching(/"evil.example:\d+".*SKILLGRAPH_ALLOWED_HOSTS/),
      });
    }
    expect((await get(server.url, '/health', { host: 'skillgraph.example.com' })).status).toBe(421);
    expect((await get(open.url, '/health', { host: 'skillgraph.example.com' })).status).toBe(200);
  });

  it('sends a Content-Security-Policy that allows only this origin, no framing, no sniffing, no referrer', async () => {
    const page = await get(server.url, '/');
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    // The API answers carry them too.
    expect((await get(server.url, '/health'))?.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves GraphiQL in production only when SKILLGRAPH_GRAPHIQL=true, at either address', async () => {
    expect((await get(server.url, '/graphiql')).status).toBe(404);
    expect((await get(server.url, '/graphiql.html')).status).toBe(404);
    const graphiql = await get(open.url, '/graphiql');
    expect(graphiql.status).toBe(200);
    expect(graphiql.body).toContain('GraphiQL');
  });

  it('compresses answers, and caches the hashed assets for a year while HTML is revalidated', async () => {
    const page = await get(server.url, '/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = readdirSync(join(CLIENT_DIR, 'assets')).find((f) => f.endsWith('.js')) as string;
    const js = await get(server.url, `/assets/${asset}`, { 'accept-encoding': 'gzip' });
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-encoding']).toBe('gzip');
    const missing = await get(server.url, '/assets/no-such-file.js');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
