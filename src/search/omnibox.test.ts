import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../contracts/corpus.ts';
import { planItem } from '../contracts/planItem.fixture.ts';
import type { StructuresFile } from '../contracts/places.ts';
import { buildItemIndex } from './itemSearch.ts';
import { buildOmniIndex, OMNI_LIMITS, searchOmni } from './omnibox.ts';
import { buildPlaceIndex } from './placeSearch.ts';
import { buildFold } from './scriptFold.ts';

const f = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [113, 22] } });
const fold = buildFold([
  ['江門市人民政府推進江門港建設', '江门市人民政府推进江门港建设'],
  ['珠江西岸先進裝備製造產業帶', '珠江西岸先进装备制造产业带'],
]);
const items = [
  planItem('002-1', { title: '推进江门港建设', textHans: '江门市人民政府推进江门港建设', textHant: '江門市人民政府推進江門港建設', leadUnits: ['江门市人民政府'] }),
  ...Array.from({ length: 7 }, (_, i) => planItem(`004-${i}`, { docId: '004', textHans: `江门 第${i}项`, textHant: `江門 第${i}項`, leadUnits: ['省发展改革委'] })),
];
const unit = (name: string, en: string, over: Partial<Unit> = {}): Unit =>
  ({ name, en, jurisdiction: 'city', generic: false, variants: [name], docs: [], items: [], mentionedIn: [], ...over }) as Unit;
const units = [unit('江门市人民政府', 'Jiangmen Municipal Government', { variants: ['江门市政府'] }), unit('省发展改革委', 'Provincial DRC'), unit('江门市海洋局', 'Jiangmen Ocean Bureau')];
const structures = {
  structures: [
    { id: 'industry', name: '两廊三带', 'name:zh-Hant': '兩廊三帶', 'name:en': 'Industry', def: { doc: '004', line: 1, text: '' }, elements: [{ id: 'west-belt', name: '珠江西岸先进装备制造产业带', 'name:zh-Hant': '珠江西岸先進裝備製造產業帶', 'name:en': 'West-bank advanced manufacturing belt', role: 'belt' }] },
  ],
} as unknown as StructuresFile;
const index = buildOmniIndex(
  buildItemIndex(items, fold),
  buildPlaceIndex(
    [f({ id: '440700', level: 'city', name: '江门市', shortName: '江门', 'name:zh-Hant': '江門市', 'name:en': 'Jiangmen' })],
    [
      f({ id: 'dachao', type: 'localities', name: '大鳌', 'name:zh-Hant': '大鰲', 'name:en': 'Da’ao', aliases: ['江门市新会区大鳌镇'] }),
      f({ id: 'jiangmen-port', type: 'ports', name: '江门港', 'name:zh-Hant': '江門港', 'name:en': 'Jiangmen Port' }),
    ],
    fold,
  ),
  units,
  structures,
);

describe('searchOmni', () => {
  it('answers 江门 in groups: the city first among places, then items (with the rest in the list), then its government', () => {
    const groups = searchOmni(index, '江门');
    expect(groups.map((g) => g.kind)).toEqual(['places', 'items', 'units']);
    expect(groups[0]!.hits[0]).toMatchObject({ kind: 'places', selection: { kind: 'admin', id: '440700' }, name: '江门市' });
    // A town named after its city comes after the places the plans draw.
    expect(groups[0]!.hits.map((h) => h.kind === 'places' && h.name)).toEqual(['江门市', '江门港', '大鳌']);
    expect(groups[1]!.hits).toHaveLength(OMNI_LIMITS.items + 1);
    expect(groups[1]!.hits.at(-1)).toEqual({ kind: 'all-items', query: '江门', items: 8 });
    // A unit leading no item is not offered (its filter would list nothing).
    expect(groups[2]!.hits).toEqual([{ kind: 'units', unit: '江门市人民政府', en: 'Jiangmen Municipal Government', items: 1 }]);
  });
  it('is 简/繁-insensitive and finds structure elements and units by any of their names', () => {
    expect(searchOmni(index, '江門').map((g) => g.kind)).toEqual(['places', 'items', 'units']);
    expect(searchOmni(index, '產業帶')).toEqual([{ kind: 'structures', hits: [{ kind: 'structures', selection: { kind: 'structures', id: 'west-belt' }, name: '珠江西岸先进装备制造产业带', type: 'industry' }] }]);
    expect(searchOmni(index, 'drc')[0]).toMatchObject({ kind: 'units', hits: [{ unit: '省发展改革委', items: 7 }] });
    expect(searchOmni(index, '江门市政府')[0]!.kind).toBe('units');
  });
  it('returns nothing for an empty or unmatched query', () => {
    expect(searchOmni(index, '   ')).toEqual([]);
    expect(searchOmni(index, '上海')).toEqual([]);
  });
});
