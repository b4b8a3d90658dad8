// One store per atlas instance (not a module singleton), so several embeds can share a page.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayerGroupId } from './layerGroups.ts';
import type { AtlasState, ItemFilter, MapView, Selection } from './state.ts';
import * as u from './updaters.ts';

export interface AtlasActions {
  loadSucceeded(): void;
  loadFailed(error: string): void;
  viewChanged(view: MapView): void;
  layerToggled(group: LayerGroupId, visible: boolean): void;
  layerOpacityChanged(group: LayerGroupId, opacity: number): void;
  selectionChanged(selection: Selection | null): void;
  noticeAdded(notice: string): void;
  noticeDismissed(notice: string): void;
  panelToggled(panel: AtlasState['panel']): void;
  extrasStatusChanged(status: AtlasState['extrasStatus']): void;
  itemFilterChanged(filter: Partial<ItemFilter>): void;
  urlStateApplied(state: Pick<AtlasState, 'layers' | 'opacity' | 'selection' | 'panel' | 'itemFilter'>): void;
}

export type AtlasStore = AtlasState & { actions: AtlasActions };

export function createAtlasStore(view: MapView): StoreApi<AtlasStore> {
  return createStore<AtlasStore>()((set) => ({
    ...u.initialState(view),
    actions: {
      loadSucceeded: () => set(u.loadSucceeded),
      loadFailed: (error) => set((s) => u.loadFailed(s, error)),
      viewChanged: (v) => set((s) => u.viewChanged(s, v)),
      layerToggled: (group, visible) => set((s) => u.layerToggled(s, group, visible)),
      layerOpacityChanged: (group, opacity) => set((s) => u.layerOpacityChanged(s, group, opacity)),
      selectionChanged: (selection) => set((s) => u.selectionChanged(s, selection)),
      noticeAdded: (notice) => set((s) => u.noticeAdded(s, notice)),
      noticeDismissed: (notice) => set((s) => u.noticeDismissed(s, notice)),
      panelToggled: (panel) => set((s) => u.panelToggled(s, panel)),
      extrasStatusChanged: (status) => set((s) => u.extrasStatusChanged(s, status)),
      itemFilterChanged: (filter) => set((s) => u.itemFilterChanged(s, filter)),
      urlStateApplied: (state) => set((s) => u.urlStateApplied(s, state)),
    },
  }));
}
