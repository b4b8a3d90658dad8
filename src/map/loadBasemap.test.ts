import { describe, expect, it } from 'vitest';
import { DataFileError, type Fetch } from '../data/fetchJson.ts';
import { BASEMAP_FILES } from './layers/basemap.ts';
import { loadBasemap } from './loadBasemap.ts';

const base = 'https://agency.example/maps/gba/index.html';
const emptyFc = JSON.stringify({ type: 'FeatureCollection', features: [] });
const sources = JSON.stringify([{ id: 'osm', name: 'OSM', attribution: '© OpenStreetMap contributors' }]);

function fakeFetch(overrides: Record<string, { status?: number; body?: string }> = {}): { fetch: Fetch; urls: string[] } {
  const urls: string[] = [];
  const fetch: Fetch = async (url) => {
    urls.push(url);
    const file = url.replace('https://agency.example/maps/gba/', '');
    const o = overrides[file] ?? {};
    const status = o.status ?? 200;
    const body = o.body ?? (file === 'data/sources.json' ? sources : emptyFc);
    return { ok: status < 400, status, statusText: status === 404 ? 'Not Found' : '', text: async () => body };
  };
  return { fetch, urls };
}

describe('loadBasemap', () => {
  it('loads every file relative to the page, so the app works from a sub-path', async () => {
    const { fetch, urls } = fakeFetch();
    const basemap = await loadBasemap(base, fetch);
    expect(urls.sort()).toEqual(
      ['data/sources.json', ...Object.values(BASEMAP_FILES)].map((f) => `https://agency.example/maps/gba/${f}`).sort(),
    );
    expect(basemap.credits.map((c) => c.attribution)).toEqual(['© OpenStreetMap contributors']);
    expect(Object.keys(basemap.data)).toEqual(expect.arrayContaining(['cityLabels', 'countyLabels', 'provinceLabels', 'land']));
  });

  it('names the file and the reason when a file is missing, broken or of the wrong shape', async () => {
    const cases: [Record<string, { status?: number; body?: string }>, string][] = [
      [{ 'data/cities.geojson': { status: 404 } }, 'data/cities.geojson: HTTP 404 Not Found'],
      [{ 'data/land.geojson': { body: '{"type":"Feat' } }, 'data/land.geojson: not valid JSON'],
      [{ 'data/counties.geojson': { body: '{"type":"Topology"}' } }, 'data/counties.geojson: not a GeoJSON FeatureCollection'],
      [{ 'data/sources.json': { body: '{"a":1}' } }, 'data/sources.json: expected a list of sources'],
    ];
    for (const [overrides, message] of cases) {
      const error = await loadBasemap(base, fakeFetch(overrides).fetch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect((error as Error).message).toBe(message);
    }
  });
});
