// Loads every basemap file and the data sources list in parallel and checks their shape, so that a
// broken deployment shows which file is wrong instead of a blank map.
import type { FeatureCollection } from 'geojson';
import { DataFileError, fetchJson, type Fetch } from '../data/fetchJson.ts';
import { BASEMAP_FILES, LABEL_SOURCES, type BasemapFileId } from './layers/basemap.ts';
import { labelPoints } from './labelPoints.ts';
import type { SourceData } from './style.ts';

export const SOURCES_FILE = 'data/sources.json';

/** One dataset's credit line, as listed in data/SOURCES.md. */
export interface DataSourceCredit {
  id: string;
  name: string;
  attribution: string;
}

export interface Basemap {
  data: SourceData;
  files: Record<BasemapFileId, FeatureCollection>;
  credits: DataSourceCredit[];
}

function asFeatureCollection(file: string, json: unknown): FeatureCollection {
  const fc = json as Partial<FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFileError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as FeatureCollection;
}

function asCredits(json: unknown): DataSourceCredit[] {
  const list = (json as { sources?: unknown } | null)?.sources ?? json;
  if (!Array.isArray(list)) throw new DataFileError(SOURCES_FILE, 'expected a list of sources');
  return list.filter(
    (s): s is DataSourceCredit => typeof s?.id === 'string' && typeof s?.attribution === 'string' && s.attribution !== '',
  );
}

export async function loadBasemap(base: string, fetchImpl?: Fetch): Promise<Basemap> {
  const ids = Object.keys(BASEMAP_FILES) as BasemapFileId[];
  const [credits, ...collections] = await Promise.all([
    fetchJson(SOURCES_FILE, base, fetchImpl).then(asCredits),
    ...ids.map((id) => fetchJson(BASEMAP_FILES[id], base, fetchImpl).then((j) => asFeatureCollection(BASEMAP_FILES[id], j))),
  ]);
  const files = Object.fromEntries(ids.map((id, i) => [id, collections[i]])) as Record<BasemapFileId, FeatureCollection>;
  const labels = Object.fromEntries(
    Object.entries(LABEL_SOURCES).map(([labelId, fileId]) => [labelId, labelPoints(files[fileId])]),
  );
  return { data: { ...files, ...labels } as SourceData, files, credits };
}
