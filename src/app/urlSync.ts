// Keeps the URL and the store in step. The map position is MapLibre's `map=` (replaced as the map
// moves, so panning adds no history); everything else is ours: a discrete change (a selection, a
// layer, a panel, a filter) adds a history entry so Back undoes it, typing a search replaces one.
import { useEffect } from 'react';
import { decodeUrlState, sameUrlState, withUrlState, type UrlState } from '../embed/urlState.ts';
import { translator } from '../i18n/messages.ts';
import type { AtlasState } from '../kernel/state.ts';
import type { AtlasInstance } from './atlasInstance.ts';

const urlPart = (s: AtlasState): UrlState => ({ layers: s.layers, opacity: s.opacity, selection: s.selection, panel: s.panel, itemFilter: s.itemFilter });

/** Applies the state a URL hash carries; tells the user about any part it had to ignore. */
export function applyUrlHash(inst: AtlasInstance, hash: string): void {
  const { state, ignored } = decodeUrlState(hash);
  const { actions } = inst.store.getState();
  actions.urlStateApplied(state);
  if (ignored.length) actions.noticeAdded(`${translator(inst.locale)('urlIgnored')}${ignored.join(translator(inst.locale)('listSeparator'))}`);
}

/** Typing and sliding settle for this long before the URL follows (each write costs a few ms). */
const SETTLE_MS = 300;
/** A step of its own is written just after the frame that shows it: pushState takes several ms,
 * which the click or keystroke that caused it should not wait for. */
const STEP_MS = 40;

export function useUrlSync(inst: AtlasInstance): void {
  useEffect(() => {
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let stepTimer: ReturnType<typeof setTimeout> | undefined;
    // Steps not yet written, oldest first: each keeps its own history entry, however quick.
    let steps: UrlState[] = [];
    const write = (state: UrlState, push: boolean) => {
      // The URL may already say it (a shared link, a history step): then there is nothing to write.
      if (sameUrlState(decodeUrlState(window.location.hash).state, state)) return;
      const url = `${window.location.pathname}${window.location.search}${withUrlState(window.location.hash, state)}`;
      if (push) window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    };
    const writeSteps = () => {
      for (const state of steps) write(state, true);
      steps = [];
    };
    const unsubscribe = inst.store.subscribe((s, prev) => {
      if (s.layers === prev.layers && s.opacity === prev.opacity && s.selection === prev.selection && s.panel === prev.panel && s.itemFilter === prev.itemFilter) return;
      clearTimeout(typingTimer);
      // Typing and dragging a slider replace the entry once they settle; one step of Back should
      // not undo a keystroke. Anything else is a step of its own.
      const typing = s.itemFilter.query !== prev.itemFilter.query || s.opacity !== prev.opacity;
      if (typing) {
        typingTimer = setTimeout(() => write(urlPart(inst.store.getState()), false), SETTLE_MS);
        return;
      }
      steps.push(urlPart(s));
      clearTimeout(stepTimer);
      stepTimer = setTimeout(writeSteps, STEP_MS);
    });
    const onPop = () => {
      // Back or Forward wins over steps not yet written: they belonged to the page being left.
      clearTimeout(stepTimer);
      steps = [];
      applyUrlHash(inst, window.location.hash);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      clearTimeout(typingTimer);
      clearTimeout(stepTimer);
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [inst]);
}
