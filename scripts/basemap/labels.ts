// labels.geojson: one point per admin unit at its `labelPoint` (inside the polygon), with the unit's
// names and flags. MapLibre would otherwise label every island of a multipolygon separately, and the
// app gets every unit's names without downloading the polygons into its main thread.
import type { Feature, Point } from 'geojson';

export function labelPoints(features: readonly Feature[]): Feature<Point>[] {
  const points: Feature<Point>[] = [];
  for (const f of features) {
    const p = f.properties?.labelPoint as unknown;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    const { labelPoint: _omit, ...properties } = f.properties ?? {};
    points.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [p[0], p[1]] } });
  }
  return points;
}
