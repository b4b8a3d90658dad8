// Loads public/data/links.json (items ↔ places) for the app, as maps: an id from a link or the API
// (`__proto__`, `constructor` …) is looked up as a key, never as a property of an object.
import type { ItemLinks, LinksFile, PlaceGroup } from '../contracts/links.ts';
import { LINKS_FILE } from '../contracts/manifest.ts';
import { DataFileError, fetchJson, type Fetch } from './fetchJson.ts';

export interface Links {
  /** Item id → the places its text names (or its fallback anchor). */
  items: ReadonlyMap<string, ItemLinks>;
  /** Place id → ids of the items whose text names it. */
  placeItems: ReadonlyMap<string, readonly string[]>;
  /** Place id → ids of the items placed there by places inherited from related items. */
  placeInheritedItems: ReadonlyMap<string, readonly string[]>;
  /** Place id → ids of the items anchored there only by fallback. */
  placeFallbackItems: ReadonlyMap<string, readonly string[]>;
  groups: ReadonlyMap<string, PlaceGroup>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asMap = <T,>(o: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(o));

export function toLinks(file: LinksFile): Links {
  return {
    items: asMap(file.items),
    placeItems: asMap(file.placeItems),
    // Optional: a links.json from before inherited places has none.
    placeInheritedItems: asMap(isRecord(file.placeInheritedItems) ? file.placeInheritedItems : {}),
    placeFallbackItems: asMap(file.placeFallbackItems),
    groups: asMap(file.groups ?? {}),
  };
}

export async function loadLinks(base: string, fetchImpl?: Fetch): Promise<Links> {
  const json = (await fetchJson(LINKS_FILE, base, fetchImpl)) as Partial<LinksFile> | null;
  if (!isRecord(json) || !isRecord(json.items) || !isRecord(json.placeItems) || !isRecord(json.placeFallbackItems)) {
    throw new DataFileError(LINKS_FILE, 'expected { items, placeItems, placeFallbackItems }');
  }
  return toLinks(json as LinksFile);
}
