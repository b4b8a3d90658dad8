// What each map source draws from: a file of public/data (handed to MapLibre's worker as an absolute
// URL, so it is fetched and parsed off the main thread), data the app already holds (the labels), or
// data the app fills itself (the selection highlight, the item-count badges).
import type { Basemap } from '../data/loadBasemap.ts';
import { emptyBuiltSources, MAP_FILES } from './layers/index.ts';
import type { SourceData } from './style.ts';

/** Every source of the style, for a page at `base` (the worker resolves relative URLs against itself). */
export function mapSources(base: string, basemap: Basemap): SourceData {
  const data: SourceData = Object.fromEntries(Object.entries(MAP_FILES).map(([id, file]) => [id, new URL(file, base).href]));
  data.labels = basemap.labels; // already here, so no second download
  return { ...data, ...emptyBuiltSources() };
}

/** The file a map source id loads, for error messages. */
/** Every source and layer of an online basemap (map/online/) has an id starting with this: its failures
 * are that binding's to report, not a data file's. */
export const ONLINE_PREFIX = 'online:';

export const fileOfSource = (sourceId: string): string | undefined => (Object.hasOwn(MAP_FILES, sourceId) ? MAP_FILES[sourceId] : undefined);
