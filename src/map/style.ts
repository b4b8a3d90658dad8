// Builds the complete offline MapLibre style. No `glyphs` and no `sprite`: every label is drawn
// locally, so the map makes no request outside its own origin.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { isGroupVisible, type LayerGroupId } from '../kernel/layerGroups.ts';
import { mapLayers } from './layers/index.ts';

/** Source data by source id: URLs for MapLibre's worker to fetch, or objects already loaded. */
export type SourceData = Record<string, FeatureCollection | string>;

/** The style with every layer's visibility set from the user's choices (absent: group defaults),
 * so the worker never lays out a layer only to hide it straight after. */
export function buildStyle(data: SourceData, attribution: string, choices: Partial<Record<LayerGroupId, boolean>> = {}): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, d] of Object.entries(data)) {
    // The attribution rides on one source so MapLibre's control lists it once.
    sources[id] = { type: 'geojson', data: d, ...(id === 'land' ? { attribution } : {}) };
  }
  const layers = mapLayers.map(({ group, spec }): LayerSpecification =>
    group && !isGroupVisible(group, choices) ? ({ ...spec, layout: { ...spec.layout, visibility: 'none' } } as LayerSpecification) : spec,
  );
  return { version: 8, name: 'GBA Plan Atlas', sources, layers };
}
