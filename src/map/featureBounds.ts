// The box around some features: [west, south, east, north] over every position of every geometry.
// Written here (rather than turf's `bbox`) because the camera needs it on the first screen, where
// @turf/meta and @turf/helpers would add 1.6 KB gzip for this one loop.
import type { Feature, Geometry, Position } from 'geojson';
import type { Bounds } from '../kernel/state.ts';

type Nested = Position | Nested[];

function coordinatesOf(g: Geometry): Nested[] {
  return g.type === 'GeometryCollection' ? g.geometries.flatMap(coordinatesOf) : [g.coordinates as Nested];
}

/** The box, or null when the features have no position at all. */
export function featureBounds(features: readonly Feature[]): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const stack: Nested[] = features.flatMap((f) => (f.geometry ? coordinatesOf(f.geometry) : []));
  while (stack.length) {
    const c = stack.pop()!;
    if (typeof c[0] === 'number') {
      const [x, y] = c as Position;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      s = Math.min(s, y!);
      n = Math.max(n, y!);
    } else for (const child of c as Nested[]) stack.push(child);
  }
  return w <= e ? [w, s, e, n] : null;
}
