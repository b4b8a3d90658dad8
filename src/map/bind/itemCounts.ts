// Keeps the item counts on the map (shaded areas or badges, as the snapshot's `counts` says) in step
// with the item filters while a panel that lists items is open, or a slide shows them.
// The counts are a secondary view: they follow a moment after the list, coalescing keystrokes, so
// filtering stays within a frame (npm run bench times it on a 10× corpus).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import type { AdminRef } from '../../contracts/places.ts';
import type { AtlasState } from '../../kernel/state.ts';

import { showsCounts } from '../countsShown.ts';

export { showsCounts };

const SETTLE_MS = 150;

export function bindItemCounts(map: MapLibreMap, inst: AtlasInstance): () => void {
  let placeAdmin: Map<string, AdminRef | null> | null = null;
  let drawn: typeof import('../countsMap.ts') | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const update = async (s: AtlasState) => {
    const run = ++latest;
    if (!inst.corpus || !inst.links || !inst.gazetteer || !showsCounts(s)) {
      drawn?.clearCounts(map, inst);
      return;
    }
    // d3's scales, the counts' drawing and the item search load with the first counts, not with the map.
    const [{ countItemsByAdmin }, countsMap, { searchIndexes }, { searchItems }] = await Promise.all([
      import('../itemCounts.ts'),
      import('../countsMap.ts'),
      import('../../search/indexes.ts'),
      import('../../search/itemSearch.ts'),
    ]);
    drawn = countsMap;
    if (run !== latest) return; // a newer update (say, the panel closed) has already run
    const indexes = searchIndexes(inst);
    if (!indexes || !inst.links || !inst.gazetteer) return;
    placeAdmin ??= new Map(Object.values(inst.gazetteer.places).flatMap((fc) => fc.features.map((f) => [f.properties.id, f.properties.admin] as const)));
    const counts = countItemsByAdmin(searchItems(indexes.items, s.filters), inst.links, placeAdmin, s.filters.textOnly);
    countsMap.drawCounts(map, inst, inst.basemap?.labels.features ?? [], counts, s.counts);
  };
  void update(inst.store.getState());
  const unsubscribe = inst.store.subscribe((s, prev) => {
    if (s.filters === prev.filters && s.panel === prev.panel && s.extrasStatus === prev.extrasStatus && s.present === prev.present && s.layers === prev.layers && s.counts === prev.counts) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(inst.store.getState()), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
