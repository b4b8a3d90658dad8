// Every layer of the map, bottom to top, and every source they draw from.
import { BASEMAP_FILES, STRUCTURE_FEATURES_FILE } from '../../contracts/manifest.ts';
import { basemapLabelLayers, basemapLayers, palette } from './basemap.ts';
import { PLACE_SOURCE_FILES, placeAreaLayers, placeLineLayers, placeNodeLayers, placePointLayers } from './places.ts';
import { TIERS } from './hierarchy.ts';
import { STRUCTURE_SOURCE, structureAreaLayers, structureNodeLayers } from './structures.ts';
import { COUNT_STATE_SOURCES, COUNTY_AREA_SOURCE, countAreaLayers, ITEM_COUNT_SOURCE, itemCountLayers } from './itemCounts.ts';
import type { MapLayer } from './types.ts';

/** Holds the selected place or structure element, drawn as a ring or a halo above everything. */
export const SELECTION_SOURCE = 'selection';
const selectionLayers: MapLayer[] = [
  {
    group: null,
    spec: {
      id: 'selection-line',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': palette.selected, 'line-width': 3, 'line-opacity': 0.9 },
    },
  },
  {
    group: null,
    spec: {
      id: 'selection-point',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': palette.selected, 'circle-stroke-width': 3 },
    },
  },
];

/** The basemap's fills, then its lines: the shaded item counts go between them. */
const isFill = (l: MapLayer) => l.spec.type === 'background' || l.spec.type === 'fill';

const drawn: MapLayer[] = [
  ...basemapLayers.filter(isFill),
  ...countAreaLayers,
  ...basemapLayers.filter((l) => !isFill(l)),
  ...structureAreaLayers,
  ...placeAreaLayers,
  ...placeLineLayers,
  ...placeNodeLayers,
  ...placePointLayers,
  ...structureNodeLayers,
  ...basemapLabelLayers,
];
const tierOf = (l: MapLayer) => TIERS.indexOf(l.tier ?? 'others');
/** Every name layer, above every shape, stacked by label priority (hierarchy.ts TIERS): MapLibre places
 * the topmost layer's symbols first, so city names win over structure names over zones … over lines. */
export const labelLayers: MapLayer[] = drawn.filter((l) => l.spec.type === 'symbol').sort((a, b) => tierOf(b) - tierOf(a));

export const mapLayers: MapLayer[] = [...drawn.filter((l) => l.spec.type !== 'symbol'), ...labelLayers, ...itemCountLayers, ...selectionLayers];

/** Sources the app fills itself (empty until it does), so every style that uses the layers has them. */
export const emptyBuiltSources = () => ({
  [SELECTION_SOURCE]: { type: 'FeatureCollection' as const, features: [] },
  [ITEM_COUNT_SOURCE]: { type: 'FeatureCollection' as const, features: [] },
  [COUNTY_AREA_SOURCE]: { type: 'FeatureCollection' as const, features: [] },
});

/** Sources whose features are known by their `id` property (for feature state). */
export const PROMOTED_ID_SOURCES: ReadonlySet<string> = new Set(COUNT_STATE_SOURCES);

/** Every file a map source loads, by source id. */
export const MAP_FILES: Record<string, string> = { ...BASEMAP_FILES, ...PLACE_SOURCE_FILES, [STRUCTURE_SOURCE]: STRUCTURE_FEATURES_FILE };
export { STRUCTURE_SOURCE };
