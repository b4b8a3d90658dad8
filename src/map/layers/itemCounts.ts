// How many (filtered) plan items concern each city, and each county of the west bank when zoomed in:
// the list's filters drawn on the map. Two forms, in the same classes (src/map/countClasses.ts):
// the admin areas shaded by class (a choropleth, the default), or badges above the place names.
// Both are filled by src/map/bind/itemCounts.ts while a list of items is open.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { fonts, L, type MapLayer } from './types.ts';

/** The badges' points (filled by the binding). */
export const ITEM_COUNT_SOURCE = 'itemCounts';
/** The west-bank county polygons, loaded with the first shaded counts (empty until then). */
export const COUNTY_AREA_SOURCE = 'countyAreas';
/** The shaded areas carry their colour as feature state, keyed by the features' `id` property. */
export const COUNT_STATE_SOURCES = ['cities', COUNTY_AREA_SOURCE] as const;
/** The feature-state keys holding an area's colour at each scale. */
export const COUNT_STATE = { gba: 'countGba', westBank: 'countWestBank' } as const;
/** The zoom from which the west bank is counted by county (the other cities stay whole). */
export const COUNTY_ZOOM = 8;
/** The symbol image of a badge (added by the binding with the first badges). */
export const BADGE_IMAGE = 'count-badge';

/** Badge geometry: the image's radius (px), the gap between a badge and its place's name point, the
 * badge radius per class, the text size. */
export const BADGE = { radius: 20, gap: 9, classRadius: [10, 12.5, 15, 17.5, 20], textSize: 11 } as const;

/** A value per badge class, from its radius. */
const byClass = (value: (r: number) => number | [number, number]): ExpressionSpecification => {
  const out = (r: number) => {
    const v = value(r);
    return Array.isArray(v) ? ['literal', v] : v;
  };
  const last = BADGE.classRadius.length - 1;
  return ['match', ['get', 'cls'], ...BADGE.classRadius.slice(0, last).flatMap((r, i) => [i, out(r)]), out(BADGE.classRadius[last]!)] as unknown as ExpressionSpecification;
};

/** What generated legends say of the counts; the classes themselves are in the counts legend
 * (src/panels/counts/CountsLegend.tsx), which follows the filters. */
const COUNTS_LEGEND: MapLayer['legend'] = [
  { label: L('规划事项数（随筛选变化）', '規劃事項數（隨篩選變化）', 'Plan items (follows the filters)'), swatch: { kind: 'fill', color: '#b3bedc', outline: '#8f95c6' } },
];

const fill = (id: string, source: string, state: string, zoom: { minzoom?: number; maxzoom?: number }, filter?: FilterSpecification): MapLayer => ({
  group: 'item-counts',
  ...(id === 'item-count-fill-gba' ? { legend: COUNTS_LEGEND } : {}),
  spec: {
    id,
    type: 'fill',
    source,
    ...zoom,
    ...(filter ? { filter } : {}),
    paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', state], 'rgba(0,0,0,0)']], 'fill-opacity': 0.85 },
  },
});

/** The shaded areas, drawn over the city fills and under the boundary lines and everything else. */
export const countAreaLayers: MapLayer[] = [
  fill('item-count-fill-gba', 'cities', COUNT_STATE.gba, { maxzoom: COUNTY_ZOOM }),
  // Zoomed in, the west bank is shaded by county; the other cities stay whole.
  fill('item-count-fill-cities', 'cities', COUNT_STATE.westBank, { minzoom: COUNTY_ZOOM }, ['!=', ['get', 'westBank'], true]),
  fill('item-count-fill-counties', COUNTY_AREA_SOURCE, COUNT_STATE.westBank, { minzoom: COUNTY_ZOOM }),
];

/** Badges take part in label collision: placed before the place names (they are above them in the
 * stack), which step aside, so a badge never covers a name; a bigger count wins over a smaller. */
const badges = (id: string, band: string, zoom: { minzoom?: number; maxzoom?: number }): MapLayer => ({
  group: 'item-counts',
  spec: {
    id,
    type: 'symbol',
    source: ITEM_COUNT_SOURCE,
    filter: ['==', ['get', 'band'], band],
    ...zoom,
    layout: {
      'icon-image': BADGE_IMAGE,
      'icon-size': byClass((r) => r / BADGE.radius),
      // Centred BADGE.gap px above the name's point (icon offsets are in image pixels, text offsets in ems).
      'icon-offset': byClass((r) => [0, -((BADGE.gap + r) * BADGE.radius) / r]),
      'text-offset': byClass((r) => [0, -(BADGE.gap + r) / BADGE.textSize]),
      'text-field': ['to-string', ['get', 'count']],
      'text-font': fonts.bold,
      'text-size': BADGE.textSize,
      'symbol-sort-key': ['-', 0, ['get', 'count']],
    },
    paint: { 'icon-color': ['get', 'color'], 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5, 'text-color': '#1d1630' },
  },
});

export const itemCountLayers: MapLayer[] = [badges('item-count-badges-gba', 'gba', { maxzoom: COUNTY_ZOOM }), badges('item-count-badges-west-bank', 'westBank', { minzoom: COUNTY_ZOOM })];
