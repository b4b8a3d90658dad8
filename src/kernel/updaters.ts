// Pure state transitions, one per named action (the kepler.gl pattern): easy to test, no side effects.
import type { LayerGroupId } from './layerGroups.ts';
import type { AtlasState, ItemFilter, MapView, PublicState, Selection } from './state.ts';

/** No filter: every item proper (introductory paragraphs on request). */
export const emptyItemFilter: ItemFilter = { query: '', doc: null, theme: null, lead: null, year: null, kind: null, anchor: null, withContext: false };

export const initialState = (view: MapView): AtlasState => ({
  status: 'loading',
  error: null,
  view,
  layers: {},
  opacity: {},
  selection: null,
  notices: [],
  panel: null,
  extrasStatus: 'idle',
  itemFilter: emptyItemFilter,
});

export const loadSucceeded = (s: AtlasState): AtlasState => ({ ...s, status: 'ready', error: null });

export const loadFailed = (s: AtlasState, error: string): AtlasState => ({ ...s, status: 'error', error });

export const viewChanged = (s: AtlasState, view: MapView): AtlasState => ({ ...s, view });

export const layerToggled = (s: AtlasState, group: LayerGroupId, visible: boolean): AtlasState => ({
  ...s,
  layers: { ...s.layers, [group]: visible },
});

export const layerOpacityChanged = (s: AtlasState, group: LayerGroupId, opacity: number): AtlasState => {
  const { [group]: _previous, ...rest } = s.opacity;
  const clamped = Math.min(1, Math.max(0, opacity));
  return { ...s, opacity: clamped === 1 ? rest : { ...rest, [group]: clamped } };
};

export const selectionChanged = (s: AtlasState, selection: Selection | null): AtlasState => ({ ...s, selection });

export const noticeAdded = (s: AtlasState, notice: string): AtlasState =>
  s.notices.includes(notice) ? s : { ...s, notices: [...s.notices, notice] };

export const noticeDismissed = (s: AtlasState, notice: string): AtlasState => ({
  ...s,
  notices: s.notices.filter((n) => n !== notice),
});

export const panelToggled = (s: AtlasState, panel: AtlasState['panel']): AtlasState => ({
  ...s,
  panel: s.panel === panel ? null : panel,
});

export const extrasStatusChanged = (s: AtlasState, extrasStatus: AtlasState['extrasStatus']): AtlasState => ({
  ...s,
  extrasStatus,
});

export const itemFilterChanged = (s: AtlasState, filter: Partial<ItemFilter>): AtlasState => ({
  ...s,
  itemFilter: { ...s.itemFilter, ...filter },
});

/** A shared link or a history step: the whole URL-borne state at once (the view is the map's). */
export const urlStateApplied = (s: AtlasState, u: Pick<AtlasState, 'layers' | 'opacity' | 'selection' | 'panel' | 'itemFilter'>): AtlasState => ({
  ...s,
  ...u,
});

export const publicState = (s: AtlasState): PublicState => ({
  status: s.status,
  view: s.view,
  layers: s.layers,
  selection: s.selection,
});
