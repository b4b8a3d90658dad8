// Builds the complete offline MapLibre style. No `glyphs` and no `sprite`: every label is drawn
// locally, so the map makes no request outside its own origin.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { mapLayers } from './layers/index.ts';

/** Source data by source id: URLs for MapLibre's worker to fetch, or objects already loaded. */
export type SourceData = Record<string, FeatureCollection | string>;

export function buildStyle(data: SourceData, attribution: string): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, d] of Object.entries(data)) {
    // The attribution rides on one source so MapLibre's control lists it once.
    sources[id] = { type: 'geojson', data: d, ...(id === 'land' ? { attribution } : {}) };
  }
  return { version: 8, name: 'GBA Plan Atlas', sources, layers: mapLayers.map((l) => l.spec) };
}
