// Label anchors: one point per admin unit, taken from the `labelPoint` the data pipeline computed
// inside the polygon. MapLibre would otherwise label every island of a multipolygon separately.
import type { Feature, FeatureCollection, Point } from 'geojson';

export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc.features) {
    const p = f.properties?.labelPoint as unknown;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    const { labelPoint: _omit, ...properties } = f.properties ?? {};
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [p[0], p[1]] } });
  }
  return { type: 'FeatureCollection', features };
}
