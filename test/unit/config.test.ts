import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({ uri: undefined, user: 'neo4j', password: undefined, database: 'neo4j' });
    expect(config.local.home).toBe(join(homedir(), '.skillgraph'));
    expect(config.local.version).toBe('5.26.31');
    expect(config.http).toEqual({
      port: 4000,
      host: '127.0.0.1',
      maxBody: '256kb',
      allowedHosts: ['localhost', '127.0.0.1', '::1'],
      graphiql: true,
    });
    expect(config.graphql).toMatchObject({ maxCost: 500_000, maxAnswerBytes: 16 * 1024 * 1024 });
    expect(config.graphql.queryTimeoutMs).toBe(5000);
    expect(config.graphql.production).toBe(false);
  });

  it('reads every variable once, and treats blank values as unset', () => {
    const config = loadConfig({
      NEO4J_URI: ' ',
      PORT: '8080',
      HOST: '0.0.0.0',
      SKILLGRAPH_QUERY_TIMEOUT_MS: '2500',
      NODE_ENV: 'production',
    });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.http.port).toBe(8080);
    expect(config.graphql).toMatchObject({ queryTimeoutMs: 2500, production: true });
  });

  it('fails fast with every problem listed', () => {
    expect(() => loadConfig({ PORT: 'eighty', SKILLGRAPH_NEO4J_VERSION: '4.4.0' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', SKILLGRAPH_NEO4J_VERSION: '4.4.0' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/SKILLGRAPH_NEO4J_VERSION: a Neo4j 5\.26\.x version/);
    }
  });

  it('answers to localhost, HOST and SKILLGRAPH_ALLOWED_HOSTS only, and refuses names that are not hosts', () => {
    const config = loadConfig({
      HOST: '192.168.1.20',
      SKILLGRAPH_ALLOWED_HOSTS: 'Skillgraph.Example.com, [fd00::1]',
    });
    expect(config.http.allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '::1',
      '192.168.1.20',
      'skillgraph.example.com',
      'fd00::1',
    ]);
    // "Every interface" is not a name a browser sends.
    expect(loadConfig({ HOST: '0.0.0.0' }).http.allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(() => loadConfig({ SKILLGRAPH_ALLOWED_HOSTS: 'ok.example, evil.example/path' })).toThrow(
      /SKILLGRAPH_ALLOWED_HOSTS: "evil.example\/path" is not a host name/,
    );
  });

  it('serves GraphiQL in development, and in production only when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).http.graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SKILLGRAPH_GRAPHIQL: 'true' }).http.graphiql).toBe(true);
    expect(loadConfig({ SKILLGRAPH_GRAPHIQL: 'false' }).http.graphiql).toBe(false);
    expect(() => loadConfig({ SKILLGRAPH_GRAPHIQL: 'yes' })).toThrow(/SKILLGRAPH_GRAPHIQL/);
  });

  it('reads the answer cap as a size', () => {
    expect(loadConfig({ SKILLGRAPH_MAX_ANSWER: '512kb' }).graphql.maxAnswerBytes).toBe(512 * 1024);
    expect(() => loadConfig({ SKILLGRAPH_MAX_ANSWER: 'lots' })).toThrow(/SKILLGRAPH_MAX_ANSWER/);
  });
});
