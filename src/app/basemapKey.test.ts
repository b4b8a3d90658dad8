import { describe, expect, it } from 'vitest';
import { createKeyStore } from './basemapKey.ts';

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

describe('the Tianditu key store', () => {
  it('keeps the key in storage, reads it back in a new page, forgets it, and tells its listeners', () => {
    const storage = memoryStorage();
    const a = createKeyStore(storage);
    let heard = 0;
    a.subscribe(() => heard++);
    expect(a.get()).toBe(null);
    a.set('0123456789abcdef0123456789abcdef');
    expect(createKeyStore(storage).get()).toBe('0123456789abcdef0123456789abcdef');
    a.set(null);
    expect(createKeyStore(storage).get()).toBe(null);
    expect(storage.m.size).toBe(0);
    expect(heard).toBe(2);
  });
  it('works for the page’s life where storage is refused', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const s = createKeyStore(refusing);
    s.set('abcdefgh12');
    expect(s.get()).toBe('abcdefgh12');
    expect(createKeyStore(null).get()).toBe(null);
  });
});
