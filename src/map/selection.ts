// What can be selected, how a click picks it, and where a selection's data and geometry come from.
// One selection at a time: an admin unit, a place, a structure element or a plan item.
import type { Feature, Geometry } from 'geojson';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import type { PlaceProperties, Structure, StructureElement } from '../contracts/places.ts';
import type { Selection } from '../kernel/state.ts';
import { mapLayers } from './layers/index.ts';
import { STRUCTURE_SOURCE } from './layers/structures.ts';

/** The kinds of things a selection can name (Selection.layer). */
export const SELECTION_KINDS = ['admin', 'places', 'structures', 'items'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

type Data = Pick<AtlasInstance, 'basemap' | 'gazetteer' | 'corpus' | 'links'>;

/** Layers a click can pick something from: city fills, structure elements and every place symbol. */
export const SELECTABLE_LAYERS: string[] = mapLayers
  .map((l) => l.spec)
  .filter((s) => s.id === 'cities-fill' || (s.type !== 'symbol' && 'source' in s && (s.source === STRUCTURE_SOURCE || String(s.source).startsWith('places-'))))
  .map((s) => s.id);

/** The selection a clicked feature stands for. */
export function selectionOf(f: MapGeoJSONFeature): Selection | null {
  const id = f.properties?.id;
  if (typeof id !== 'string') return null;
  if (f.source === 'cities') return { layer: 'admin', id };
  if (f.source === STRUCTURE_SOURCE) return { layer: 'structures', id };
  if (f.source.startsWith('places-')) return { layer: 'places', id };
  return null;
}

/** Points and lines first, then a place's area (a zone inside its city), then the city, then the
 * plan's circles: a circle covers whole cities, so inside one a click means the city; the circle
 * itself answers on its outline. */
const pickRank = (f: MapGeoJSONFeature) => (f.layer.type !== 'fill' ? 0 : f.source.startsWith('places-') ? 1 : f.source === 'cities' ? 2 : 3);

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

/** A place point under the cursor, as the chooser lists it. */
export interface PlaceHit {
  selection: Selection;
  name: string;
  type: string;
  at: [number, number];
}

/** Every distinct place point under a point, topmost first. Several places may share a position (those
 * anchored at their host district's seat): a click there must be able to reach each of them. */
export function placePointsAt(map: MapLibreMap, point: { x: number; y: number }): PlaceHit[] {
  const hits = map.queryRenderedFeatures([point.x, point.y], { layers: SELECTABLE_LAYERS });
  const out = new Map<string, PlaceHit>();
  for (const f of hits) {
    const s = selectionOf(f);
    if (s?.layer !== 'places' || f.geometry.type !== 'Point' || out.has(s.id)) continue;
    out.set(s.id, { selection: s, name: String(f.properties.name ?? s.id), type: String(f.properties.type ?? ''), at: f.geometry.coordinates as [number, number] });
  }
  return [...out.values()];
}

/** An admin unit's label point (it carries all its names). */
export const findAdmin = (data: Data, id: string) => data.basemap?.labels.features.find((f) => f.properties?.id === id);

export function findPlace(data: Data, id: string): Feature<Geometry | null, PlaceProperties> | undefined {
  for (const fc of Object.values(data.gazetteer?.places ?? {})) {
    const f = fc.features.find((x) => x.properties.id === id);
    if (f) return f;
  }
  return undefined;
}

export function findStructureElement(data: Data, id: string): (StructureElement & { structure: Structure }) | undefined {
  for (const structure of data.gazetteer?.structures.structures ?? []) {
    const e = structure.elements.find((x) => x.id === id);
    if (e) return { ...e, structure };
  }
  return undefined;
}

export const findItem = (data: Data, id: string) => data.corpus?.items.find((i) => i.id === id);

/** Whether the data a selection names is loaded (and so whether it can be checked yet). */
export const canCheck = (data: Data, kind: string) => (kind === 'admin' ? data.basemap !== null : data.gazetteer !== null && data.corpus !== null);

export function exists(data: Data, s: Selection): boolean {
  if (s.layer === 'admin') return findAdmin(data, s.id) !== undefined;
  if (s.layer === 'places') return findPlace(data, s.id) !== undefined;
  if (s.layer === 'structures') return findStructureElement(data, s.id) !== undefined;
  if (s.layer === 'items') return findItem(data, s.id) !== undefined;
  return false;
}

const located = <P,>(f: Feature<Geometry | null, P> | undefined): f is Feature<Geometry, P> => !!f?.geometry;

/** The geometries to highlight for a selection: the feature itself, or every place an item names
 * (an unlocated place has none: the map has nothing to show or fit for it). */
export function selectionFeatures(data: Data, s: Selection | null): Feature[] {
  if (!s) return [];
  if (s.layer === 'places') return [findPlace(data, s.id)].filter(located);
  if (s.layer === 'structures') {
    const e = findStructureElement(data, s.id);
    return e?.geometry ? [{ type: 'Feature', properties: { id: e.id }, geometry: e.geometry }] : [];
  }
  if (s.layer === 'items') {
    const links = data.links?.items[s.id];
    const refs = links?.links.length ? links.links : (links?.fallback?.places ?? []);
    const seen = new Set<string>();
    const out: Feature[] = [];
    for (const r of refs) {
      if (seen.has(r.placeId)) continue;
      seen.add(r.placeId);
      const f = r.layer === 'admin' ? findAdmin(data, r.placeId) : findPlace(data, r.placeId);
      if (located(f)) out.push(f);
    }
    return out;
  }
  return [];
}
