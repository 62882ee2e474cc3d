import { describe, expect, it } from 'vitest';
import { distance } from '../../seed/taxonomy/suggest.js';
import { KnownTools } from '../../server/graphql/known-tools.js';

describe('KnownTools (the taxonomy behind whereUsed)', () => {
  const known = KnownTools.default;

  it('knows tools by any spelling, whatever the graph holds', () => {
    expect(known.lookup('k8s')).toMatchObject({ id: 'tool:kubernetes', name: 'Kubernetes' });
    expect(known.lookup('K8S')?.aliases.map((a) => a.toLowerCase())).toContain('k8s');
    expect(known.lookup('postgres')).toMatchObject({ name: 'PostgreSQL' });
    expect(known.lookup('no such tool at all')).toBeNull();
  });

  it('ranks suggestions by their closest spelling, aliases included, and drops far ones', () => {
    expect(known.rank('postgres', ['PostGIS', 'PostgreSQL'])).toEqual(['PostgreSQL', 'PostGIS']);
    expect(known.rank('kafak', ['Azure Key Vault', 'Apache Kafka'])).toEqual(['Apache Kafka']);
  });

  it('counts a transposition as one edit', () => {
    expect(distance('kafak', 'kafka')).toBe(1);
    expect(distance('kubernetes', 'kubernetse')).toBe(1);
    expect(distance('go', 'terraform')).toBeGreaterThan(4);
  });
});
