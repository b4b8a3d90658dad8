// Loads what the app itself needs before the map can be made: the data credits and the label points
// (every unit's names). The big geometry files are handed to MapLibre as URLs, so its worker fetches
// and parses them off the main thread; their failures arrive as map errors (see useAtlasMap).
import type { FeatureCollection, Point } from 'geojson';
import { DataFileError, fetchJson, type Fetch } from '../data/fetchJson.ts';
import { BASEMAP_FILES, type BasemapSourceId } from './layers/basemap.ts';
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
  credits: DataSourceCredit[];
}

function asFeatureCollection(file: string, json: unknown): FeatureCollection<Point> {
  const fc = json as Partial<FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFileError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as FeatureCollection<Point>;
}

function asCredits(json: unknown): DataSourceCredit[] {
  const list = (json as { sources?: unknown } | null)?.sources ?? json;
  if (!Array.isArray(list)) throw new DataFileError(SOURCES_FILE, 'expected a list of sources');
  return list.filter(
    (s): s is DataSourceCredit => typeof s?.id === 'string' && typeof s?.attribution === 'string' && s.attribution !== '',
  );
}

export async function loadBasemap(base: string, fetchImpl?: Fetch): Promise<Basemap> {
  const [credits, labels] = await Promise.all([
    fetchJson(SOURCES_FILE, base, fetchImpl).then(asCredits),
    fetchJson(BASEMAP_FILES.labels, base, fetchImpl).then((j) => asFeatureCollection(BASEMAP_FILES.labels, j)),
  ]);
  const data = Object.fromEntries(
    Object.entries(BASEMAP_FILES).map(([id, file]) => [id, id === 'labels' ? labels : new URL(file, base).href]),
  ) as Record<BasemapSourceId, string | FeatureCollection>;
  return { data, labels, credits };
}

/** The basemap file a map source id loads, for error messages. */
export const fileOfSource = (sourceId: string): string | undefined =>
  (BASEMAP_FILES as Record<string, string>)[sourceId];
