// Small geometry helpers shared by the basemap steps (turf does the spherical maths).
import { area, bbox as turfBbox, booleanPointInPolygon, centroid, featureCollection, intersect, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { PRECISION } from './region.ts';

export type Areal = Polygon | MultiPolygon;
export type LngLat = [number, number];

export const round = (v: number): number => Math.round(v / PRECISION) * PRECISION;
/** Round and print with 5 decimals so label points are as stable as the mapshaper-written coordinates. */
export const roundPoint = (p: Position): LngLat => [Number(round(p[0] ?? NaN).toFixed(5)), Number(round(p[1] ?? NaN).toFixed(5))];

export const partsOf = (g: Areal): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
export const fromParts = (parts: Position[][][]): Areal =>
  parts.length === 1 && parts[0] ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };

export const ringKm2 = (ring: Position[]): number => (ring.length < 4 ? 0 : area(polygon([ring])) / 1e6);
export const km2 = (g: Areal): number => area(g) / 1e6;

/** Drop holes smaller than `minKm2`: in the OSM land data they are fish ponds and river bits squared off by simplification. */
export function dropSmallHoles(g: Areal, minKm2: number): { geometry: Areal; dropped: number } {
  let dropped = 0;
  const parts = partsOf(g).map(([outer, ...holes]) => {
    const kept = holes.filter((h) => ringKm2(h) >= minKm2);
    dropped += holes.length - kept.length;
    return outer ? [outer, ...kept] : [];
  });
  return { geometry: fromParts(parts.filter((p) => p.length > 0)), dropped };
}

/** The part with the largest outer ring: the mainland of a province or city, where a label belongs. */
export function largestPart(g: Areal): Polygon {
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const p of partsOf(g)) {
    const a = p[0] ? ringKm2(p[0]) : 0;
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  if (!best) throw new Error('largestPart: empty geometry');
  return { type: 'Polygon', coordinates: best };
}

export const inside = (p: LngLat, g: Areal): boolean => booleanPointInPolygon(p, g);

/**
 * A label point inside `g`: `preferred` (e.g. the DataV seat of government) if it falls inside after rounding,
 * else the centroid of the largest part, else turf's point-on-surface of that part.
 */
export function labelPoint(g: Areal, preferred?: Position): { point: LngLat; how: 'preferred' | 'centroid' | 'surface' } {
  if (preferred) {
    const p = roundPoint(preferred);
    if (inside(p, g)) return { point: p, how: 'preferred' };
  }
  const main = largestPart(g);
  const c = roundPoint(centroid(main).geometry.coordinates);
  if (inside(c, main)) return { point: c, how: 'centroid' };
  const s = roundPoint(pointOnFeature(main).geometry.coordinates);
  if (inside(s, main)) return { point: s, how: 'surface' };
  throw new Error('labelPoint: no interior point found');
}

/** Pairwise overlap areas (km²) above `minKm2`, bbox-prefiltered; used for the build report. */
export function overlaps(features: Feature<Areal, { id: string }>[], minKm2 = 0): { a: string; b: string; km2: number }[] {
  const boxes = features.map((f) => turfBbox(f));
  const found: { a: string; b: string; km2: number }[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const [fa, fb] = [features[i], features[j]];
      if (!a || !b || !fa || !fb || a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
      const x = intersect(featureCollection([fa, fb]));
      const k = x ? area(x) / 1e6 : 0;
      if (k > minKm2) found.push({ a: fa.properties.id, b: fb.properties.id, km2: k });
    }
  }
  return found;
}
