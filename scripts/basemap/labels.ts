// labels.geojson: one point per admin unit at its `labelPoint` (inside the polygon), with the unit's
// names, flags and bounding box. MapLibre would otherwise label every island of a multipolygon
// separately, and the app gets every unit's names (for labels in each UI language) and extent (for
// "zoom to this city") without downloading the polygons into its main thread.
import { bbox } from '@turf/turf';
import type { Feature, Point } from 'geojson';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The short label of a unit in 繁體 and English, from its hand-checked full names (scripts/basemap/names.ts):
 * 广州市 → 广州 is a prefix, so 廣州市 → 廣州 (the two scripts map character for character in these names);
 * English drops the generic " District" / " County" as the Chinese short name drops 区 / 县. */
export function shortNames(p: Record<string, unknown>): Record<string, string> {
  const { name, shortName } = p;
  const hant = p['name:zh-Hant'];
  const en = p['name:en'];
  if (typeof name !== 'string' || typeof shortName !== 'string' || typeof hant !== 'string' || typeof en !== 'string') return {};
  return {
    'shortName:zh-Hant': name.startsWith(shortName) && hant.length === name.length ? hant.slice(0, shortName.length) : hant,
    'shortName:en': en.replace(/ (District|County)$/, ''),
  };
}

export function labelPoints(features: readonly Feature[]): Feature<Point>[] {
  const points: Feature<Point>[] = [];
  for (const f of features) {
    const p = f.properties?.labelPoint as unknown;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    const { labelPoint: _omit, ...properties } = f.properties ?? {};
    const box = f.geometry ? (bbox(f) as number[]).map(round4) : undefined;
    points.push({
      type: 'Feature',
      properties: { ...properties, ...shortNames(properties), ...(box ? { bbox: box } : {}) },
      geometry: { type: 'Point', coordinates: [p[0], p[1]] },
    });
  }
  return points;
}
