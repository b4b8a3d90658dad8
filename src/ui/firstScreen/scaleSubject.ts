// What the title block names as the subject of the current scale: the whole Greater Bay Area (GBA scale,
// below z8), the west-bank metropolitan area (z8–10), or the city at the centre of the map (z10 on).
import type { Feature, Point } from 'geojson';

export type Scale = 'gba' | 'metro' | 'city';

/** Where one scale gives way to the next (the cartographic zoom bands). */
export const SCALE_ZOOMS = { metro: 8, city: 10 } as const;

export const scaleOf = (zoom: number): Scale => (zoom < SCALE_ZOOMS.metro ? 'gba' : zoom < SCALE_ZOOMS.city ? 'metro' : 'city');

const inBox = (b: unknown, [lng, lat]: readonly [number, number]) =>
  Array.isArray(b) && b.length === 4 && (b as number[]).every(Number.isFinite) && lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];

/**
 * The city (a label point of level `city`) whose box holds `at`, the nearest label point where boxes overlap;
 * undefined out at sea or beyond every city. For when the map cannot say which city polygon is under the centre.
 */
export function cityAt(labels: readonly Feature<Point>[], at: readonly [number, number]): Feature<Point> | undefined {
  let best: Feature<Point> | undefined;
  let bestD = Infinity;
  for (const f of labels) {
    if (f.properties?.level !== 'city' || !inBox(f.properties.bbox, at)) continue;
    const [x, y] = f.geometry.coordinates as [number, number];
    const d = (x - at[0]) ** 2 + (y - at[1]) ** 2;
    if (d < bestD) [best, bestD] = [f, d];
  }
  return best;
}
