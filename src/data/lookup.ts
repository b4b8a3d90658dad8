// Finding what a selection or a link names in the loaded data: admin units (basemap labels), places
// (gazetteer), structure elements and plan items. Every lookup is by key in a Map built once per
// loaded file, so any id (`__proto__`, `constructor`, `toString` …) is just an id that may not exist.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Corpus } from './loadCorpus.ts';
import type { PlanItem } from '../contracts/corpus.ts';
import type { PlaceProperties, Structure, StructureElement } from '../contracts/places.ts';
import type { Bounds, Selection, SelectionKind } from '../kernel/state.ts';
import type { Basemap, Gazetteer } from './loadBasemap.ts';
import type { Links } from './loadLinks.ts';
import { countedPlaces } from '../search/itemFacts.ts';

/** What an atlas has loaded so far (null: not yet). */
export interface AtlasData {
  basemap: Basemap | null;
  gazetteer: Gazetteer | null;
  corpus: Corpus | null;
  links: Links | null;
}

const memo = <K extends object, V>(build: (k: K) => V) => {
  const cache = new WeakMap<K, V>();
  return (k: K): V => {
    if (!cache.has(k)) cache.set(k, build(k));
    return cache.get(k)!;
  };
};

const adminIndex = memo((labels: FeatureCollection<Point>) => new Map(labels.features.map((f) => [String(f.properties?.id), f])));
const placeIndex = memo((g: Gazetteer) => {
  const m = new Map<string, Feature<Geometry | null, PlaceProperties>>();
  for (const fc of Object.values(g.places)) for (const f of fc.features) if (!m.has(f.properties.id)) m.set(f.properties.id, f);
  return m;
});
const elementIndex = memo((g: Gazetteer) => {
  const m = new Map<string, StructureElement & { structure: Structure }>();
  for (const structure of g.structures.structures) for (const e of structure.elements) if (!m.has(e.id)) m.set(e.id, { ...e, structure });
  return m;
});
const itemIndex = memo((c: Corpus) => new Map(c.items.map((i) => [i.id, i])));

/** An admin unit's label point (it carries all its names). */
export const findAdmin = (data: AtlasData, id: string): Feature<Point> | undefined => (data.basemap ? adminIndex(data.basemap.labels).get(id) : undefined);
export const findPlace = (data: AtlasData, id: string) => (data.gazetteer ? placeIndex(data.gazetteer).get(id) : undefined);
export const findStructureElement = (data: AtlasData, id: string) => (data.gazetteer ? elementIndex(data.gazetteer).get(id) : undefined);
export const findItem = (data: AtlasData, id: string): PlanItem | undefined => (data.corpus ? itemIndex(data.corpus).get(id) : undefined);

/** Whether the data a selection of this kind names has loaded (and so whether it can be checked yet). */
export const canCheck = (data: AtlasData, kind: SelectionKind) => (kind === 'admin' ? data.basemap !== null : data.gazetteer !== null && data.corpus !== null);

/** Whether a selection names something that exists; undefined while its data is still loading. */
export function exists(data: AtlasData, s: Selection): boolean | undefined {
  if (!canCheck(data, s.kind)) return undefined;
  if (s.kind === 'admin') return findAdmin(data, s.id) !== undefined;
  if (s.kind === 'places') return findPlace(data, s.id) !== undefined;
  if (s.kind === 'structures') return findStructureElement(data, s.id) !== undefined;
  return findItem(data, s.id) !== undefined;
}

const located = <P,>(f: Feature<Geometry | null, P> | undefined): f is Feature<Geometry, P> => !!f?.geometry;

/** The geometries to highlight for a selection: the feature itself, or every place an item names
 * (an unlocated place has none: the map has nothing to show or fit for it). */
export function selectionFeatures(data: AtlasData, s: Selection | null): Feature[] {
  if (!s) return [];
  if (s.kind === 'places') return [findPlace(data, s.id)].filter(located);
  if (s.kind === 'structures') {
    const e = findStructureElement(data, s.id);
    return e?.geometry ? [{ type: 'Feature', properties: { id: e.id }, geometry: e.geometry }] : [];
  }
  if (s.kind === 'items') {
    const links = data.links?.items.get(s.id);
    // What its text names, else what it inherits (an annex task: its implementing items' places), else its anchor.
    const refs = countedPlaces(links, false);
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

/** The bounds of a region the camera can be sent to: the whole GBA, the west-bank metropolitan area,
 * or one admin unit, from the boxes the basemap stage wrote on each unit's label point. */
export function regionBounds(data: AtlasData, region: string): Bounds | undefined {
  const labels = data.basemap?.labels.features ?? [];
  const pick =
    region === 'gba' ? labels.filter((f) => f.properties?.gba === true) : region === 'west-bank' ? labels.filter((f) => f.properties?.westBank === true && f.properties?.level === 'city') : [findAdmin(data, region)].filter((f) => f !== undefined);
  const boxes = pick.map((f) => f.properties?.bbox).filter((b): b is Bounds => Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number'));
  if (!boxes.length) return undefined;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}
