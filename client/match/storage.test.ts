import { describe, expect, it } from 'vitest';
import { MatchStorage, STORAGE_KEY } from './storage.js';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('MatchStorage', () => {
  it('keeps the posting and whether the panel was open, and forgets both on clear', () => {
    const store = memory();
    const storage = new MatchStorage(store);
    storage.save({ text: '- Kafka', open: true });
    expect(new MatchStorage(store).load()).toEqual({ text: '- Kafka', open: true });
    storage.setOpen(false);
    expect(storage.load()).toEqual({ text: '- Kafka', open: false });
    storage.clear();
    expect(store.items.has(STORAGE_KEY)).toBe(false);
    expect(storage.load()).toBeNull();
  });

  it('ignores what it cannot read: nothing kept, another shape, an empty posting', () => {
    const store = memory();
    const storage = new MatchStorage(store);
    expect(storage.load()).toBeNull();
    store.items.set(STORAGE_KEY, 'not json');
    expect(storage.load()).toBeNull();
    store.items.set(STORAGE_KEY, JSON.stringify({ text: '  ' }));
    expect(storage.load()).toBeNull();
    expect(new MatchStorage(null).load()).toBeNull();
  });

  it('goes on without keeping anything when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const storage = new MatchStorage(refusing);
    expect(() => storage.save({ text: '- Kafka', open: false })).not.toThrow();
    expect(storage.load()).toBeNull();
    expect(() => storage.clear()).not.toThrow();
  });
});
