import type { Feature } from 'geojson';
import { expect, it } from 'vitest';
import { buildPlaceIndex, searchPlaces } from './placeSearch.ts';
import { buildFold } from './scriptFold.ts';

const f = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [113, 22] } });
const index = buildPlaceIndex(
  [f({ id: '440700', level: 'city', name: '江门市', shortName: '江门', 'name:zh-Hant': '江門市', 'name:en': 'Jiangmen' })],
  [
    f({ id: 'jiangmen-port', type: 'ports', name: '江门港', 'name:zh-Hant': '江門港', 'name:en': 'Jiangmen Port', aliases: ['江門港'] }),
    f({ id: 'hzmb', type: 'channels', name: '港珠澳大桥', 'name:zh-Hant': '港珠澳大橋', 'name:en': 'Hong Kong–Zhuhai–Macao Bridge', aliases: ['港珠澳大橋'] }),
  ],
  buildFold([['江門港珠澳大橋', '江门港珠澳大桥']]),
);
const names = (q: string) => searchPlaces(index, q).map((h) => h.name);

it('finds places by Simplified, Traditional and English names, best match first', () => {
  expect(names('江门')).toEqual(['江门市', '江门港']);
  expect(names('江門港')).toEqual(['江门港']);
  expect(names('bridge')).toEqual(['港珠澳大桥']);
  expect(searchPlaces(index, '江门')[0]!.selection).toEqual({ kind: 'admin', id: '440700' });
});

it('returns nothing for an empty or unmatched query', () => {
  expect(names('  ')).toEqual([]);
  expect(names('上海')).toEqual([]);
});
