// Every file under public/data/, named once: the pipeline (scripts/) writes these paths and the app
// loads them. Paths are relative to the page, so dist/ works from any sub-path.
import { PLACE_TYPES, type PlaceType } from './places.ts';

/** The basemap's GeoJSON files (see data/SOURCES.md), by the map source id that draws each. */
export const BASEMAP_FILES = {
  land: 'data/land.geojson',
  provinces: 'data/provinces.geojson',
  cities: 'data/cities.geojson',
  // counties.geojson is not drawn as fills: county lines come from admin-lines, names from labels.
  adminLines: 'data/admin-lines.geojson',
  boundaryLines: 'data/boundary-lines.geojson',
  /** One point per province, city and county with its names: labels, and the app's name lookup. */
  labels: 'data/labels.geojson',
} as const;
export type BasemapSourceId = keyof typeof BASEMAP_FILES;

/** Written by the pipeline for its own later stages (structure circles), never drawn. */
export const COUNTIES_FILE = 'data/counties.geojson';

/** One gazetteer file per place type. */
export const placeFile = (type: PlaceType) => `data/places/${type}.geojson`;
export const PLACE_FILES: Record<PlaceType, string> = Object.fromEntries(PLACE_TYPES.map((t) => [t, placeFile(t)])) as Record<PlaceType, string>;
/** One name point per area place (a multi-part area would otherwise be named on every part). */
export const AREA_LABELS_FILE = 'data/place-area-labels.geojson';
/** The vertices of schematic lines (their named nodes), drawn as dots that outlast the lines. */
export const LINE_NODES_FILE = 'data/line-nodes.geojson';

/** The plan structures: definitions (cards, lookups) and their drawable elements (the map). */
export const STRUCTURES_FILE = 'data/structures.json';
export const STRUCTURE_FEATURES_FILE = 'data/structures.geojson';

export const CORPUS_FILES = { docs: 'data/plan-docs.json', items: 'data/plan-items.json', units: 'data/units.json' } as const;
export const LINKS_FILE = 'data/links.json';
/** Every dataset's credit line (the map's attribution). */
export const SOURCES_FILE = 'data/sources.json';
/** Where the online basemaps' tiles come from (edited by hand, not written by the pipeline: a deployer may
 * point it at a mirror or a proxy). */
export const ONLINE_BASEMAPS_FILE = 'data/online-basemaps.json';

/** The built-in slide decks (src/contracts/deck.ts), validated and with their quotes filled in from
 * the corpus, and their list (id, title, number of slides). */
export const DECK_INDEX_FILE = 'data/decks/index.json';
export const deckFile = (id: string) => `data/decks/${id}.json`;

/** Every file the app may load, for checks that the pipeline wrote them all. */
export const ALL_DATA_FILES: readonly string[] = [
  ...Object.values(BASEMAP_FILES),
  COUNTIES_FILE,
  ...Object.values(PLACE_FILES),
  AREA_LABELS_FILE,
  LINE_NODES_FILE,
  STRUCTURES_FILE,
  STRUCTURE_FEATURES_FILE,
  ...Object.values(CORPUS_FILES),
  LINKS_FILE,
  SOURCES_FILE,
  DECK_INDEX_FILE,
];
