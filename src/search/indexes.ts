// The search indexes, built once per loaded corpus and gazetteer and shared by every panel and map
// view that filters items or finds places.
import type { AtlasData } from '../data/lookup.ts';
import { anchorOf, currentNames } from './itemFacts.ts';
import { buildItemIndex, type ItemIndex } from './itemSearch.ts';
import { buildPlaceIndex, type PlaceIndex } from './placeSearch.ts';
import { buildFold } from './scriptFold.ts';

export interface SearchIndexes {
  items: ItemIndex;
  places: PlaceIndex;
}

const cache = new WeakMap<object, SearchIndexes>();

export function searchIndexes(inst: AtlasData): SearchIndexes | null {
  const { corpus, gazetteer } = inst;
  if (!corpus || !gazetteer) return null;
  const hit = cache.get(corpus);
  if (hit) return hit;
  const places = Object.values(gazetteer.places).flatMap((fc) => fc.features);
  // The corpus and the gazetteer carry every name in both scripts: that is the whole 繁→简 map needed.
  const fold = buildFold([
    ...corpus.items.map((i): [string, string] => [i.textHant, i.textHans]),
    ...places.map((f): [string, string] => [f.properties['name:zh-Hant'], f.properties.name]),
  ]);
  const anchors = new Map([...(inst.links?.items ?? [])].map(([id, l]) => [id, anchorOf(l)]));
  const built = { items: buildItemIndex(corpus.items, fold, anchors, currentNames(corpus.units)), places: buildPlaceIndex(inst.basemap?.labels.features ?? [], places, fold) };
  cache.set(corpus, built);
  return built;
}
