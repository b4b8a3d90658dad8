// Draws the item counts on the map, as shaded areas (feature state on the city and county polygons: no
// geometry is copied) or as badges, and publishes the classes for the legend. Loaded with the first
// counts, never with the map.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import { COUNTIES_FILE } from '../contracts/manifest.ts';
import type { CountsMode } from '../kernel/state.ts';
import { publishCountsLegend } from './countsLegend.ts';
import { badgeImage, bandAreas, countBands, itemCountFeatures, type BandAreas, type CountBand } from './itemCounts.ts';
import { BADGE_IMAGE, COUNT_STATE, COUNTY_AREA_SOURCE, ITEM_COUNT_SOURCE } from './layers/itemCounts.ts';

interface Drawn {
  areas: Record<CountBand, BandAreas>;
  /** Whether the county polygons were asked for. */
  counties: boolean;
  /** Whether the map holds shaded areas or badges now. */
  shaded: boolean;
  badges: boolean;
}
const drawn = new WeakMap<MapLibreMap, Drawn>();

const empty = { type: 'FeatureCollection' as const, features: [] };

function clearShading(map: MapLibreMap, d: Drawn): void {
  if (!d.shaded) return;
  for (const band of ['gba', 'westBank'] as const) {
    for (const id of d.areas[band].cities) map.removeFeatureState({ source: 'cities', id }, COUNT_STATE[band]);
    for (const id of d.areas[band].counties) if (d.counties) map.removeFeatureState({ source: COUNTY_AREA_SOURCE, id }, COUNT_STATE[band]);
  }
  d.shaded = false;
}

function clearBadges(map: MapLibreMap, d: Drawn): void {
  if (!d.badges) return;
  map.getSource<GeoJSONSource>(ITEM_COUNT_SOURCE)?.setData(empty);
  d.badges = false;
}

/** Draws `counts` (by city and county id) in `mode`, for the owner's legend. */
export function drawCounts(map: MapLibreMap, owner: object, labels: Feature<Point>[], counts: Map<string, number>, mode: CountsMode): void {
  const d = drawn.get(map) ?? { areas: bandAreas(labels), counties: false, shaded: false, badges: false };
  drawn.set(map, d);
  const bands = countBands(d.areas, counts);
  if (mode === 'map') {
    clearBadges(map, d);
    if (!d.counties) {
      // The county polygons load now, once: the map without counts never needs them.
      map.getSource<GeoJSONSource>(COUNTY_AREA_SOURCE)?.setData(new URL(COUNTIES_FILE, document.baseURI).href);
      d.counties = true;
    }
    for (const band of ['gba', 'westBank'] as const) {
      const { colors } = bands[band];
      for (const id of d.areas[band].cities) map.setFeatureState({ source: 'cities', id }, { [COUNT_STATE[band]]: colors.get(id) });
      // Feature state set before the polygons have loaded applies once they have.
      for (const id of d.areas[band].counties) map.setFeatureState({ source: COUNTY_AREA_SOURCE, id }, { [COUNT_STATE[band]]: colors.get(id) });
    }
    d.shaded = true;
  } else {
    clearShading(map, d);
    if (!map.hasImage(BADGE_IMAGE)) map.addImage(BADGE_IMAGE, badgeImage(), { sdf: true });
    map.getSource<GeoJSONSource>(ITEM_COUNT_SOURCE)?.setData(itemCountFeatures(labels, counts, bands));
    d.badges = true;
  }
  const legend = (band: CountBand) => ({ classes: bands[band].classes, zero: bands[band].zero, areas: bands[band].areas, empty: bands[band].empty });
  publishCountsLegend(owner, { gba: legend('gba'), westBank: legend('westBank') });
}

/** Takes the counts off the map. */
export function clearCounts(map: MapLibreMap, owner: object): void {
  const d = drawn.get(map);
  if (d) {
    clearShading(map, d);
    clearBadges(map, d);
  }
  publishCountsLegend(owner, null);
}

/** Draws on `to` the counts `from` shows (an export's off-screen map: same sources, a new map). */
export function copyCounts(from: MapLibreMap, to: MapLibreMap): void {
  const d = drawn.get(from);
  if (!d?.shaded) return;
  if (d.counties) to.getSource<GeoJSONSource>(COUNTY_AREA_SOURCE)?.setData(new URL(COUNTIES_FILE, document.baseURI).href);
  for (const band of ['gba', 'westBank'] as const) {
    for (const id of d.areas[band].cities) to.setFeatureState({ source: 'cities', id }, from.getFeatureState({ source: 'cities', id }));
    if (d.counties) for (const id of d.areas[band].counties) to.setFeatureState({ source: COUNTY_AREA_SOURCE, id }, from.getFeatureState({ source: COUNTY_AREA_SOURCE, id }));
  }
}
