// Finds places and admin units by any of their names: 简体, 繁體 (folded), English, or an alias the
// plans use, so one search box serves items and places alike.
import type { Feature, Geometry } from 'geojson';
import type { Selection } from '../kernel/state.ts';
import type { Fold } from './scriptFold.ts';

export interface PlaceHit {
  selection: Selection;
  name: string;
  /** What it is, for the result list: an admin level or a place type. */
  kind: string;
}

interface Entry extends PlaceHit {
  names: string[];
}

export interface PlaceIndex {
  fold: Fold;
  entries: Entry[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function buildPlaceIndex(admin: Feature[], places: Feature<Geometry | null>[], fold: Fold): PlaceIndex {
  const entry = (f: Feature<Geometry | null>, selection: Selection, kind: string): Entry => {
    const p = f.properties ?? {};
    const aliases = Array.isArray(p.aliases) ? (p.aliases as unknown[]).map(str) : [];
    return { selection, kind, name: str(p.name), names: [p.name, p.shortName, p['name:zh-Hant'], p['name:en'], ...aliases].map(str).filter(Boolean).map(fold) };
  };
  return {
    fold,
    entries: [
      ...admin.map((f) => entry(f, { kind: 'admin', id: str(f.properties?.id) }, str(f.properties?.level))),
      ...places.map((f) => entry(f, { kind: 'places', id: str(f.properties?.id) }, str(f.properties?.type))),
    ],
  };
}

/** Best matches first: an exact name, then a name that starts with the query, then one containing it. */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceHit[] {
  const q = index.fold(query);
  if (!q) return [];
  const rank = (e: Entry) => (e.names.includes(q) ? 0 : e.names.some((n) => n.startsWith(q)) ? 1 : e.names.some((n) => n.includes(q)) ? 2 : 3);
  return index.entries
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || a.e.name.length - b.e.name.length)
    .slice(0, limit)
    .map(({ e: { selection, name, kind } }) => ({ selection, name, kind }));
}
