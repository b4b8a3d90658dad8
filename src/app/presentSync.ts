// The snapshot's `presentation` and the open deck kept together: a link, Back or Forward, or
// `gbaAtlas.setState` that names a deck and slide opens that deck or shows that slide; one that names
// none leaves the deck. All of it through the presentation commands.
import type { AtlasInstance } from './atlasInstance.ts';

export function startPresentSync(inst: AtlasInstance): () => void {
  const { store } = inst;
  let opening: string | null = null;
  const reconcile = () => {
    const s = store.getState();
    if (s.status !== 'ready') return;
    const want = s.presentation;
    const open = s.present;
    if (!want) {
      if (open) inst.commands.runNow('present.exit');
      return;
    }
    if (!open || open.deck.id !== want.deck) {
      const key = `${want.deck}/${want.slide}`;
      if (opening === key) return;
      opening = key;
      void inst.commands.run('present.open', { deck: want.deck, slide: want.slide }).then((r) => {
        opening = null;
        // A deck that cannot be opened (the user was told why) leaves no presentation behind.
        if (!r.ok && store.getState().presentation?.deck === want.deck && !store.getState().present) {
          inst.correctingUrl();
          inst.commands.runNow('present.exit');
        }
      });
      return;
    }
    // A slide past the end (a link to slide 99) shows the last one.
    if (open.slide !== want.slide) inst.commands.runNow('present.goTo', { slide: Math.min(want.slide, open.slides.length) });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.presentation !== prev.presentation || s.status !== prev.status) reconcile();
  });
  reconcile();
  return unsubscribe;
}
