import { describe, expect, it } from 'vitest';
import { Recovery } from '../../server/http/recovery.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function harness(options: { warmAfterMs: number; handled?: boolean }) {
  let up = false;
  let warmed = 0;
  let finishWarm: () => void = () => {};
  const recovery = new Recovery({
    ping: async () => up,
    warmUp: () =>
      new Promise<void>((resolve) => {
        warmed += 1;
        finishWarm = resolve;
      }),
    handledElsewhere: () => options.handled ?? false,
    log: () => {},
    pollMs: 10,
    warmAfterMs: options.warmAfterMs,
  });
  return {
    recovery,
    setUp: (value: boolean) => {
      up = value;
    },
    warmed: () => warmed,
    finishWarm: () => finishWarm(),
  };
}

describe('recovery after an outage', () => {
  it('warms the queries once after an outage long enough to be a restart, holding requests back meanwhile', async () => {
    const h = harness({ warmAfterMs: 50 });
    h.recovery.unavailable();
    expect(h.recovery.state).toBe('down');
    await sleep(80);
    h.setUp(true);
    await expect.poll(() => h.recovery.state).toBe('warming');
    // More failures while warming do not start another outage.
    h.recovery.unavailable();
    expect(h.warmed()).toBe(1);
    h.finishWarm();
    await expect.poll(() => h.recovery.state).toBe('ready');
    expect(h.warmed()).toBe(1);
  });

  it('holds nothing back after a blip, or when the supervisor restarts and warms the database itself', async () => {
    const blip = harness({ warmAfterMs: 10_000 });
    blip.recovery.unavailable();
    blip.setUp(true);
    await expect.poll(() => blip.recovery.state).toBe('ready');
    expect(blip.warmed()).toBe(0);

    const supervised = harness({ warmAfterMs: 0, handled: true });
    supervised.recovery.unavailable();
    supervised.recovery.available();
    expect(supervised.recovery.state).toBe('ready');
    expect(supervised.warmed()).toBe(0);
  });

  it('stops watching when closed', async () => {
    const h = harness({ warmAfterMs: 0 });
    h.recovery.unavailable();
    h.recovery.close();
    h.setUp(true);
    await sleep(50);
    expect(h.recovery.state).toBe('ready');
    expect(h.warmed()).toBe(0);
  });
});
