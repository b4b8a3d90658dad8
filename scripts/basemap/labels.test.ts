import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoints, shortNames } from './labels.ts';

const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

describe('labelPoints', () => {
  it('makes one point per feature at its labelPoint, keeping the other properties and adding its box', () => {
    const features: Feature[] = [{ type: 'Feature', properties: { id: 'a', name: '甲', labelPoint: [0.5, 0.4] }, geometry: square }];
    expect(labelPoints(features)).toEqual([
      { type: 'Feature', properties: { id: 'a', name: '甲', bbox: [0, 0, 1, 1] }, geometry: { type: 'Point', coordinates: [0.5, 0.4] } },
    ]);
  });

  it('skips features whose labelPoint is missing or malformed', () => {
    const bad = [undefined, [1], ['1', 2], [Number.NaN, 1], 'x'];
    const features: Feature[] = bad.map((labelPoint) => ({ type: 'Feature', properties: { labelPoint }, geometry: square }));
    expect(labelPoints(features)).toEqual([]);
  });
});

const unit = (name: string, shortName: string, hant: string, en: string) => shortNames({ name, shortName, 'name:zh-Hant': hant, 'name:en': en });

describe('shortNames', () => {
  it('gives the map label of a unit in 繁體 and English from its full names', () => {
    expect(unit('江门市', '江门', '江門市', 'Jiangmen')).toEqual({ 'shortName:zh-Hant': '江門', 'shortName:en': 'Jiangmen' });
    expect(unit('香洲区', '香洲', '香洲區', 'Xiangzhou District')).toEqual({ 'shortName:zh-Hant': '香洲', 'shortName:en': 'Xiangzhou' });
    expect(unit('阳西县', '阳西', '陽西縣', 'Yangxi County')).toEqual({ 'shortName:zh-Hant': '陽西', 'shortName:en': 'Yangxi' });
    expect(unit('澳门特别行政区', '澳门', '澳門特別行政區', 'Macao')).toEqual({ 'shortName:zh-Hant': '澳門', 'shortName:en': 'Macao' });
    expect(shortNames({ name: '甲' })).toEqual({});
  });
});
