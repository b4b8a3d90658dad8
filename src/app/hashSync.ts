// The app owns the URL hash: it writes the whole hash from the snapshot (view included) and applies a
// hash the browser goes back or forward to. A move of the map replaces the current entry; a discrete
// change (a selection, a layer, a panel, a filter, the language) adds one, so Back undoes it; typing a
// search and dragging a slider replace it once they settle. Framed in another page, every write
// replaces: the host's Back button is not filled with map steps. Presenting, moving between slides
// replaces the entry; opening or leaving the deck adds one.
import { decodeHash, encodeHash } from '../kernel/hash.ts';
import { defaultSnapshot } from '../kernel/defaults.ts';
import { canonicalJson } from '../kernel/snapshot.ts';
import { snapshotOf, type Snapshot } from '../kernel/state.ts';
import type { AtlasInstance } from './atlasInstance.ts';

/** Typing and sliding settle for this long before the URL follows (each write costs a few ms). */
const SETTLE_MS = 300;
/** A step of its own is written just after the frame that shows it: pushState takes several ms,
 * which the click or keystroke that caused it should not wait for. */
const STEP_MS = 40;

type Change = 'view' | 'typing' | 'step';

function classify(a: Snapshot, b: Snapshot): Change {
  // Within a presentation every change replaces the entry (a slide, or exploring it); opening and
  // leaving one adds an entry, so Back leaves the deck instead of stepping through it.
  if (a.presentation && b.presentation && a.presentation.deck === b.presentation.deck) return 'view';
  // Dimming a group or folding the legend away replaces the entry, as typing does: Back does not unfold it.
  const rest = (s: Snapshot) => canonicalJson({ ...s, view: a.view, opacity: {}, legend: null, filters: { ...s.filters, query: '' } });
  if (rest(a) !== rest(b)) return 'step';
  if (a.filters.query !== b.filters.query || canonicalJson({ ...a, view: b.view }) !== canonicalJson({ ...b, view: b.view })) return 'typing';
  return 'view';
}

/** Whether this page is shown inside another one (an embed). */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent cannot even be compared
  }
}

/** The hash the browser shows now, and what it means. */
export function readHash(inst: Pick<AtlasInstance, 'defaultLocale' | 'store'>) {
  return decodeHash(window.location.hash, { ...defaultSnapshot(inst.defaultLocale), view: inst.store.getState().view });
}

export function startHashSync(inst: AtlasInstance): () => void {
  // Framed or in embed mode, every write replaces: the host's history is not ours to fill.
  const framed = isFramed() || inst.embed.embedded;
  const { store } = inst;
  /** The snapshot the URL shows (or is about to, once the queued writes run). */
  let shown = snapshotOf(store.getState());
  let queue: { hash: string; push: boolean }[] = [];
  let stepTimer: ReturnType<typeof setTimeout> | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  /** The next step corrects the state the URL opened with (an unknown selection dropped): no entry of its own. */
  let correcting = false;
  inst.correctingUrl = () => {
    correcting = true;
  };

  const write = (hash: string, push: boolean) => {
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (push && !framed) window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  };
  const flush = () => {
    stepTimer = undefined;
    for (const w of queue) write(w.hash, w.push);
    queue = [];
  };
  const enqueue = (snapshot: Snapshot, push: boolean) => {
    shown = snapshot;
    queue.push({ hash: encodeHash(snapshot, inst), push });
    stepTimer ??= setTimeout(flush, STEP_MS);
  };

  const onChange = () => {
    if (!started) return;
    const next = snapshotOf(store.getState());
    if (canonicalJson(next) === canonicalJson(shown)) return;
    const change = classify(shown, next);
    clearTimeout(typingTimer);
    if (change === 'typing') {
      typingTimer = setTimeout(() => enqueue(snapshotOf(store.getState()), false), SETTLE_MS);
      return;
    }
    enqueue(next, change === 'step' && !correcting);
    correcting = false;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    // The first write waits for the map: until it is drawn, the view is not known. It replaces the
    // entry, dropping any part of the opening link that was not understood (already named).
    if (!started && s.status === 'ready') {
      started = true;
      shown = snapshotOf(s);
      write(encodeHash(shown, inst), false);
      return;
    }
    if (s !== prev) onChange();
  });

  const onPop = () => {
    // Back or Forward wins over steps not yet written: they belonged to the page being left.
    clearTimeout(stepTimer);
    clearTimeout(typingTimer);
    stepTimer = undefined;
    queue = [];
    const { snapshot, ignored, hasView } = readHash(inst);
    shown = snapshot;
    store.getState().actions.snapshotApplied(snapshot, hasView ? { kind: 'jump', view: snapshot.view } : undefined);
    if (ignored.length) inst.notify({ message: 'urlIgnored', quotes: ignored });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(stepTimer);
    clearTimeout(typingTimer);
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
