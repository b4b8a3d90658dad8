import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../contracts/label.ts';
import type { AtlasStore } from '../kernel/store.ts';
import { messagesVersion, onMessagesLoaded, translator, type Translate } from '../i18n/messages.ts';
import type { AtlasInstance } from './atlasInstance.ts';

export const AtlasContext = createContext<AtlasInstance | null>(null);

export function useAtlas(): AtlasInstance {
  const inst = useContext(AtlasContext);
  if (!inst) throw new Error('useAtlas() outside <AtlasContext.Provider>');
  return inst;
}

/** Subscribes a component to a slice of its own atlas instance's store. */
export function useAtlasState<T>(selector: (s: AtlasStore) => T): T {
  return useStore(useAtlas().store, selector);
}

/** The UI language, from the state (it changes at run time). */
export const useLocale = (): Locale => useAtlasState((s) => s.locale);

/** Redraws a component when a language's UI strings arrive (they load on demand). */
export const useMessagesVersion = (): number => useSyncExternalStore(onMessagesLoaded, messagesVersion);

/** The UI strings in the state's language (redrawn when that language's table arrives). */
export function useT(): Translate {
  useMessagesVersion();
  return translator(useLocale());
}
