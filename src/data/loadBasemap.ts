// Loads the data the app itself reads. Before the map can be made: the credits and the label points
// (every unit's names and extent). Alongside, not holding the map up: the gazetteer and the
// structures' definitions, for cards and lookups. Every geometry the map draws is handed to MapLibre
// as a URL (src/map/sources.ts), so its worker fetches and parses it off the main thread.
import type { FeatureCollection, Point } from 'geojson';
import { DataFileError, fetchJson, type Fetch } from './fetchJson.ts';
import { PLACE_TYPES, type PlaceProperties, type PlaceType, type StructuresFile } from '../contracts/places.ts';
import { BASEMAP_FILES, PLACE_FILES, SOURCES_FILE, STRUCTURES_FILE } from '../contracts/manifest.ts';

/** One dataset's credit line, as listed in data/SOURCES.md. */
export interface DataSourceCredit {
  id: string;
  name: string;
  /** As the source asks to be credited (简体 where it is Chinese). */
  attribution: string;
  /** The same in 繁體 and English, where the file gives them. */
  attributions?: Partial<Record<'zh-Hant' | 'en', string>>;
}

/** The data sources' credit line in a UI language (a source's own words where it gives none in it). */
export const creditLine = (list: readonly DataSourceCredit[], locale: 'zh-Hans' | 'zh-Hant' | 'en'): string =>
  list.map((c) => (locale === 'zh-Hans' ? c.attribution : (c.attributions?.[locale] ?? c.attribution))).join(' | ');

export interface Basemap {
  labels: FeatureCollection<Point>;
  credits: DataSourceCredit[];
}

export interface Gazetteer {
  /** A null geometry is an unlocated place: named and linked, never drawn. */
  places: Record<PlaceType, FeatureCollection<GeoJSON.Geometry | null, PlaceProperties>>;
  structures: StructuresFile;
}

function asFeatureCollection<T extends FeatureCollection<GeoJSON.Geometry | null>>(file: string, json: unknown): T {
  const fc = json as Partial<FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFileError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as T;
}

function asCredits(json: unknown): DataSourceCredit[] {
  const list = (json as { sources?: unknown } | null)?.sources ?? json;
  if (!Array.isArray(list)) throw new DataFileError(SOURCES_FILE, 'expected a list of sources');
  return list
    .filter((s): s is DataSourceCredit => typeof s?.id === 'string' && typeof s?.attribution === 'string' && s.attribution !== '')
    .map((s) => {
      // Only own, non-empty strings for the two known languages (the file is data, not code).
      const given = s.attributions as unknown;
      const attributions: Partial<Record<'zh-Hant' | 'en', string>> = {};
      if (typeof given === 'object' && given !== null)
        for (const l of ['zh-Hant', 'en'] as const) {
          const v = Object.hasOwn(given, l) ? (given as Record<string, unknown>)[l] : undefined;
          if (typeof v === 'string' && v !== '') attributions[l] = v;
        }
      return { id: s.id, name: s.name, attribution: s.attribution, attributions };
    });
}

function asStructures(json: unknown): StructuresFile {
  const s = json as Partial<StructuresFile> | null;
  if (!s || !Array.isArray(s.structures) || !s.structures.every((x) => typeof x?.id === 'string' && Array.isArray(x.elements))) {
    throw new DataFileError(STRUCTURES_FILE, 'expected { structures: [{ id, elements: [...] }] }');
  }
  return s as StructuresFile;
}

export async function loadBasemap(base: string, fetchImpl?: Fetch): Promise<Basemap> {
  const [credits, labels] = await Promise.all([
    fetchJson(SOURCES_FILE, base, fetchImpl).then(asCredits),
    fetchJson(BASEMAP_FILES.labels, base, fetchImpl).then((j) => asFeatureCollection<FeatureCollection<Point>>(BASEMAP_FILES.labels, j)),
  ]);
  return { labels, credits };
}

export async function loadGazetteer(base: string, fetchImpl?: Fetch): Promise<Gazetteer> {
  const [structures, ...placeFiles] = await Promise.all([
    fetchJson(STRUCTURES_FILE, base, fetchImpl).then(asStructures),
    ...PLACE_TYPES.map((t) => {
      const file = PLACE_FILES[t];
      return fetchJson(file, base, fetchImpl).then((j) => asFeatureCollection<FeatureCollection<GeoJSON.Geometry | null, PlaceProperties>>(file, j));
    }),
  ]);
  return { places: Object.fromEntries(PLACE_TYPES.map((t, i) => [t, placeFiles[i]])) as Gazetteer['places'], structures };
}

