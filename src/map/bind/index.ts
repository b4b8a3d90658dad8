// Binds a map to its atlas's state, each concern in its own file: the basemap, the camera (both ways), layer
// visibility and opacity, the selection highlight, clicks, labels in the UI language, and the item
// count badges. Returns a function that undoes every binding.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { bindBasemap } from './basemap.ts';
import { bindCamera } from './camera.ts';
import { bindHighlight } from './highlight.ts';
import { bindItemCounts } from './itemCounts.ts';
import { bindLayers } from './layers.ts';
import { bindLocale } from './locale.ts';
import { bindPicking } from './picking.ts';

export function bindMap(map: MapLibreMap, inst: AtlasInstance): () => void {
  const unbind = [bindBasemap, bindLayers, bindLocale, bindHighlight, bindPicking, bindCamera, bindItemCounts].map((bind) => bind(map, inst));
  return () => {
    for (const u of unbind) u();
  };
}
