import type { Feature } from 'geojson';
import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { featureBounds } from './featureBounds.ts';

const f = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: {}, geometry });

describe('featureBounds', () => {
  it('boxes points, lines, polygons with holes, multi-geometries and collections together', () => {
    const features = [
      f({ type: 'Point', coordinates: [113.5, 22.2] }),
      f({ type: 'LineString', coordinates: [[113.0, 22.5], [113.9, 22.1]] }),
      f({ type: 'Polygon', coordinates: [[[112.9, 21.8], [113.2, 21.8], [113.2, 22.0], [112.9, 21.8]], [[113.0, 21.85], [113.1, 21.85], [113.1, 21.9], [113.0, 21.85]]] }),
      f({ type: 'MultiPolygon', coordinates: [[[[114.1, 22.3], [114.3, 22.3], [114.3, 22.6], [114.1, 22.3]]]] }),
      f({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [111.9, 21.7] }] }),
    ];
    expect(featureBounds(features)).toEqual([111.9, 21.7, 114.3, 22.6]);
    // The same box turf draws (the library this replaces on the first screen).
    expect(featureBounds(features)).toEqual(bbox({ type: 'FeatureCollection', features }));
  });

  it('is null for no position at all, and ignores positions that are not numbers', () => {
    expect(featureBounds([])).toBeNull();
    expect(featureBounds([{ type: 'Feature', properties: {}, geometry: null as never }])).toBeNull();
    expect(featureBounds([f({ type: 'MultiPoint', coordinates: [] })])).toBeNull();
    expect(featureBounds([f({ type: 'MultiPoint', coordinates: [[NaN, 1], [113, 22]] })])).toEqual([113, 22, 113, 22]);
  });
});
