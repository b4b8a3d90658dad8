// What a click on the map picks: a city, a structure element or a place (the data lookups behind a
// selection are in src/data/lookup.ts).
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import { nameIn } from '../i18n/names.ts';
import type { Selection } from '../kernel/state.ts';
import { mapLayers } from './layers/index.ts';
import { STRUCTURE_SOURCE } from './layers/structures.ts';
import { SCHEMATIC_FADE } from './layers/hierarchy.ts';

/** Layers a click can pick something from: city fills, structure elements and every place symbol. */
export const SELECTABLE_LAYERS: string[] = mapLayers
  .map((l) => l.spec)
  .filter((s) => s.id === 'cities-fill' || (s.type !== 'symbol' && 'source' in s && (s.source === STRUCTURE_SOURCE || String(s.source).startsWith('places-'))))
  .map((s) => s.id);

/** The selection a clicked feature stands for. */
export function selectionOf(f: MapGeoJSONFeature): Selection | null {
  const id = f.properties?.id;
  if (typeof id !== 'string') return null;
  if (f.source === 'cities') return { kind: 'admin', id };
  if (f.source === STRUCTURE_SOURCE) return { kind: 'structures', id };
  if (f.source.startsWith('places-')) return { kind: 'places', id };
  return null;
}

/** Points and lines first, then a place's area (a zone inside its city), then the city, then the
 * plan's circles: a circle covers whole cities, so inside one a click means the city; the circle
 * itself answers on its outline. */
const pickRank = (f: MapGeoJSONFeature) => (f.layer.type !== 'fill' ? 0 : f.source.startsWith('places-') ? 1 : f.source === 'cities' ? 2 : 3);

/** Drops schematic place lines where they have faded out (city scale): what is not seen is not picked. */
const visible = (map: MapLibreMap, hits: MapGeoJSONFeature[]) =>
  map.getZoom() < SCHEMATIC_FADE[1] ? hits : hits.filter((f) => !(f.layer.type === 'line' && f.source.startsWith('places-') && f.properties?.precision === 'schematic'));

/** The selectable thing under a point that the user most likely means. */
export function pickAt(map: MapLibreMap, point: { x: number; y: number }): Selection | null {
  const hits = visible(map, map.queryRenderedFeatures([point.x, point.y], { layers: SELECTABLE_LAYERS }));
  // Array.prototype.sort is stable: within a rank, the topmost-drawn feature stays first.
  for (const f of [...hits].sort((a, b) => pickRank(a) - pickRank(b))) {
    const s = selectionOf(f);
    if (s) return s;
  }
  return null;
}

/** A place point under the cursor, as the chooser lists it. */
export interface PlaceHit {
  selection: Selection;
  name: string;
  type: string;
  at: [number, number];
}

/** Every distinct place point under a point, topmost first. Several places may share a position (those
 * anchored at their host district's seat): a click there must be able to reach each of them. */
export function placePointsAt(map: MapLibreMap, point: { x: number; y: number }, locale: Locale): PlaceHit[] {
  const hits = map.queryRenderedFeatures([point.x, point.y], { layers: SELECTABLE_LAYERS });
  const out = new Map<string, PlaceHit>();
  for (const f of hits) {
    const s = selectionOf(f);
    if (s?.kind !== 'places' || f.geometry.type !== 'Point' || out.has(s.id)) continue;
    out.set(s.id, { selection: s, name: nameIn(f.properties, locale) || s.id, type: String(f.properties.type ?? ''), at: f.geometry.coordinates as [number, number] });
  }
  return [...out.values()];
}
