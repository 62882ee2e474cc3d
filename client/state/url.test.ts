import { describe, expect, it } from 'vitest';
import { queryForState } from './graphiql-link.js';
import { DEFAULT_STATE, decodeState, type ExplorerState, encodeState } from './url.js';

describe('URL state', () => {
  it('leaves defaults out, so the plain explorer has a plain URL', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips focus, filters, view, layout, path and expansions', () => {
    const state: ExplorerState = {
      focus: 'tool:apache-kafka',
      ask: null,
      path: ['tool:apache-kafka', 'company:etsy'],
      types: ['JOB', 'COMPANY', 'TOOL'],
      category: 'category:streaming',
      person: 'person:me',
      minJobs: 2,
      view: 'matrix',
      layout: 'categories',
      expanded: ['job:me:1', 'challenge:me:1:2'],
    };
    const query = encodeState(state);
    expect(decodeState(query)).toEqual(state);
    expect(decodeState(`?${query}`)).toEqual(state);
    expect(query).toContain('focus=tool%3Aapache-kafka');
  });

  it('writes types in a fixed order, so equal states give equal links', () => {
    const a = encodeState({ ...DEFAULT_STATE, types: ['TOOL', 'JOB'] });
    const b = encodeState({ ...DEFAULT_STATE, types: ['JOB', 'TOOL'] });
    expect(a).toBe(b);
    expect(a).toBe('types=JOB%2CTOOL');
  });

  it('starts from the picture of recurrence: jobs, companies and tools used in two or more jobs', () => {
    expect(DEFAULT_STATE.types).toEqual(['JOB', 'COMPANY', 'TOOL']);
    expect(DEFAULT_STATE.minJobs).toBe(2);
    expect(encodeState({ ...DEFAULT_STATE, minJobs: 1 })).toBe('minJobs=1');
    expect(
      decodeState('types=PERSON,JOB,COMPANY,TOOL,CATEGORY,CHALLENGE,INCIDENT&minJobs=1').types,
    ).toHaveLength(7);
  });

  it('knows the four views, and opens an old recurrence-rings link in the Recurrence view', () => {
    for (const view of ['graph', 'recurrence', 'matrix', 'timeline'] as const)
      expect(decodeState(encodeState({ ...DEFAULT_STATE, view })).view).toBe(view);
    expect(decodeState('layout=rings')).toMatchObject({ view: 'recurrence', layout: 'force' });
  });

  it('ignores malformed values instead of failing', () => {
    const state = decodeState(
      '?view=table&layout=spiral&minJobs=-3&types=JOB,NOPE&from=tool:a&expand=&expand=x&expand=x',
    );
    expect(state.view).toBe('graph');
    expect(state.layout).toBe('force');
    expect(state.minJobs).toBe(1);
    expect(state.types).toEqual(['JOB']);
    expect(state.path).toBeNull();
    expect(state.expanded).toEqual(['x']);
  });
});

describe('GraphiQL link', () => {
  it('prefills the focused tool’s whereUsed query with literal arguments', () => {
    const query = queryForState(
      { ...DEFAULT_STATE, focus: 'tool:apache-kafka' },
      {
        id: 'tool:apache-kafka',
        type: 'TOOL',
        label: 'Apache Kafka',
      },
    );
    expect(query).toContain('whereUsed(tool: "Apache Kafka")');
    expect(query).toContain('evidence { text section line }');
  });

  it('asks for a job by id, a path by its ends, and the filtered graph otherwise', () => {
    expect(
      queryForState(
        { ...DEFAULT_STATE, focus: 'job:me:1' },
        { id: 'job:me:1', type: 'JOB', label: 'Team Lead' },
      ),
    ).toContain('job(id: "job:me:1")');
    expect(queryForState({ ...DEFAULT_STATE, path: ['tool:a', 'company:b'] }, null)).toContain(
      'shortestPath(from: "tool:a", to: "company:b")',
    );
    expect(queryForState({ ...DEFAULT_STATE, minJobs: 3, types: ['JOB', 'TOOL'] }, null)).toContain(
      'graph(types: [JOB, TOOL], minJobs: 3)',
    );
  });
});
