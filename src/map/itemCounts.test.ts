import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../contracts/corpus.ts';
import type { LinksFile } from '../contracts/links.ts';
import { toLinks } from '../data/loadLinks.ts';
import { badgeImage, bandAreas, countBands, countItemsByAdmin, itemCountFeatures } from './itemCounts.ts';

const item = (id: string) => ({ id }) as PlanItem;
const links = toLinks({
  items: {
    a: { links: [{ placeId: '440700', layer: 'admin', span: [0, 2], matched: '江门' }, { placeId: 'port', layer: 'ports', span: [3, 6], matched: '江门港' }], fallback: null },
    b: { links: [{ placeId: 'port', layer: 'ports', span: [0, 3], matched: '江门港' }], fallback: null },
    c: { links: [], fallback: { fallback: true, reason: 'document-scope', evidence: '都市圈', places: [{ placeId: '440400', layer: 'admin' }] } },
  },
  placeItems: {},
  placeInheritedItems: {},
  placeFallbackItems: {},
  groups: {},
} satisfies LinksFile);
const placeAdmin = new Map([['port', { city: '440700', county: '440705' }]]);

describe('countItemsByAdmin', () => {
  it('counts an item once per unit, through the places it names or its fallback anchor', () => {
    const counts = countItemsByAdmin([item('a'), item('b'), item('c')], links, placeAdmin);
    expect(Object.fromEntries(counts)).toEqual({ '440700': 2, '440705': 2, '440400': 1 });
  });

  it('counts only the items it is given (the filtered ones)', () => {
    expect(Object.fromEntries(countItemsByAdmin([item('b')], links, placeAdmin))).toEqual({ '440700': 1, '440705': 1 });
  });
});

const label = (id: string, level: string, westBank = false): Feature<Point> => ({ type: 'Feature', properties: { id, level, westBank }, geometry: { type: 'Point', coordinates: [113, 22] } });
const labels = [
  label('440000', 'province'),
  label('440100', 'city'),
  label('440700', 'city', true),
  label('442000', 'city', true),
  label('440705', 'county', true),
  label('440703', 'county', true),
  label('442000', 'city-unit', true),
];

describe('bandAreas and countBands', () => {
  it('shades every city at the GBA scale; the west bank by county (中山 once) and the other cities whole from zoom 8', () => {
    expect(bandAreas(labels)).toEqual({
      gba: { cities: ['440100', '440700', '442000'], counties: [] },
      westBank: { cities: ['440100'], counties: ['440705', '440703', '442000'] },
    });
  });

  it('classes each band over its own areas, zeros in a class of their own', () => {
    const bands = countBands(bandAreas(labels), new Map([['440100', 40], ['440700', 12], ['440705', 3], ['442000', 5]]));
    expect(bands.gba.areas).toBe(3);
    expect(bands.gba.empty).toBe(0);
    expect(bands.westBank.empty).toBe(1); // 蓬江 (440703)
    expect(bands.westBank.colors.get('440703')).toBe(bands.westBank.zero);
    expect(bands.gba.colors.get('440100')).not.toBe(bands.gba.colors.get('440700'));
    expect(bands.gba.classes.at(-1)!.max).toBe(40);
  });
});

describe('itemCountFeatures', () => {
  it('badges the areas of each band with items, in the class colours of that band', () => {
    const counts = new Map([['440700', 4], ['440705', 1], ['440000', 9], ['442000', 2]]);
    const bands = countBands(bandAreas(labels), counts);
    const fc = itemCountFeatures(labels, counts, bands);
    expect(fc.features.map((f) => [f.properties.band, f.properties.id, f.properties.count])).toEqual([
      ['gba', '440700', 4],
      ['gba', '442000', 2],
      ['westBank', '440705', 1],
      ['westBank', '442000', 2],
    ]);
    const gba = fc.features.filter((f) => f.properties.band === 'gba').map((f) => f.properties);
    expect(gba[0]!.cls).toBeGreaterThan(gba[1]!.cls);
    expect(gba.map((p) => p.color)).toEqual([bands.gba.colors.get('440700'), bands.gba.colors.get('442000')]);
  });

  it('draws a round badge as a distance field: opaque inside, the edge at 3/4, clear at the corners', () => {
    const img = badgeImage(10, 6);
    expect(img.width).toBe(32);
    const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;
    expect(alpha(16, 16)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
    expect(Math.abs(alpha(16 + 10, 16) - 192)).toBeLessThanOrEqual(20);
  });
});

describe('countItemsByAdmin with inherited places', () => {
  const inherited = toLinks({
    items: {
      t: {
        links: [],
        inherited: [{ placeId: 'port', layer: 'ports', from: ['p'] }],
        fallback: { fallback: true, reason: 'document-scope', evidence: '都市圈', places: [{ placeId: '440400', layer: 'admin' }] },
      },
    },
    placeItems: {},
    placeInheritedItems: { port: ['t'] },
    placeFallbackItems: {},
    groups: {},
  } satisfies LinksFile);

  it('counts a task at its inherited places, and at its fallback anchor when only the text counts', () => {
    expect(Object.fromEntries(countItemsByAdmin([item('t')], inherited, placeAdmin))).toEqual({ '440700': 1, '440705': 1 });
    expect(Object.fromEntries(countItemsByAdmin([item('t')], inherited, placeAdmin, true))).toEqual({ '440400': 1 });
  });
});
