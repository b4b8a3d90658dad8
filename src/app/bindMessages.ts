// The UI strings follow the state's language: a language's table is loaded when the state first
// asks for it (what is drawn meanwhile uses Simplified Chinese, then redraws), and once the map is
// ready the other languages are fetched in the background so that switching is immediate.
import { LOCALES } from '../contracts/label.ts';
import { loadMessages } from '../i18n/messages.ts';
import type { AtlasInstance } from './atlasInstance.ts';

const load = (locale: Parameters<typeof loadMessages>[0]) =>
  loadMessages(locale).catch((e: unknown) => console.warn(`UI strings for ${locale} could not be loaded:`, e));

export function bindMessages({ store }: AtlasInstance): () => void {
  let preloaded = false;
  return store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) void load(s.locale);
    if (!preloaded && s.status === 'ready') {
      preloaded = true;
      for (const l of LOCALES) void load(l);
    }
  });
}
