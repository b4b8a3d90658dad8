// Pure state transitions, one per named action (the kepler.gl pattern): easy to test, no side effects.
// An updater that changes nothing returns the very state it was given, so the store tells no one:
// applying what is already shown is silent (a listener that echoes every change terminates).
import type { Locale } from '../contracts/label.ts';
import { defaultSnapshot } from './defaults.ts';
import { defaultVisible, type LayerGroupId } from './layerGroups.ts';
import { normaliseView, sameSnapshot } from './snapshot.ts';
import { snapshotOf, type AtlasState, type CountsMode, type PresentState, type CameraIntent, type FocusTarget, type ItemFilter, type MapView, type Notice, type PanelId, type Selection, type Snapshot, type TextScript, type BasemapId } from './state.ts';

export function initialState(snapshot: Snapshot = defaultSnapshot()): AtlasState {
  const { version: _version, ...shown } = snapshot;
  return {
    ...shown,
    status: 'loading',
    error: null,
    extrasStatus: 'idle',
    notices: [],
    camera: null,
    overlay: null,
    focus: null,
    present: null,
  };
}

const withCamera = <S extends AtlasState>(s: S, intent: CameraIntent | undefined): S =>
  intent ? { ...s, camera: { seq: (s.camera?.seq ?? 0) + 1, intent } } : s;

export const loadSucceeded = <S extends AtlasState>(s: S): S => (s.status === 'ready' ? s : { ...s, status: 'ready', error: null });

export const loadFailed = <S extends AtlasState>(s: S, error: string): S => ({ ...s, status: 'error', error });

export const extrasStatusChanged = <S extends AtlasState>(s: S, extrasStatus: AtlasState['extrasStatus']): S =>
  s.extrasStatus === extrasStatus ? s : { ...s, extrasStatus };

const sameView = (a: MapView, b: MapView) =>
  a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch && a.center[0] === b.center[0] && a.center[1] === b.center[1];

/** The map reports where it is (after a move ends), in the canonical form the URL writes. */
export const viewChanged = <S extends AtlasState>(s: S, view: MapView): S => {
  const v = normaliseView(view);
  return sameView(v, s.view) ? s : { ...s, view: v };
};

/** A whole snapshot (a link, a history step, the API, a slide), with what the camera should do. */
export const snapshotApplied = <S extends AtlasState>(s: S, snapshot: Snapshot, camera?: CameraIntent): S => {
  if (sameSnapshot(snapshotOf(s), snapshot)) return withCamera(s, camera);
  const { version: _version, ...shown } = snapshot;
  // The view is the map's to report: a snapshot's view reaches the store through the camera.
  return withCamera({ ...s, ...shown, view: s.view }, camera);
};

export const layerToggled = <S extends AtlasState>(s: S, group: LayerGroupId, visible: boolean): S => {
  const current = Object.hasOwn(s.layers, group) ? s.layers[group] : defaultVisible(group);
  if (current === visible) return s;
  const { [group]: _previous, ...rest } = s.layers;
  return { ...s, layers: visible === defaultVisible(group) ? rest : { ...rest, [group]: visible } };
};

export const layerOpacityChanged = <S extends AtlasState>(s: S, group: LayerGroupId, opacity: number): S => {
  const clamped = Math.round(Math.min(1, Math.max(0, Number.isFinite(opacity) ? opacity : 1)) * 100) / 100;
  if ((Object.hasOwn(s.opacity, group) ? s.opacity[group] : 1) === clamped) return s;
  const { [group]: _previous, ...rest } = s.opacity;
  return { ...s, opacity: clamped === 1 ? rest : { ...rest, [group]: clamped } };
};

const sameSelection = (a: Selection | null, b: Selection | null) => a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);

export const selectionChanged = <S extends AtlasState>(s: S, selection: Selection | null, camera?: CameraIntent): S =>
  withCamera(sameSelection(s.selection, selection) ? s : { ...s, selection }, selection ? camera : undefined);

export const panelChanged = <S extends AtlasState>(s: S, panel: PanelId | null): S => (s.panel === panel ? s : { ...s, panel });

export const filtersChanged = <S extends AtlasState>(s: S, filters: Partial<ItemFilter>): S => {
  const next = { ...s.filters, ...filters };
  return (Object.keys(next) as (keyof ItemFilter)[]).every((k) => next[k] === s.filters[k]) ? s : { ...s, filters: next };
};

export const countsModeChanged = <S extends AtlasState>(s: S, counts: CountsMode): S => (s.counts === counts ? s : { ...s, counts });

export const localeChanged = <S extends AtlasState>(s: S, locale: Locale): S => (s.locale === locale ? s : { ...s, locale });

export const cameraRequested = <S extends AtlasState>(s: S, intent: CameraIntent): S => withCamera(s, intent);

/** Notices are kept bounded: an old one gives way once there are many (the bar shows the newest few). */
const MAX_NOTICES = 50;
const noticeKey = (n: Omit<Notice, 'id'>) => JSON.stringify([n.message, n.values ?? null, n.quotes ?? null]);

export const noticeAdded = <S extends AtlasState>(s: S, notice: Omit<Notice, 'id'>): S => {
  if (s.notices.some((n) => noticeKey(n) === noticeKey(notice))) return s;
  const id = (s.notices.at(-1)?.id ?? 0) + 1;
  return { ...s, notices: [...s.notices, { ...notice, id }].slice(-MAX_NOTICES) };
};

export const noticeDismissed = <S extends AtlasState>(s: S, id: number | null): S =>
  id === null ? (s.notices.length ? { ...s, notices: [] } : s) : s.notices.some((n) => n.id === id) ? { ...s, notices: s.notices.filter((n) => n.id !== id) } : s;

export const overlayChanged = <S extends AtlasState>(s: S, overlay: AtlasState['overlay']): S => (s.overlay === overlay ? s : { ...s, overlay });

export const textScriptChanged = <S extends AtlasState>(s: S, text: TextScript): S => (s.text === text ? s : { ...s, text });
export const basemapChanged = <S extends AtlasState>(s: S, basemap: BasemapId): S => (s.basemap === basemap ? s : { ...s, basemap });
export const legendToggled = <S extends AtlasState>(s: S, open: boolean): S => (s.legend === open ? s : { ...s, legend: open });

export const focusRequested = <S extends AtlasState>(s: S, target: FocusTarget): S => ({ ...s, focus: { target, seq: (s.focus?.seq ?? 0) + 1 } });

// Presentation mode. A slide is a snapshot: showing one applies it (in the reader's language, over the reader's basemap) with its
// camera; moving on from a slide the presenter explored starts from the next slide's own snapshot.

/** The camera intent that brings a slide into view. */
function slideCamera(slide: PresentState['slides'][number], reduced: boolean): CameraIntent {
  const c = slide.camera;
  if (c.kind === 'fit-bounds') return { kind: 'fit-bounds', bounds: c.bounds, ...(reduced ? { instant: true } : {}) };
  return { kind: reduced ? 'jump' : 'fly', view: c.view };
}

/** Shows slide `n` (clamped to the deck) of the open deck; again if it is the current one. */
export const slideShown = <S extends AtlasState>(s: S, n: number): S => {
  const p = s.present;
  if (!p) return s;
  const slide = Math.min(Math.max(1, Math.round(n)), p.slides.length);
  const loaded = p.slides[slide - 1]!;
  // The reader's language and basemap stay: a deck says what to show, not in which language or over which map.
  const snapshot = { ...loaded.snapshot, locale: s.locale, basemap: s.basemap, presentation: { deck: p.deck.id, slide } };
  const { version: _version, ...shown } = snapshot;
  // A slide that opens on the structure diagram goes to its view at once: the diagram is drawn for the
  // view it will morph in, and a flight first would show the map before it.
  const instant = p.reducedMotion || p.deck.slides[slide - 1]?.animation?.type === 'morph';
  return withCamera(
    { ...s, ...shown, view: s.view, overlay: null, present: { ...p, slide, shown: p.shown + 1, blank: null, typed: '', form: null } },
    slideCamera(loaded, instant),
  );
};

/** A deck opens (on slide `n`): what was shown before is kept to return to. */
export const deckOpened = <S extends AtlasState>(
  s: S,
  deck: Pick<PresentState, 'deck' | 'slides' | 'origin' | 'reducedMotion'>,
  n: number,
): S => {
  const before = s.present ? s.present.before : s.presentation ? null : snapshotOf(s);
  return slideShown({ ...s, present: { ...deck, slide: 1, shown: s.present?.shown ?? 0, blank: null, typed: '', before, editing: s.present?.editing ?? false, form: null } }, n);
};

/** Leaves the deck: back to what was shown before it opened (the view too), if known. */
export const presentExited = <S extends AtlasState>(s: S): S => {
  if (!s.present && !s.presentation) return s;
  const before = s.present?.before;
  if (!before) return { ...s, present: null, presentation: null };
  const { version: _version, ...shown } = before;
  return withCamera({ ...s, ...shown, locale: s.locale, view: s.view, present: null, presentation: null }, { kind: 'jump', view: before.view });
};

export const presentBlanked = <S extends AtlasState>(s: S, blank: PresentState['blank']): S =>
  !s.present || s.present.blank === blank ? s : { ...s, present: { ...s.present, blank } };

/** A digit typed towards a jump (at most three: a deck has at most 200 slides); '' clears. */
export const presentTyped = <S extends AtlasState>(s: S, digit: string): S => {
  if (!s.present) return s;
  const typed = digit === '' ? '' : `${s.present.typed}${digit}`.slice(-3);
  return typed === s.present.typed ? s : { ...s, present: { ...s.present, typed } };
};

export const presentMotionChanged = <S extends AtlasState>(s: S, reducedMotion: boolean): S =>
  !s.present || s.present.reducedMotion === reducedMotion ? s : { ...s, present: { ...s.present, reducedMotion } };

/** The open deck's slides changed (own decks: a slide added, edited, moved or deleted). */
export const deckEdited = <S extends AtlasState>(s: S, deck: PresentState['deck'], slides: PresentState['slides'], slide: number): S => {
  if (!s.present) return s;
  const n = Math.min(Math.max(1, slide), slides.length);
  return { ...s, present: { ...s.present, deck, slides, slide: n }, presentation: { deck: deck.id, slide: n } };
};

/** The structure shown as a diagram or as a map (a morph slide's toggle). */
export const presentFormChanged = <S extends AtlasState>(s: S, form: 'map' | 'diagram'): S =>
  !s.present || s.present.form === form ? s : { ...s, present: { ...s.present, form } };

export const editorToggled = <S extends AtlasState>(s: S, editing: boolean): S =>
  !s.present || s.present.editing === editing ? s : { ...s, present: { ...s.present, editing } };
