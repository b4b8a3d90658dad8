import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoints } from './labels.ts';

const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

describe('labelPoints', () => {
  it('makes one point per feature at its labelPoint, keeping the other properties', () => {
    const features: Feature[] = [{ type: 'Feature', properties: { id: 'a', name: '甲', labelPoint: [0.5, 0.4] }, geometry: square }];
    expect(labelPoints(features)).toEqual([
      { type: 'Feature', properties: { id: 'a', name: '甲' }, geometry: { type: 'Point', coordinates: [0.5, 0.4] } },
    ]);
  });

  it('skips features whose labelPoint is missing or malformed', () => {
    const bad = [undefined, [1], ['1', 2], [Number.NaN, 1], 'x'];
    const features: Feature[] = bad.map((labelPoint) => ({ type: 'Feature', properties: { labelPoint }, geometry: square }));
    expect(labelPoints(features)).toEqual([]);
  });
});
