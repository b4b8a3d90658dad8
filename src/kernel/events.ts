// Events to the outside come from the state, not from the map: one observer of the store emits them
// once a change has settled (after the synchronous work that made it, so a burst of updates is one
// event), and only when what it reports has changed. A listener that sets the state it was given
// therefore causes no further event, and an echoing listener terminates.
import { Emitter } from './emitter.ts';
import { canonicalJson } from './snapshot.ts';
import type { AtlasStoreApi } from './store.ts';
import { snapshotOf, type Selection, type Snapshot } from './state.ts';

export interface AtlasEvents extends Record<string, unknown> {
  /** The map is idle with every layer drawn. Sticky: late listeners are called at once. */
  ready: Snapshot;
  /** What a person sees changed (the view once a move ends, layers, selection, panel, filters, language …). */
  statechange: Snapshot;
  /** The selection changed (null: nothing selected). */
  select: Selection | null;
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
    if (!ready) {
      ready = true;
      lastState = json;
      lastSelection = selection;
      events.emit('ready', snapshot);
      return;
    }
    if (selection !== lastSelection) {
      lastSelection = selection;
      events.emit('select', snapshot.selection);
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
