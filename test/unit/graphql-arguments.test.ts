import { describe, expect, it } from 'vitest';
import {
  bounded,
  fuzzyQuery,
  prefixQuery,
  searchQuery,
  text,
  toolKey,
} from '../../server/graphql/arguments.js';
import { BadUserInputError } from '../../server/graphql/errors.js';

describe('argument checks', () => {
  it('reads the tool out of a question', () => {
    expect(toolKey('Kafka')).toBe('kafka');
    expect(toolKey('  where did I use   Confluent Kafka?  ')).toBe('confluent kafka');
    expect(toolKey('Where have I used "Spark SQL"')).toBe('spark sql');
    expect(toolKey('C++')).toBe('c++');
  });

  it('bounds integers with a message naming the argument and its range', () => {
    expect(bounded('first', undefined, 1, 100, 20)).toBe(20);
    expect(() => bounded('first', 1_000_000, 1, 1000, 100)).toThrow(BadUserInputError);
    expect(() => bounded('first', 1_000_000, 1, 1000, 100)).toThrow(
      '"first" must be an integer from 1 to 1000; got 1000000.',
    );
    expect(() => bounded('depth', 0, 1, 3, 1)).toThrow(/from 1 to 3/);
  });

  it('refuses empty and oversized strings', () => {
    expect(() => text('tool', '   ')).toThrow('"tool" must not be empty.');
    expect(() => text('tool', 'x'.repeat(201))).toThrow(/longer than 200/);
  });

  it('builds Lucene queries from words only, so no Lucene syntax passes through', () => {
    expect(fuzzyQuery('kafak')).toBe('kafak~');
    expect(prefixQuery('apache kaf')).toBe('apache* AND kaf*');
    expect(searchQuery('partitioning BigQuery')).toBe(
      '(partitioning^2 OR partitioning*) AND (bigquery^2 OR bigquery*)',
    );
    expect(searchQuery('") OR 1=1 //')).toBe('(or^2 OR or*) AND (1^2 OR 1*) AND (1^2 OR 1*)');
    expect(() => searchQuery('!!! ???')).toThrow(BadUserInputError);
    expect(prefixQuery('***')).toBeNull();
  });
});
