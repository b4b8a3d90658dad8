import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../contracts/corpus.ts';
import type { LinksFile } from '../contracts/links.ts';
import { toLinks } from '../data/loadLinks.ts';
import { countItemsByAdmin, itemCountFeatures } from './itemCounts.ts';

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

const label = (id: string, level: string): Feature<Point> => ({ type: 'Feature', properties: { id, level }, geometry: { type: 'Point', coordinates: [113, 22] } });

describe('itemCountFeatures', () => {
  it('badges cities and counties with items, bigger and darker for more', () => {
    const fc = itemCountFeatures([label('440700', 'city'), label('440705', 'county'), label('440000', 'province'), label('440400', 'city')], new Map([['440700', 4], ['440705', 1], ['440000', 9]]));
    expect(fc.features.map((f) => [f.properties.id, f.properties.count])).toEqual([
      ['440700', 4],
      ['440705', 1],
    ]);
    const [big, small] = fc.features.map((f) => f.properties);
    expect(big!.radius).toBeGreaterThan(small!.radius);
    expect(big!.color).not.toBe(small!.color);
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
