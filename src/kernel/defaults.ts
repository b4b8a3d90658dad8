// What a fresh atlas shows, and the limits every view must keep. The map is created with these limits
// and the snapshot parser checks views against the same numbers.
import { DEFAULT_LOCALE, type Locale } from '../contracts/label.ts';
import { SNAPSHOT_VERSION, type Bounds, type ItemFilter, type MapView, type Snapshot } from './state.ts';

export const VIEW_LIMITS = { minZoom: 3, maxZoom: 14, maxPitch: 60 } as const;

/** The map never shows more than the Pan-PRD region and its South China Sea (with its boundary lines). */
export const MAX_BOUNDS: Bounds = [88, 0, 135, 40];

/** The default view: the whole Greater Bay Area with 阳江, the estuary in the middle. The map fits
 * DEFAULT_BOUNDS to its window (a phone too); DEFAULT_VIEW is that fit on a 1280×800 window. */
export const DEFAULT_BOUNDS: Bounds = [111.45, 21.45, 115.3, 24.4];
export const DEFAULT_VIEW: MapView = { center: [113.375, 22.933], zoom: 7.41, bearing: 0, pitch: 0 };

/** No filter: every item proper (introductory paragraphs on request). */
export const emptyFilters: Readonly<ItemFilter> = { query: '', doc: null, theme: null, lead: null, year: null, kind: null, anchor: null, withContext: false, textOnly: false };

/** Bounded lengths of the free-text parts of a snapshot. */
export const TEXT_LIMITS = { query: 200, lead: 100, id: 120, deck: 64 } as const;

export function defaultSnapshot(locale: Locale = DEFAULT_LOCALE): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    view: { ...DEFAULT_VIEW, center: [...DEFAULT_VIEW.center] },
    layers: {},
    opacity: {},
    selection: null,
    panel: null,
    filters: { ...emptyFilters },
    locale,
    presentation: null,
    counts: 'map',
    legend: null,
    text: 'auto',
    basemap: 'offline',
  };
}
