// The user's own Tianditu key: entered once, kept in this browser's localStorage, and read only by the
// code that asks Tianditu for tiles. It is never part of the snapshot, so it is never in a link, an
// embed snippet, a deck, a saved view or an export. Storage may be refused (a sandboxed frame, private
// browsing): the key then lasts for the page's life.
const STORAGE_KEY = 'gba-atlas:tianditu-key';

export interface KeyStore {
  get(): string | null;
  set(key: string | null): void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createKeyStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): KeyStore {
  let memory: string | null = null;
  try {
    memory = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    memory = null;
  }
  const listeners = new Set<() => void>();
  return {
    get: () => memory,
    set(key) {
      memory = key;
      try {
        if (key === null) storage?.removeItem(STORAGE_KEY);
        else storage?.setItem(STORAGE_KEY, key);
      } catch {
        // Kept in memory only.
      }
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
