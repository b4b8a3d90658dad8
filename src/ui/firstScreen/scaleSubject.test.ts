import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cityAt, scaleOf } from './scaleSubject.ts';

const city = (id: string, at: [number, number], bbox: number[], level = 'city'): Feature<Point> => ({
  type: 'Feature',
  properties: { id, level, bbox },
  geometry: { type: 'Point', coordinates: at },
});
const labels = [
  city('440700', [112.9, 22.3], [112.0, 21.4, 113.3, 22.9]),
  city('442000', [113.4, 22.5], [113.1, 22.2, 113.7, 22.8]),
  city('440000', [113.3, 23.1], [109, 20, 117, 25], 'province'),
];

describe('scaleOf', () => {
  it('splits the zooms into the GBA, west-bank and city bands', () => {
    expect([6, 7.99, 8, 9.99, 10, 13].map(scaleOf)).toEqual(['gba', 'gba', 'metro', 'metro', 'city', 'city']);
  });
});

describe('cityAt', () => {
  it('finds the city whose box holds the point, the nearest label where boxes overlap, never a province', () => {
    expect(cityAt(labels, [112.5, 22.0])?.properties?.id).toBe('440700');
    expect(cityAt(labels, [113.25, 22.5])?.properties?.id).toBe('442000');
    expect(cityAt(labels, [114.5, 24.5])).toBeUndefined();
  });
  it('ignores a label without a usable box', () => {
    expect(cityAt([city('x', [0, 0], [0, 0, 1] as number[]), city('y', [0, 0], ['a', 0, 1, 1] as never)], [0.5, 0.5])).toBeUndefined();
  });
});
