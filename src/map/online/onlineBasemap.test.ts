import { describe, expect, it } from 'vitest';
import { BasemapFailure, mergeableStyle, parseConfig, tiandituTiles } from './onlineBasemap.ts';
import shipped from '../../../public/data/online-basemaps.json' with { type: 'json' };

function fail(json: unknown): string {
  try {
    parseConfig(json);
  } catch (e) {
    return e instanceof BasemapFailure && e.failure.kind === 'invalid' ? e.failure.detail : 'other';
  }
  return 'accepted';
}

describe('the online basemaps’ config', () => {
  it('reads the shipped file: Tianditu’s eight hosts over HTTPS, OpenFreeMap’s style', () => {
    const c = parseConfig(shipped);
    expect(c.tianditu.subdomains).toHaveLength(8);
    expect(c.tianditu.tiles.startsWith('https://t{s}.tianditu.gov.cn/')).toBe(true);
    expect(c.openfreemap.style).toBe('https://tiles.openfreemap.org/styles/positron');
    expect(c.timeoutSeconds).toBeGreaterThan(0);
  });
  it('refuses a broken file with a reason naming the part, never a script URL', () => {
    expect(fail(null)).toContain('not an object');
    expect(fail({ ...shipped, tianditu: { tiles: 'javascript:alert(1)' } })).toContain('tianditu.tiles');
    expect(fail({ ...shipped, openfreemap: { style: 'data:text/html,x' } })).toContain('openfreemap.style');
    expect(fail({ ...shipped, timeoutSeconds: 1e9 })).toContain('timeoutSeconds');
    expect(fail({ ...shipped, tianditu: { ...shipped.tianditu, subdomains: [] } })).toContain('subdomains');
  });
});

describe('Tianditu tiles', () => {
  it('fills in host, layer and key (escaped) on every host', () => {
    const urls = tiandituTiles({ tiles: 'https://t{s}.example/{layer}_w/wmts?LAYER={layer}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}', subdomains: ['0', '1'], maxzoom: 18 }, 'vec', 'ab&c');
    expect(urls).toEqual([
      'https://t0.example/vec_w/wmts?LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=ab%26c',
      'https://t1.example/vec_w/wmts?LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=ab%26c',
    ]);
  });
});

describe('merging a remote vector style', () => {
  const style = {
    version: 8,
    glyphs: 'https://remote/fonts/{fontstack}/{range}.pbf',
    sprite: 'https://remote/sprite',
    sources: { openmaptiles: { type: 'vector', url: 'https://remote/planet', attribution: '<img src=x onerror=alert(1)>' }, pts: { type: 'geojson', data: 'https://remote/x.json' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0' } },
      { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
      { id: 'park-pattern', type: 'fill', source: 'openmaptiles', 'source-layer': 'park', paint: { 'fill-pattern': 'wood' } },
      { id: 'road', type: 'line', source: 'openmaptiles', 'source-layer': 'transportation' },
      { id: 'place-label', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place', layout: { 'text-field': '{name}' } },
      { id: 'points', type: 'circle', source: 'pts' },
      { id: 'building-3d', type: 'fill-extrusion', source: 'openmaptiles', 'source-layer': 'building' },
    ],
  };
  it('keeps its fills and lines under prefixed ids, and drops labels, patterns, extrusions, other sources and its HTML attribution', () => {
    const m = mergeableStyle(style);
    expect(Object.keys(m.sources)).toEqual(['online:openmaptiles']);
    expect(m.sources['online:openmaptiles']).toEqual({ type: 'vector', url: 'https://remote/planet' });
    expect(m.layers.map((l) => l.id)).toEqual(['online:background', 'online:water', 'online:road']);
    expect(m.layers.map((l) => ('source' in l ? l.source : null))).toEqual([null, 'online:openmaptiles', 'online:openmaptiles']);
  });
  it('says when it is not a style', () => {
    expect(() => mergeableStyle({ layers: 'x' })).toThrow(BasemapFailure);
    expect(() => mergeableStyle('<html>')).toThrow(BasemapFailure);
  });
});
