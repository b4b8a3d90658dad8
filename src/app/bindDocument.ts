// The page around the atlas follows its language: `<html lang>` (screen readers pick their voice by
// it, browsers their fonts) and the title.
import { onMessagesLoaded, translator } from '../i18n/messages.ts';
import type { AtlasInstance } from './atlasInstance.ts';

export function bindDocument({ store }: AtlasInstance): () => void {
  const apply = (locale: ReturnType<typeof store.getState>['locale']) => {
    document.documentElement.lang = locale;
    document.title = `${translator(locale)('appTitle')} · GBA Plan Atlas`;
  };
  apply(store.getState().locale);
  const offMessages = onMessagesLoaded(() => apply(store.getState().locale));
  const offState = store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) apply(s.locale);
  });
  return () => {
    offMessages();
    offState();
  };
}
