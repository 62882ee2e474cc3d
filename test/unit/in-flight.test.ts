import { describe, expect, it } from 'vitest';
import { InFlightReads } from '../../server/graphql/in-flight.js';

/** A read that resolves (or rejects) when the test says so, counting how often it was started. */
function controllable() {
  let started = 0;
  let settle: { resolve: (v: string) => void; reject: (e: Error) => void } | undefined;
  const read = () => {
    started++;
    return new Promise<string>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  return { read, started: () => started, settle: () => settle as NonNullable<typeof settle> };
}

describe('InFlightReads', () => {
  it('runs identical reads in flight at once a single time, and gives each caller the result', async () => {
    const inFlight = new InFlightReads();
    const c = controllable();
    const a = inFlight.run('graph|{}', c.read);
    const b = inFlight.run('graph|{}', c.read);
    expect(c.started()).toBe(1);
    c.settle().resolve('rows');
    await expect(Promise.all([a, b])).resolves.toEqual(['rows', 'rows']);
  });

  it('keeps nothing once the read is over', async () => {
    const inFlight = new InFlightReads();
    const c = controllable();
    const first = inFlight.run('k', c.read);
    c.settle().resolve('old');
    await first;
    expect(inFlight.size).toBe(0);
    const second = inFlight.run('k', c.read);
    expect(c.started()).toBe(2);
    c.settle().resolve('new');
    await expect(second).resolves.toBe('new');
  });

  it('runs different keys separately', () => {
    const inFlight = new InFlightReads();
    const c = controllable();
    void inFlight.run('a', c.read);
    void inFlight.run('b', c.read);
    expect(c.started()).toBe(2);
    expect(inFlight.size).toBe(2);
  });

  it('gives every caller the failure, then forgets it', async () => {
    const inFlight = new InFlightReads();
    const c = controllable();
    const a = inFlight.run('k', c.read);
    const b = inFlight.run('k', c.read);
    c.settle().reject(new Error('database unavailable'));
    await expect(a).rejects.toThrow('database unavailable');
    await expect(b).rejects.toThrow('database unavailable');
    expect(inFlight.size).toBe(0);
  });
});
