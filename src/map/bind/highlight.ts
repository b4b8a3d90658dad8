// The selection drawn on the map: a city outlined (its polygon lives only in the worker, so by
// filter), anything else copied into the selection source as a ring or halo above everything. The
// data behind a selection may arrive after it (from the URL or the API): it is drawn then.
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { selectionFeatures } from '../../data/lookup.ts';
import type { Selection } from '../../kernel/state.ts';
import { SELECTION_SOURCE } from '../layers/index.ts';

function draw(map: MapLibreMap, inst: AtlasInstance, selection: Selection | null): void {
  const filter: FilterSpecification = ['==', ['get', 'id'], selection?.kind === 'admin' ? selection.id : ''];
  map.setFilter('selection-outline', filter);
  const features = selection?.kind === 'admin' ? [] : selectionFeatures(inst, selection);
  map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData({ type: 'FeatureCollection', features });
}

export function bindHighlight(map: MapLibreMap, inst: AtlasInstance): () => void {
  draw(map, inst, inst.store.getState().selection);
  return inst.store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.extrasStatus !== prev.extrasStatus) draw(map, inst, s.selection);
  });
}
