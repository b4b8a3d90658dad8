import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES } from '../contracts/manifest.ts';
import { fileOfSource, mapSources } from './sources.ts';

describe('map sources', () => {
  it('hand MapLibre absolute URLs under the page’s own path, and the labels the app already has', () => {
    const labels = { type: 'FeatureCollection' as const, features: [] };
    const data = mapSources('https://agency.example/maps/gba/index.html', { labels, credits: [] });
    expect(data.cities).toBe('https://agency.example/maps/gba/data/cities.geojson');
    expect(data['places-airports']).toBe('https://agency.example/maps/gba/data/places/airports.geojson');
    expect(data.labels).toBe(labels);
    expect(data.selection).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('map a source id back to its file, and nothing else (own keys only)', () => {
    expect(fileOfSource('adminLines')).toBe(BASEMAP_FILES.adminLines);
    expect(fileOfSource('nope')).toBeUndefined();
    expect(fileOfSource('constructor')).toBeUndefined();
    expect(fileOfSource('__proto__')).toBeUndefined();
  });
});
