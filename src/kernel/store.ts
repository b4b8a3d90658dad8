// One store per atlas instance (not a module singleton), so several embeds can share a page. Its
// actions are the updaters, named; only commands, the snapshot's ways in (URL, API) and the map and
// data bindings call them, never UI components (they run commands).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../contracts/label.ts';
import type { LayerGroupId } from './layerGroups.ts';
import type { AtlasState, CameraIntent, CountsMode, FocusTarget, ItemFilter, MapView, Notice, PanelId, PresentState, Selection, Snapshot, TextScript, BasemapId } from './state.ts';
import * as u from './updaters.ts';

export interface AtlasActions {
  loadSucceeded(): void;
  loadFailed(error: string): void;
  extrasStatusChanged(status: AtlasState['extrasStatus']): void;
  viewChanged(view: MapView): void;
  snapshotApplied(snapshot: Snapshot, camera?: CameraIntent): void;
  layerToggled(group: LayerGroupId, visible: boolean): void;
  layerOpacityChanged(group: LayerGroupId, opacity: number): void;
  selectionChanged(selection: Selection | null, camera?: CameraIntent): void;
  panelChanged(panel: PanelId | null): void;
  filtersChanged(filters: Partial<ItemFilter>): void;
  localeChanged(locale: Locale): void;
  countsModeChanged(counts: CountsMode): void;
  cameraRequested(intent: CameraIntent): void;
  noticeAdded(notice: Omit<Notice, 'id'>): void;
  noticeDismissed(id: number | null): void;
  overlayChanged(overlay: AtlasState['overlay']): void;
  focusRequested(target: FocusTarget): void;
  legendToggled(open: boolean): void;
  textScriptChanged(text: TextScript): void;
  basemapChanged(basemap: BasemapId): void;
  deckOpened(deck: Pick<PresentState, 'deck' | 'slides' | 'origin' | 'reducedMotion'>, slide: number): void;
  slideShown(slide: number): void;
  presentExited(): void;
  presentBlanked(blank: PresentState['blank']): void;
  presentTyped(digit: string): void;
  presentMotionChanged(reduced: boolean): void;
  deckEdited(deck: PresentState['deck'], slides: PresentState['slides'], slide: number): void;
  editorToggled(editing: boolean): void;
  presentFormChanged(form: 'map' | 'diagram'): void;
}

export type AtlasStore = AtlasState & { actions: AtlasActions };
export type AtlasStoreApi = StoreApi<AtlasStore>;

export function createAtlasStore(snapshot?: Snapshot): AtlasStoreApi {
  return createStore<AtlasStore>()((set) => ({
    ...u.initialState(snapshot),
    actions: {
      loadSucceeded: () => set((s) => u.loadSucceeded(s)),
      loadFailed: (error) => set((s) => u.loadFailed(s, error)),
      extrasStatusChanged: (status) => set((s) => u.extrasStatusChanged(s, status)),
      viewChanged: (v) => set((s) => u.viewChanged(s, v)),
      snapshotApplied: (snap, camera) => set((s) => u.snapshotApplied(s, snap, camera)),
      layerToggled: (group, visible) => set((s) => u.layerToggled(s, group, visible)),
      layerOpacityChanged: (group, opacity) => set((s) => u.layerOpacityChanged(s, group, opacity)),
      selectionChanged: (selection, camera) => set((s) => u.selectionChanged(s, selection, camera)),
      panelChanged: (panel) => set((s) => u.panelChanged(s, panel)),
      filtersChanged: (filters) => set((s) => u.filtersChanged(s, filters)),
      localeChanged: (locale) => set((s) => u.localeChanged(s, locale)),
      countsModeChanged: (counts) => set((s) => u.countsModeChanged(s, counts)),
      cameraRequested: (intent) => set((s) => u.cameraRequested(s, intent)),
      noticeAdded: (notice) => set((s) => u.noticeAdded(s, notice)),
      noticeDismissed: (id) => set((s) => u.noticeDismissed(s, id)),
      overlayChanged: (overlay) => set((s) => u.overlayChanged(s, overlay)),
      focusRequested: (target) => set((s) => u.focusRequested(s, target)),
      legendToggled: (open) => set((s) => u.legendToggled(s, open)),
      textScriptChanged: (text) => set((s) => u.textScriptChanged(s, text)),
      basemapChanged: (basemap) => set((s) => u.basemapChanged(s, basemap)),
      deckOpened: (deck, slide) => set((s) => u.deckOpened(s, deck, slide)),
      slideShown: (slide) => set((s) => u.slideShown(s, slide)),
      presentExited: () => set((s) => u.presentExited(s)),
      presentBlanked: (blank) => set((s) => u.presentBlanked(s, blank)),
      presentTyped: (digit) => set((s) => u.presentTyped(s, digit)),
      presentMotionChanged: (reduced) => set((s) => u.presentMotionChanged(s, reduced)),
      deckEdited: (deck, slides, slide) => set((s) => u.deckEdited(s, deck, slides, slide)),
      editorToggled: (editing) => set((s) => u.editorToggled(s, editing)),
      presentFormChanged: (form) => set((s) => u.presentFormChanged(s, form)),
    },
  }));
}
