// Everything one atlas on a page owns. The MapLibre map lives here, outside React state
// (the react-map-gl pattern); React components reach it through AtlasContext.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Emitter } from '../kernel/emitter.ts';
import type { Corpus } from '../data/loadCorpus.ts';
import type { Locale } from '../contracts/label.ts';
import type { LinksFile } from '../contracts/links.ts';
import type { Basemap, Gazetteer } from '../data/loadBasemap.ts';
import { createAtlasStore } from '../kernel/store.ts';
import type { MapView, PublicState, Selection } from '../kernel/state.ts';

export interface AtlasEvents extends Record<string, unknown> {
  /** The map is idle with every layer drawn. Sticky: late listeners are called at once. */
  ready: PublicState;
  /** Any public state changed (view after a move ends, layers, selection). */
  statechange: PublicState;
  select: Selection | null;
  /** Loading failed; the payload is the message shown to the user. */
  error: string;
}

export interface AtlasInstance {
  store: ReturnType<typeof createAtlasStore>;
  events: Emitter<AtlasEvents>;
  locale: Locale;
  map: MapLibreMap | null;
  basemap: Basemap | null;
  gazetteer: Gazetteer | null;
  corpus: Corpus | null;
  links: LinksFile | null;
}

/** The default view: the whole Greater Bay Area with 阳江, the estuary in the middle. The map fits
 * DEFAULT_BOUNDS to its window (a phone too); DEFAULT_VIEW is that fit on a 1280×800 window. */
export const DEFAULT_VIEW: MapView = { center: [113.375, 22.933], zoom: 7.41, bearing: 0, pitch: 0 };
export const DEFAULT_BOUNDS: [number, number, number, number] = [111.45, 21.45, 115.3, 24.4];

export function createAtlasInstance(locale: Locale): AtlasInstance {
  return {
    store: createAtlasStore(DEFAULT_VIEW),
    events: new Emitter<AtlasEvents>(['ready', 'error']),
    locale,
    map: null,
    basemap: null,
    gazetteer: null,
    corpus: null,
    links: null,
  };
}
