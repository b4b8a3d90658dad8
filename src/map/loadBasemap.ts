// Loads what the app itself needs before the map can be made: the data credits, the label points
// (every unit's names) and the plan structures (their verbatim definitions). The geometry files are
// handed to MapLibre as URLs, so its worker fetches and parses them off the main thread; their
// failures arrive as map errors (see useAtlasMap).
import type { FeatureCollection, Point } from 'geojson';
import { DataFileError, fetchJson, type Fetch } from '../data/fetchJson.ts';
import { PLACE_TYPES, type PlaceProperties, type PlaceType, type StructuresFile } from '../places/types.ts';
import { BASEMAP_FILES } from './layers/basemap.ts';
import { MAP_FILES, SELECTION_SOURCE, STRUCTURE_SOURCE, STRUCTURES_FILE } from './layers/index.ts';
import { PLACE_FILES, placeSource } from './layers/places.ts';
import { structureFeatures } from './structureFeatures.ts';
import type { SourceData } from './style.ts';

export const SOURCES_FILE = 'data/sources.json';

/** One dataset's credit line, as listed in data/SOURCES.md. */
export interface DataSourceCredit {
  id: string;
  name: string;
  attribution: string;
}

export interface Basemap {
  /** Absolute URLs of every basemap source (the worker resolves relative URLs against itself). */
  data: SourceData;
  labels: FeatureCollection<Point>;
  /** The gazetteer, by place type: small enough for the main thread, which needs it for lookups. */
  places: Record<PlaceType, FeatureCollection<GeoJSON.Geometry, PlaceProperties>>;
  structures: StructuresFile;
  credits: DataSourceCredit[];
}

function asFeatureCollection<T extends FeatureCollection>(file: string, json: unknown): T {
  const fc = json as Partial<FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFileError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as T;
}

function asCredits(json: unknown): DataSourceCredit[] {
  const list = (json as { sources?: unknown } | null)?.sources ?? json;
  if (!Array.isArray(list)) throw new DataFileError(SOURCES_FILE, 'expected a list of sources');
  return list.filter(
    (s): s is DataSourceCredit => typeof s?.id === 'string' && typeof s?.attribution === 'string' && s.attribution !== '',
  );
}

function asStructures(json: unknown): StructuresFile {
  const s = json as Partial<StructuresFile> | null;
  if (!s || !Array.isArray(s.structures) || !s.structures.every((x) => typeof x?.id === 'string' && Array.isArray(x.elements))) {
    throw new DataFileError(STRUCTURES_FILE, 'expected { structures: [{ id, elements: [...] }] }');
  }
  return s as StructuresFile;
}

export async function loadBasemap(base: string, fetchImpl?: Fetch): Promise<Basemap> {
  const load = <T extends FeatureCollection>(file: string) =>
    fetchJson(file, base, fetchImpl).then((j) => asFeatureCollection<T>(file, j));
  const [credits, labels, structures, ...placeFiles] = await Promise.all([
    fetchJson(SOURCES_FILE, base, fetchImpl).then(asCredits),
    load<FeatureCollection<Point>>(BASEMAP_FILES.labels),
    fetchJson(STRUCTURES_FILE, base, fetchImpl).then(asStructures),
    ...PLACE_TYPES.map((t) => load<FeatureCollection<GeoJSON.Geometry, PlaceProperties>>(PLACE_FILES[placeSource(t)]!)),
  ]);
  const places = Object.fromEntries(PLACE_TYPES.map((t, i) => [t, placeFiles[i]])) as Basemap['places'];
  // Geometry the main thread never reads goes by URL; what it has loaded anyway goes as objects.
  const data: SourceData = Object.fromEntries(Object.entries(MAP_FILES).map(([id, file]) => [id, new URL(file, base).href]));
  data.labels = labels;
  for (const t of PLACE_TYPES) data[placeSource(t)] = places[t];
  data[STRUCTURE_SOURCE] = structureFeatures(structures);
  data[SELECTION_SOURCE] = { type: 'FeatureCollection', features: [] };
  return { data, labels, places, structures, credits };
}

/** The file a map source id loads, for error messages. */
export const fileOfSource = (sourceId: string): string | undefined => MAP_FILES[sourceId];
