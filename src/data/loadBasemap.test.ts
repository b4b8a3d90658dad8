import { describe, expect, it } from 'vitest';
import { DataFileError, type Fetch } from './fetchJson.ts';
import { creditLine, loadBasemap, loadGazetteer } from './loadBasemap.ts';

const base = 'https://agency.example/maps/gba/index.html';
const labels = JSON.stringify({ type: 'FeatureCollection', features: [] });
const structures = JSON.stringify({ source: 'seeds/004', structures: [] });
const sources = JSON.stringify({ sources: [{ id: 'osm', name: 'OSM', attribution: '© OpenStreetMap contributors' }, { id: 'x', name: 'no credit' }] });

function fakeFetch(overrides: Record<string, { status?: number; body?: string }> = {}): { fetch: Fetch; urls: string[] } {
  const urls: string[] = [];
  const fetch: Fetch = async (url) => {
    urls.push(url);
    const file = url.replace('https://agency.example/maps/gba/', '');
    const o = overrides[file] ?? {};
    const status = o.status ?? 200;
    const body = o.body ?? (file === 'data/sources.json' ? sources : file === 'data/structures.json' ? structures : labels);
    return { ok: status < 400, status, statusText: status === 404 ? 'Not Found' : '', text: async () => body };
  };
  return { fetch, urls };
}

describe('loadBasemap', () => {
  it('fetches only what the map needs first: the credits and the label points, from under the page’s own path', async () => {
    const { fetch, urls } = fakeFetch();
    const basemap = await loadBasemap(base, fetch);
    expect(urls.sort()).toEqual(['https://agency.example/maps/gba/data/labels.geojson', 'https://agency.example/maps/gba/data/sources.json']);
    expect(basemap.labels).toEqual({ type: 'FeatureCollection', features: [] });
    expect(basemap.credits.map((c) => c.attribution)).toEqual(['© OpenStreetMap contributors']);
  });

  it('reads each credit in 繁體 and English where the file gives it, own string keys only, and writes the line per language', async () => {
    const body = JSON.stringify({
      sources: [
        { id: 'tdt', name: 'Tianditu', attribution: '数据来源：天地图', attributions: { 'zh-Hant': '資料來源：天地圖', en: 'Data: Tianditu' } },
        { id: 'dv', name: 'DataV', attribution: 'DataV © 阿里云', attributions: { en: 7, 'zh-Hant': '' } },
        { id: 'osm', name: 'OSM', attribution: '© OSM', attributions: 'en' },
      ],
    });
    const { credits } = await loadBasemap(base, fakeFetch({ 'data/sources.json': { body } }).fetch);
    expect(credits.map((c) => c.attributions)).toEqual([{ 'zh-Hant': '資料來源：天地圖', en: 'Data: Tianditu' }, {}, {}]);
    expect(creditLine(credits, 'zh-Hans')).toBe('数据来源：天地图 | DataV © 阿里云 | © OSM');
    expect(creditLine(credits, 'zh-Hant')).toBe('資料來源：天地圖 | DataV © 阿里云 | © OSM');
    expect(creditLine(credits, 'en')).toBe('Data: Tianditu | DataV © 阿里云 | © OSM');
  });

  it('names the file and the reason when a file is missing, broken or of the wrong shape', async () => {
    const cases: [Record<string, { status?: number; body?: string }>, string][] = [
      [{ 'data/labels.geojson': { status: 404 } }, 'data/labels.geojson: HTTP 404 Not Found'],
      [{ 'data/labels.geojson': { body: '{"type":"Feat' } }, 'data/labels.geojson: not valid JSON'],
      [{ 'data/labels.geojson': { body: '{"type":"Topology"}' } }, 'data/labels.geojson: not a GeoJSON FeatureCollection'],
      [{ 'data/sources.json': { body: '"osm"' } }, 'data/sources.json: expected a list of sources'],
      [{ 'data/places/ports.geojson': { status: 500 } }, 'data/places/ports.geojson: HTTP 500'],
      [{ 'data/structures.json': { body: '{"structures":{}}' } }, 'data/structures.json: expected { structures: [{ id, elements: [...] }] }'],
    ];
    for (const [overrides, message] of cases) {
      const f = fakeFetch(overrides).fetch;
      const error = await Promise.all([loadBasemap(base, f), loadGazetteer(base, f)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect((error as Error).message).toBe(message);
    }
  });

  it('loads the gazetteer by place type, with the structures’ definitions', async () => {
    const g = await loadGazetteer(base, fakeFetch().fetch);
    expect(g.places.airports).toEqual({ type: 'FeatureCollection', features: [] });
    expect(g.structures.structures).toEqual([]);
  });
});
