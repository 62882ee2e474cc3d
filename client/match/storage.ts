/** Where the posting is kept between visits. Versioned, so a later shape can ignore an older one. */
export const STORAGE_KEY = 'skillgraph.match.v1';

/** What a reload needs to show the same match again: the posting, and whether the panel was open. */
export interface SavedMatch {
  text: string;
  open: boolean;
}

/**
 * The posting in the browser's localStorage, so a reload keeps the match. It stays on this machine: the explorer
 * sends it only to this server's /graphql when the match runs. Storage that is full or refused (private windows,
 * a blocked site) loses the posting across reloads, nothing more, so those errors are swallowed on purpose.
 */
export class MatchStorage {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {}

  load(): SavedMatch | null {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const value = JSON.parse(raw) as Partial<SavedMatch>;
      if (typeof value.text !== 'string' || !value.text.trim()) return null;
      return { text: value.text, open: value.open === true };
    } catch {
      return null;
    }
  }

  save(saved: SavedMatch): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Full or refused: the match still shows, it just will not survive a reload.
    }
  }

  /** Remembers whether the panel is open, for a posting already kept. */
  setOpen(open: boolean): void {
    const saved = this.load();
    if (saved && saved.open !== open) this.save({ ...saved, open });
  }

  clear(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing kept to remove.
    }
  }
}
