// Keeps the URL and the store in step. The map position is MapLibre's `map=` (replaced as the map
// moves, so panning adds no history); everything else is ours: a discrete change (a selection, a
// layer, a panel, a filter) adds a history entry so Back undoes it, typing a search replaces one.
import { useEffect } from 'react';
import { decodeUrlState, sameUrlState, withUrlState, type UrlState } from '../embed/urlState.ts';
import { translator } from '../i18n/messages.ts';
import type { AtlasState } from '../store/types.ts';
import type { AtlasInstance } from './atlasInstance.ts';

const urlPart = (s: AtlasState): UrlState => ({ layers: s.layers, opacity: s.opacity, selection: s.selection, panel: s.panel, itemFilter: s.itemFilter });

/** Applies the state a URL hash carries; tells the user about any part it had to ignore. */
export function applyUrlHash(inst: AtlasInstance, hash: string): void {
  const { state, ignored } = decodeUrlState(hash);
  const { actions } = inst.store.getState();
  actions.urlStateApplied(state);
  if (ignored.length) actions.noticeAdded(`${translator(inst.locale)('urlIgnored')}${ignored.join('、')}`);
}

export function useUrlSync(inst: AtlasInstance): void {
  useEffect(() => {
    const unsubscribe = inst.store.subscribe((s, prev) => {
      // Nothing of ours changed, or the URL already says it (a shared link, a history step).
      if (s.layers === prev.layers && s.opacity === prev.opacity && s.selection === prev.selection && s.panel === prev.panel && s.itemFilter === prev.itemFilter) return;
      if (sameUrlState(decodeUrlState(window.location.hash).state, urlPart(s))) return;
      const next = withUrlState(window.location.hash, urlPart(s));
      const url = `${window.location.pathname}${window.location.search}${next}`;
      // Typing and dragging a slider replace the entry; one step of Back should not undo a keystroke.
      const typing = s.itemFilter.query !== prev.itemFilter.query || s.opacity !== prev.opacity;
      if (typing) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
    });
    const onPop = () => applyUrlHash(inst, window.location.hash);
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [inst]);
}
