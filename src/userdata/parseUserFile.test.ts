import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';
import { checkSize, parseUserFile, type ParseResult } from './parseUserFile.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function ok(r: ParseResult) {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r;
}
function err(r: ParseResult) {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}
const coords = (r: ParseResult) => ok(r).data.features.map((f) => (f.geometry as Point).coordinates);

describe('GeoJSON', () => {
  it('reads a FeatureCollection of points, lines and polygons', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [113.5, 22.2] }, properties: { name: '站' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[113, 22], [114, 23]] }, properties: null },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[113, 22], [114, 22], [114, 23], [113, 22]]] }, properties: {} },
      ],
    };
    const r = ok(parseUserFile('plan.geojson', JSON.stringify(fc)));
    expect(r.format).toBe('geojson');
    expect(r.report).toEqual({ kept: 3, skipped: 0, reasons: {} });
    expect(r.data.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(r.data.features[0]?.id).toBe(7);
    expect(r.data.features[1]?.properties).toEqual({});
  });

  it('reads a single Feature and a bare geometry, with a .json extension and a BOM', () => {
    const feature = { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[113, 22], [114, 23]] }, properties: { a: 1 } };
    expect(ok(parseUserFile('one.json', `\uFEFF${JSON.stringify(feature)}`)).data.features).toHaveLength(1);
    const bare = ok(parseUserFile('g.GeoJSON', '{"type":"MultiPolygon","coordinates":[[[[113,22],[114,22],[114,23],[113,22]]]]}'));
    expect(bare.data.features[0]?.geometry.type).toBe('MultiPolygon');
    const collection = ok(parseUserFile('gc.json', '{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[113,22]}]}'));
    expect(collection.report.kept).toBe(1);
  });

  it('skips and counts features without geometry, with broken or out-of-range coordinates', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113, 22] }, properties: {} },
        { type: 'Feature', geometry: null, properties: {} },
        'not a feature',
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['113', 22] }, properties: {} },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[113, 22]] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[113, 22], [114, 22], [113, 22]]] }, properties: {} },
        // Web Mercator metres, as from a GIS export that ignored WGS 84.
        { type: 'Feature', geometry: { type: 'Point', coordinates: [12635000, 2600000] }, properties: {} },
      ],
    };
    const r = ok(parseUserFile('mixed.geojson', JSON.stringify(fc)));
    expect(r.report).toEqual({ kept: 1, skipped: 6, reasons: { noGeometry: 2, badCoordinates: 3, outOfRange: 1 } });
  });

  it('keeps hostile strings as plain data, unchanged', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 22] }, properties: { [HOSTILE]: HOSTILE } }] };
    const r = ok(parseUserFile(`${HOSTILE}.geojson`, JSON.stringify(fc)));
    expect(r.data.features[0]?.properties).toEqual({ [HOSTILE]: HOSTILE });
  });

  it('says when the text is not JSON, with the line of the mistake', () => {
    // A forgotten comma between members: V8 names the position, which becomes line 3.
    expect(err(parseUserFile('broken.geojson', '{\n  "type": "FeatureCollection"\n  "features": []\n}'))).toEqual({ kind: 'notJson', line: 3 });
    // Some V8 messages name no position: the error still says "not JSON", just without a line.
    expect(err(parseUserFile('broken.geojson', '{"features": [,]}'))).toEqual({ kind: 'notJson', line: null });
    expect(err(parseUserFile('x.json', 'lon,lat\n1,2')).kind).toBe('notJson');
  });

  it('says when JSON is not GeoJSON, and what it found', () => {
    expect(err(parseUserFile('a.json', '[1,2]'))).toEqual({ kind: 'notGeoJson', found: 'array' });
    expect(err(parseUserFile('t.json', '{"type":"Topology","objects":{}}'))).toEqual({ kind: 'notGeoJson', found: '"type": "Topology"' });
    expect(err(parseUserFile('o.json', '{"name":"x"}'))).toEqual({ kind: 'notGeoJson', found: 'object without "type"' });
    expect(err(parseUserFile('f.json', '{"type":"FeatureCollection"}')).kind).toBe('notGeoJson');
    expect(err(parseUserFile('n.json', '42'))).toEqual({ kind: 'notGeoJson', found: 'number' });
  });

  it('reports an empty collection as having no features', () => {
    expect(err(parseUserFile('e.geojson', '{"type":"FeatureCollection","features":[]}'))).toEqual({
      kind: 'noFeatures',
      report: { kept: 0, skipped: 0, reasons: {} },
    });
  });
});

describe('CSV', () => {
  it('reads lon/lat columns and keeps the other cells as string properties', () => {
    const r = ok(parseUserFile('sites.csv', 'name,lon,lat\nA,113.5,22.25\nB,114,23\n'));
    expect(r.format).toBe('csv');
    expect(coords(r)).toEqual([[113.5, 22.25], [114, 23]]);
    expect(r.data.features[0]?.properties).toEqual({ name: 'A' });
  });

  it.each([
    ['Longitude,Latitude', 'Longitude'],
    ['LNG,LAT', 'LNG'],
    ['long,lat', 'long'],
    ['经度,纬度', '经度'],
    ['經度,緯度', '經度'],
    [' Lon , Latitude ', 'Lon'],
  ])('recognises the header %s', (header) => {
    expect(coords(parseUserFile('h.csv', `${header}\n113.1,22.1`))).toEqual([[113.1, 22.1]]);
  });

  it('handles quoted fields with commas, doubled quotes, newlines, CRLF and a BOM', () => {
    const text = '\uFEFF名称,"备注",经度,纬度\r\n"珠海, 横琴","他说 ""好""",113.5,22.1\r\n"两行\n名称",,"113.6","22.2"\r\n';
    const r = ok(parseUserFile('q.csv', text));
    expect(r.data.features.map((f) => f.properties)).toEqual([
      { 名称: '珠海, 横琴', 备注: '他说 "好"' },
      { 名称: '两行\n名称', 备注: '' },
    ]);
    expect(coords(r)).toEqual([[113.5, 22.1], [113.6, 22.2]]);
  });

  it('reads semicolon files with decimal commas and tab-separated files', () => {
    expect(coords(parseUserFile('eu.csv', 'name;lon;lat\nA;113,5;22,25'))).toEqual([[113.5, 22.25]]);
    expect(coords(parseUserFile('tab.csv', 'lat\tlon\n22.25\t113.5'))).toEqual([[113.5, 22.25]]);
  });

  it('reads numbers as a person writes them, and nothing else (no hex, no Infinity, no second point)', () => {
    const rows = ['113.5', '+113.5', '1.135e2', '113.', '113,5'].map((lon) => `${lon};22.5`);
    expect(coords(parseUserFile('n.csv', `lon;lat\n${rows.join('\n')}`))).toEqual([[113.5, 22.5], [113.5, 22.5], [113.5, 22.5], [113, 22.5], [113.5, 22.5]]);
    const bad = ['0x71', 'Infinity', '1.1.3', '1e', '-', '.', '113 .5', '1,1,3', '١١٣'].map((lon) => `${lon};22.5`);
    expect(err(parseUserFile('n.csv', `lon;lat\n${bad.join('\n')}`))).toEqual({ kind: 'noFeatures', report: { kept: 0, skipped: bad.length, reasons: { badCoordinates: bad.length } } });
  });

  it('reads a cell of 20,000 digits at once as not a coordinate (a backtracking pattern took minutes on it)', () => {
    const digits = '1'.repeat(20_000);
    const r = ok(parseUserFile('long.csv', `lon,lat\n${digits}x,22\n${digits},22\n113,22`));
    expect(r.report).toEqual({ kept: 1, skipped: 2, reasons: { badCoordinates: 2 } });
  });

  it('skips and counts rows with missing, non-numeric or out-of-range coordinates; blank lines are not rows', () => {
    const text = 'name,lon,lat\nok,113,22\nempty,,22\nword,abc,22\npartial,113.5x,22\nshort,113\nfar,200,22\npole,113,-91\n\n  \nok2,-113,-22';
    const r = ok(parseUserFile('rows.csv', text));
    expect(r.report).toEqual({ kept: 2, skipped: 6, reasons: { badCoordinates: 4, outOfRange: 2 } });
  });

  it('names the columns it found when there are no lon/lat columns', () => {
    expect(err(parseUserFile('n.csv', 'name,x,y\nA,1,2'))).toEqual({ kind: 'noCoordColumns', headers: ['name', 'x', 'y'] });
    expect(err(parseUserFile('n.csv', 'name,lon\nA,1')).kind).toBe('noCoordColumns');
  });

  it('reports a file whose every row was skipped, with the reasons', () => {
    expect(err(parseUserFile('bad.csv', 'lon,lat\nx,y\n500,1'))).toEqual({
      kind: 'noFeatures',
      report: { kept: 0, skipped: 2, reasons: { badCoordinates: 1, outOfRange: 1 } },
    });
    expect(err(parseUserFile('header-only.csv', 'lon,lat\n')).kind).toBe('noFeatures');
  });

  it('keeps hostile cells and headers as plain text', () => {
    const r = ok(parseUserFile('h.csv', `"${HOSTILE}",lon,lat\n"${HOSTILE}",113,22`));
    expect(r.data.features[0]?.properties).toEqual({ [HOSTILE]: HOSTILE });
  });
});

describe('any file', () => {
  it('refuses an empty or whitespace-only file', () => {
    expect(err(parseUserFile('e.csv', ''))).toEqual({ kind: 'empty' });
    expect(err(parseUserFile('e.geojson', ' \n\t\uFEFF'.replace('\uFEFF', '')))).toEqual({ kind: 'empty' });
    expect(err(parseUserFile('bom.csv', '\uFEFF'))).toEqual({ kind: 'empty' });
  });

  it('refuses an oversized file by its bytes, not its characters', () => {
    expect(checkSize(20 * 1024 * 1024)).toBeNull();
    expect(checkSize(20 * 1024 * 1024 + 1)).toEqual({ kind: 'tooLarge', bytes: 20 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024 });
    // 4 CJK characters are 12 UTF-8 bytes.
    expect(err(parseUserFile('big.csv', '经度纬度', 11))).toEqual({ kind: 'tooLarge', bytes: 12, limit: 11 });
    expect(ok(parseUserFile('fits.csv', 'lon,lat\n1,2', 11)).report.kept).toBe(1);
  });

  it('refuses other file types', () => {
    expect(err(parseUserFile('map.kml', '<kml/>'))).toEqual({ kind: 'unsupportedType' });
    expect(err(parseUserFile('noext', 'lon,lat\n1,2'))).toEqual({ kind: 'unsupportedType' });
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and GBK files from Chinese-locale Excel', () => {
    expect(decodeText(new TextEncoder().encode('经度,纬度'))).toBe('经度,纬度');
    const gbk = new Uint8Array([0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8]);
    expect(decodeText(gbk)).toBe('经度,纬度');
  });
});
