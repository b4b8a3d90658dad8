import { csvParseRows } from 'd3-dsv';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../contracts/corpus.ts';
import { L } from '../contracts/label.ts';
import { planItem } from '../contracts/planItem.fixture.ts';
import { emptyFilters } from '../kernel/defaults.ts';
import { BOM, escapeFormula, exportFileName, itemsCsv, placesGeoJson, type ExportContext } from './itemsExport.ts';

const docs = [
  { id: '004', file: '004_x.txt', script: 'Hans', title: '珠江口西岸都市圈发展规划', titles: L('珠江口西岸都市圈发展规划', '珠江口西岸都市圈發展規劃', 'West Bank Plan') },
  { id: '000', file: '000_y.txt', script: 'Hant', title: '協調與行動', titles: L('协调与行动', '協調與行動', 'Coordination and Action') },
] as PlanDoc[];

const items = [
  planItem('004-1', {
    docId: '004',
    number: '1.',
    title: '横琴粤澳深度合作区',
    text: '支持横琴，"合作"区,\n第二段',
    textHans: '支持横琴，"合作"区,\n第二段',
    textHant: '支持橫琴，"合作"區,\n第二段',
    titleHans: '横琴粤澳深度合作区',
    titleHant: '橫琴粵澳深度合作區',
    leadUnits: ['省交通运输厅'],
    partnerUnits: ['=HYPERLINK("http://x")'],
    years: [{ year: 2025 } as never, { year: 2025 } as never, { year: 2030 } as never],
    themes: ['transport'],
    sourceLines: [12, 14],
  }),
  planItem('000-1', { docId: '000', title: '協調', text: '粵港合作', textHans: '粤港合作', textHant: '粵港合作', titleHans: '协调', titleHant: '協調', sourceLines: [3, 3] }),
];

const hengqin: Feature<Geometry> = { type: 'Feature', properties: { id: 'hengqin', name: '横琴', 'name:zh-Hant': '橫琴', 'name:en': 'Hengqin', precision: 'approximate', source: 'test', constructor: 'x' }, geometry: { type: 'Point', coordinates: [113.5, 22.1] } };
const lost: Feature<null> = { type: 'Feature', properties: { id: 'lost', name: '珠西高铁', precision: 'unlocated', unlocatedReason: 'no terminus' }, geometry: null };

const ctx = (over: Partial<ExportContext> = {}): ExportContext => ({
  locale: 'zh-Hans',
  text: 'auto',
  docs,
  placesOf: (i) => (i.id === '004-1' ? [{ placeId: 'hengqin', layer: 'zones' }, { placeId: 'lost', layer: 'rail-lines' }, { placeId: 'nowhere', layer: 'zones' }] : [{ placeId: 'hengqin', layer: 'zones' }]),
  feature: (id) => (id === 'hengqin' ? hengqin : id === 'lost' ? lost : undefined),
  placeName: (f) => String(f.properties?.name),
  unitName: (n) => n,
  themeName: (id) => (id === 'transport' ? '交通' : id),
  ...over,
});

describe('the items CSV', () => {
  it('opens with the UTF-8 BOM, ends rows in CRLF, and round-trips through a CSV parser with the Chinese intact', () => {
    const csv = itemsCsv(items, ctx());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csvParseRows(csv.slice(1).replace(/\r\n/g, '\n').trimEnd());
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['编号', '文件', '序号', '标题', '正文', '字体', '牵头单位', '参与单位', '年份', '主题', '地点', '原文行']);
    expect(rows[1]!.slice(0, 6)).toEqual(['004-1', '004 珠江口西岸都市圈发展规划', '1.', '横琴粤澳深度合作区', '支持横琴，"合作"区,\n第二段', '原文']);
    expect(rows[1]!.slice(6)).toEqual(['省交通运输厅', `'=HYPERLINK("http://x")`, '2025；2030', '交通', '横琴；珠西高铁', '004_x.txt:12-14']);
    // 000 is printed in Traditional: in 简体 its text is the converted one, and the row says so.
    expect(rows[2]!.slice(3, 6)).toEqual(['协调', '粤港合作', '由繁体转换为简体']);
  });

  it('follows the reader: 繁體 converts 004 and keeps 000 as printed; English headers and titles', () => {
    const hant = csvParseRows(itemsCsv(items, ctx({ locale: 'zh-Hant' })).slice(1).replace(/\r\n/g, '\n'));
    expect(hant[1]!.slice(1, 6)).toEqual(['004 珠江口西岸都市圈發展規劃', '1.', '橫琴粵澳深度合作區', '支持橫琴，"合作"區,\n第二段', '由簡體轉換為繁體']);
    expect(hant[2]!.slice(3, 6)).toEqual(['協調', '粵港合作', '原文']);
    const original = csvParseRows(itemsCsv(items, ctx({ locale: 'zh-Hant', text: 'original' })).slice(1).replace(/\r\n/g, '\n'));
    expect(original[1]![3]).toBe('横琴粤澳深度合作区');
    const en = csvParseRows(itemsCsv(items, ctx({ locale: 'en' })).slice(1).replace(/\r\n/g, '\n'));
    expect(en[0]![0]).toBe('ID');
    expect(en[1]![1]).toBe('004 West Bank Plan');
    expect(en[1]![8]).toBe('2025; 2030');
  });

  it('escapes every cell a spreadsheet would run as a formula, and nothing else', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(escapeFormula(c)).toBe(`'${c}`);
    for (const c of ['1-1', '横琴', '', "'=1", ' =1']) expect(escapeFormula(c)).toBe(c);
  });
});

describe('the places GeoJSON', () => {
  it('lists each named place once with the items naming it; unlocated ones keep a null geometry and their reason', () => {
    const fc = placesGeoJson(items, ctx());
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(['zones:hengqin', 'rail-lines:lost']);
    expect(fc.features[0]!.properties).toEqual({ id: 'hengqin', name: '横琴', 'name:zh-Hant': '橫琴', 'name:en': 'Hengqin', precision: 'approximate', source: 'test', layer: 'zones', displayName: '横琴', items: ['004-1', '000-1'] });
    expect(fc.features[1]).toMatchObject({ geometry: null, properties: { precision: 'unlocated', unlocatedReason: 'no terminus', items: ['004-1'] } });
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('export file names', () => {
  it('carry the date and the filter, with nothing a file system refuses', () => {
    const day = new Date('2026-12-05T10:00:00Z');
    expect(exportFileName('items', emptyFilters, day, 'csv')).toBe('gba-plan-items_2026-12-05.csv');
    expect(exportFileName('items', { ...emptyFilters, lead: '省交通运输厅', theme: 'transport' }, day, 'csv')).toBe('gba-plan-items_2026-12-05_theme-transport_lead-省交通运输厅.csv');
    expect(exportFileName('places', { ...emptyFilters, query: 'a/b:c\n d' }, day, 'geojson')).toBe('gba-plan-places_2026-12-05_q-a-b-c--d.geojson');
  });
});
