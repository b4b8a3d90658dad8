// What can be selected on the map, and how a selection is looked up in the loaded data.
import type { Feature } from 'geojson';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Selection } from '../store/types.ts';
import type { Basemap, Gazetteer } from './loadBasemap.ts';
import { mapLayers } from './layers/index.ts';
import { STRUCTURE_SOURCE } from './layers/structures.ts';

/** The kinds of things a selection can name (Selection.layer). */
export type SelectionKind = 'cities' | 'places' | 'structures';

/** Layers a click can pick something from: city fills, structure elements and every place symbol. */
export const SELECTABLE_LAYERS: string[] = mapLayers
  .map((l) => l.spec)
  .filter((s) => s.id === 'cities-fill' || (s.type !== 'symbol' && 'source' in s && (s.source === STRUCTURE_SOURCE || String(s.source).startsWith('places-'))))
  .map((s) => s.id);

/** The selection a clicked feature stands for. */
export function selectionOf(f: MapGeoJSONFeature): Selection | null {
  const id = f.properties?.id;
  if (typeof id !== 'string') return null;
  if (f.source === 'cities') return { layer: 'cities', id };
  if (f.source === STRUCTURE_SOURCE) return { layer: 'structures', id };
  if (f.source.startsWith('places-')) return { layer: 'places', id };
  return null;
}

/** Points and lines first, then the city, then the plan's circles: a circle covers whole cities, so
 * inside one a click means the city; the circle itself answers on its outline. */
const pickRank = (f: MapGeoJSONFeature) => (f.layer.type !== 'fill' ? 0 : f.source === 'cities' ? 1 : 2);

/** The selectable thing under a point that the user most likely means. */
export function pickAt(map: MapLibreMap, point: { x: number; y: number }): Selection | null {
  const hits = map.queryRenderedFeatures([point.x, point.y], { layers: SELECTABLE_LAYERS });
  // Array.prototype.sort is stable: within a rank, the topmost-drawn feature stays first.
  for (const f of [...hits].sort((a, b) => pickRank(a) - pickRank(b))) {
    const s = selectionOf(f);
    if (s) return s;
  }
  return null;
}

/** The selected thing's data (a city's label feature carries all its names); undefined if unknown. */
export function findSelected(
  { basemap, gazetteer }: { basemap: Basemap | null; gazetteer: Gazetteer | null },
  selection: Selection | null,
): Feature | undefined {
  if (!selection) return undefined;
  if (selection.layer === 'cities') {
    return basemap?.labels.features.find((f) => f.properties?.level === 'city' && f.properties?.id === selection.id);
  }
  if (!gazetteer) return undefined;
  if (selection.layer === 'places') {
    for (const fc of Object.values(gazetteer.places)) {
      const f = fc.features.find((x) => x.properties.id === selection.id);
      if (f) return f;
    }
  }
  if (selection.layer === 'structures') {
    for (const s of gazetteer.structures.structures) {
      const e = s.elements.find((x) => x.id === selection.id);
      if (e) return { type: 'Feature', properties: { ...e, structure: s }, geometry: e.geometry ?? { type: 'GeometryCollection', geometries: [] } };
    }
  }
  return undefined;
}
