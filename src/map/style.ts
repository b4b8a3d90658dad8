// Builds the complete offline MapLibre style. No `glyphs` and no `sprite`: every label is drawn
// locally, so the map makes no request outside its own origin.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { DEFAULT_LOCALE, type Locale } from '../contracts/label.ts';
import { isGroupVisible, type LayerGroupId } from '../kernel/layerGroups.ts';
import { mapLayers, PROMOTED_ID_SOURCES } from './layers/index.ts';
import type { MapLayer } from './layers/types.ts';

/** Source data by source id: URLs for MapLibre's worker to fetch, or objects already loaded. */
export type SourceData = Record<string, FeatureCollection | string>;

/** A layer's spec as drawn: hidden when its group is off, labelled in the UI language, and naming its group in
 * its metadata (`gba:group`), so what the map draws can be checked against the legend and the layer panel. */
export function layerSpec({ group, spec, text }: MapLayer, choices: Partial<Record<LayerGroupId, boolean>>, locale: Locale): LayerSpecification {
  const hidden = group !== null && !isGroupVisible(group, choices);
  const metadata = group ? { metadata: { 'gba:group': group } } : {};
  if (!hidden && !text) return { ...spec, ...metadata } as LayerSpecification;
  const layout = { ...('layout' in spec ? spec.layout : {}), ...(hidden ? { visibility: 'none' } : {}), ...(text ? { 'text-field': text(locale) } : {}) };
  return { ...spec, ...metadata, layout } as LayerSpecification;
}

/** The style with every layer's visibility set from the user's choices (absent: group defaults) and
 * its labels in the UI language, so the worker never lays out a layer only to redo it straight after. */
export function buildStyle(data: SourceData, choices: Partial<Record<LayerGroupId, boolean>> = {}, locale: Locale = DEFAULT_LOCALE): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const [id, d] of Object.entries(data)) {
    // No source carries an attribution: the attribution control lists the credits itself, in the UI
    // language (localiseUi.ts).
    sources[id] = { type: 'geojson', data: d, ...(PROMOTED_ID_SOURCES.has(id) ? { promoteId: 'id' } : {}) };
  }
  return { version: 8, name: 'GBA Plan Atlas', sources, layers: mapLayers.map((l) => layerSpec(l, choices, locale)) };
}
