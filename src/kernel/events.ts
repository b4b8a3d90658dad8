// Events to the outside come from the state, not from the map: one observer of the store emits them
// once a change has settled (after the synchronous work that made it, so a burst of updates is one
// event), and only when what it reports has changed. A listener that sets the state it was given
// therefore causes no further event, and an echoing listener terminates.
import { Emitter } from './emitter.ts';
import { canonicalJson } from './snapshot.ts';
import type { AtlasStoreApi } from './store.ts';
import { snapshotOf, type MapView, type Presentation, type Selection, type Snapshot } from './state.ts';

export interface AtlasEvents extends Record<string, unknown> {
  /** The map is idle with every layer drawn. Sticky: late listeners are called at once. */
  ready: Snapshot;
  /** What a person sees changed (the view once a move ends, layers, selection, panel, filters, language …). */
  statechange: Snapshot;
  /** The map's view changed (once a move ends). */
  viewchange: MapView;
  /** The selection changed (null: nothing selected). */
  select: Selection | null;
  /** The deck or slide shown changed (null: the presentation ended). */
  slidechange: Presentation | null;
  /** Loading failed; the payload is the message shown to the user. Sticky. */
  error: string;
}

export const createEventEmitter = () => new Emitter<AtlasEvents>(['ready', 'error'], (p) => structuredClone(p));

export function observeStore(store: AtlasStoreApi, events: Emitter<AtlasEvents>): () => void {
  let scheduled = false;
  let ready = false;
  let errored = false;
  let lastState = '';
  let lastSelection = 'null';
  let lastView = '';
  let lastSlide = 'null';

  const flush = () => {
    scheduled = false;
    const s = store.getState();
    if (s.status === 'error' && !errored) {
      errored = true;
      events.emit('error', s.error ?? '');
    }
    if (s.status !== 'ready') return;
    const snapshot = snapshotOf(s);
    const json = canonicalJson(snapshot);
    const selection = JSON.stringify(s.selection);
    const view = JSON.stringify(snapshot.view);
    const slide = JSON.stringify(snapshot.presentation);
    if (!ready) {
      ready = true;
      lastState = json;
      lastSelection = selection;
      lastView = view;
      lastSlide = slide;
      events.emit('ready', snapshot);
      return;
    }
    if (view !== lastView) {
      lastView = view;
      events.emit('viewchange', snapshot.view);
    }
    if (selection !== lastSelection) {
      lastSelection = selection;
      events.emit('select', snapshot.selection);
    }
    if (slide !== lastSlide) {
      lastSlide = slide;
      events.emit('slidechange', snapshot.presentation);
    }
    if (json !== lastState) {
      lastState = json;
      events.emit('statechange', snapshot);
    }
  };

  const unsubscribe = store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(flush);
  });
  flush();
  return unsubscribe;
}
