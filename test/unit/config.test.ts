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
    expect(config.http).toEqual({ port: 4000, host: '127.0.0.1', maxBody: '100kb' });
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
});
