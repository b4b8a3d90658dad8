// Keeps the MapLibre map and the instance's store in step, both ways:
// map moves and clicks → store actions; store layer visibility and selection → map style.
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import { publicState } from '../store/updaters.ts';
import type { AtlasState } from '../store/types.ts';
import { readView } from './createMap.ts';
import { isGroupVisible } from './layers/groups.ts';
import { mapLayers } from './layers/index.ts';
import { findSelected, pickAt, SELECTABLE_LAYERS } from './selection.ts';
import { SELECTION_SOURCE } from './layers/index.ts';

function applyLayers(map: MapLibreMap, layers: AtlasState['layers']): void {
  for (const { group, spec } of mapLayers) {
    if (!group) continue;
    const visibility = isGroupVisible(group, layers) ? 'visible' : 'none';
    // Setting a layout property re-lays the layer out in the worker: only touch what changes.
    const current = map.getLayoutProperty(spec.id, 'visibility') ?? 'visible';
    if (current !== visibility) map.setLayoutProperty(spec.id, 'visibility', visibility);
  }
}

function applySelection(map: MapLibreMap, inst: AtlasInstance, selection: AtlasState['selection']): void {
  // Cities are outlined by filter (their polygons live only in the worker); anything else is copied
  // into the selection source.
  const filter: FilterSpecification = ['==', ['get', 'id'], selection?.layer === 'cities' ? selection.id : ''];
  map.setFilter('selection-outline', filter);
  const f = selection && selection.layer !== 'cities' ? findSelected(inst, selection) : undefined;
  map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData({ type: 'FeatureCollection', features: f ? [f] : [] });
}

/** Returns a function that undoes every binding. */
export function bindMap(map: MapLibreMap, inst: AtlasInstance): () => void {
  const { store, events } = inst;
  const { actions } = store.getState();

  // The URL hash may have moved the map before we looked: the map's view is the truth.
  actions.viewChanged(readView(map));
  const onMoveEnd = () => actions.viewChanged(readView(map));

  const onClick = (e: MapMouseEvent) => {
    actions.selectionChanged(pickAt(map, e.point));
  };
  const setPointer = (cursor: string) => () => (map.getCanvas().style.cursor = cursor);
  const onEnter = setPointer('pointer');
  const onLeave = setPointer('');

  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  for (const l of SELECTABLE_LAYERS) {
    map.on('mouseenter', l, onEnter);
    map.on('mouseleave', l, onLeave);
  }

  applyLayers(map, store.getState().layers);
  if (store.getState().selection) applySelection(map, inst, store.getState().selection);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.layers !== prev.layers) applyLayers(map, s.layers);
    if (s.selection !== prev.selection) {
      applySelection(map, inst, s.selection);
      events.emit('select', s.selection);
    }
    if (s.view !== prev.view || s.layers !== prev.layers || s.selection !== prev.selection || s.status !== prev.status) {
      events.emit('statechange', publicState(s));
    }
  });

  return () => {
    unsubscribe();
    map.off('moveend', onMoveEnd);
    map.off('click', onClick);
    for (const l of SELECTABLE_LAYERS) {
      map.off('mouseenter', l, onEnter);
      map.off('mouseleave', l, onLeave);
    }
  };
}
