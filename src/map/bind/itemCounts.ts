// Keeps the item-count badges in step with the item filters while a panel that lists items is open,
// or a slide shows them.
// The badges are a secondary view: they follow a moment after the list, coalescing keystrokes, so
// filtering stays within a frame (npm run bench times it on a 10× corpus).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import type { AdminRef } from '../../contracts/places.ts';
import { isGroupVisible } from '../../kernel/layerGroups.ts';
import type { AtlasState } from '../../kernel/state.ts';
import { ITEM_COUNT_SOURCE } from '../layers/itemCounts.ts';

const LISTING_PANELS: AtlasState['panel'][] = ['items', 'summary'];
/** With a list of items open, or on a slide that shows the counts (its filters are the slide's). The on-map legend reads it too. */
export const showsCounts = (s: AtlasState) => LISTING_PANELS.includes(s.panel) || (s.present !== null && isGroupVisible('item-counts', s.layers));

const SETTLE_MS = 150;

export function bindItemCounts(map: MapLibreMap, inst: AtlasInstance): () => void {
  let placeAdmin: Map<string, AdminRef | null> | null = null;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const update = async (s: AtlasState) => {
    const run = ++latest;
    const source = map.getSource<GeoJSONSource>(ITEM_COUNT_SOURCE);
    if (!source) return;
    if (!inst.corpus || !inst.links || !inst.gazetteer || !showsCounts(s)) {
      if (shown) source.setData({ type: 'FeatureCollection', features: [] });
      shown = false;
      return;
    }
    shown = true;
    // d3's scales and the item search load with the first badges, not with the map.
    const [{ countItemsByAdmin, itemCountFeatures }, { searchIndexes }, { searchItems }] = await Promise.all([
      import('../itemCounts.ts'),
      import('../../search/indexes.ts'),
      import('../../search/itemSearch.ts'),
    ]);
    if (run !== latest) return; // a newer update (say, the panel closed) has already run
    const indexes = searchIndexes(inst);
    if (!indexes || !inst.links || !inst.gazetteer) return;
    placeAdmin ??= new Map(Object.values(inst.gazetteer.places).flatMap((fc) => fc.features.map((f) => [f.properties.id, f.properties.admin] as const)));
    const counts = countItemsByAdmin(searchItems(indexes.items, s.filters), inst.links, placeAdmin, s.filters.textOnly);
    source.setData(itemCountFeatures(inst.basemap?.labels.features ?? [], counts));
  };
  void update(inst.store.getState());
  const unsubscribe = inst.store.subscribe((s, prev) => {
    if (s.filters === prev.filters && s.panel === prev.panel && s.extrasStatus === prev.extrasStatus && s.present === prev.present && s.layers === prev.layers) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(inst.store.getState()), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
