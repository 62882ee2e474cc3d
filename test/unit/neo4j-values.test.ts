import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParams, toPlain } from '../../db/values.js';

describe('toPlain (driver values → JSON values at the data edge)', () => {
  it('turns Integers into numbers, however deep they sit in maps and lists', () => {
    const row = {
      jobCount: neo4j.int(3),
      usages: [{ line: neo4j.int(42), evidence: [{ n: neo4j.int(-7) }] }],
    };
    expect(toPlain(row)).toEqual({ jobCount: 3, usages: [{ line: 42, evidence: [{ n: -7 }] }] });
  });

  it('refuses an Integer a number cannot hold exactly', () => {
    expect(() => toPlain({ big: neo4j.int('9007199254740993') })).toThrow(/exceeds 2\^53/);
  });

  it('keeps strings, booleans, floats and nulls, and turns undefined into null', () => {
    expect(toPlain({ s: 'Kafka', b: true, f: 0.5, n: null })).toEqual({
      s: 'Kafka',
      b: true,
      f: 0.5,
      n: null,
    });
    expect(toPlain(undefined)).toBeNull();
  });

  it('turns temporal values into ISO strings and nodes into their properties', () => {
    const date = new neo4j.types.Date(2024, 3, 9);
    const node = new neo4j.types.Node(neo4j.int(1), ['Tool'], {
      id: 'tool:apache-kafka',
      weight: neo4j.int(2),
    });
    expect(toPlain({ date, node })).toEqual({
      date: '2024-03-09',
      node: { id: 'tool:apache-kafka', weight: 2 },
    });
  });

  it('copies own keys only, including maps without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { constructor: neo4j.int(1) });
    const inherited = Object.create({ leaked: 1 }) as Record<string, unknown>;
    inherited.own = 2;
    expect(toPlain(bare)).toEqual({ constructor: 1 });
    expect(toPlain(inherited)).toEqual({ own: 2 });
  });
});

describe('toParams', () => {
  it('sends whole numbers as Integers and leaves fractions as floats', () => {
    const params = toParams({ first: 10, ratio: 0.5, ids: [1, 2] });
    expect(neo4j.isInt(params.first)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(params.ids.every((n) => neo4j.isInt(n))).toBe(true);
  });
});
