// Places the seeds name but do not locate: the row format demands a reason, the build draws
// nothing for them, and the coverage report lists them without counting them as mapped.
import { describe, expect, it } from 'vitest';
import { coverage, type Entity } from './coverage.ts';
import { buildFeatures } from './features.ts';
import { checkRow, type PlaceRow } from './schema.ts';

const row = (extra: Partial<PlaceRow>): PlaceRow => ({ id: 'zhuxi-hsr', name: '珠西高铁', en: 'Zhuxi HSR', status: 'concept', docs: ['004'], refs: ['004:233'], ...extra });
const why = 'the seed names no terminus, route or direction';

describe('unlocated places', () => {
  it('accept a row with a reason and nothing else for geometry', () => {
    expect(checkRow('rail-lines', row({ unlocated: why }))).toEqual([]);
  });
  it('refuse a bare flag, a claimed precision, or a geometry as well', () => {
    expect(checkRow('rail-lines', row({ unlocated: 'unknown' }))).toHaveLength(1);
    expect(checkRow('rail-lines', row({ unlocated: why, precision: 'schematic' }))).toHaveLength(1);
    expect(checkRow('rail-lines', row({ unlocated: why, via: ['a', 'b'] }))).toHaveLength(1);
  });
  it('build to a feature with no geometry whose source is the reason', () => {
    const { byType } = buildFeatures([{ type: 'rail-lines', rows: [row({ unlocated: why })] }], new Map());
    const [f] = byType.get('rail-lines')!;
    expect(f?.geometry).toBeNull();
    expect(f?.properties).toMatchObject({ precision: 'unlocated', source: why });
  });
  it('count as listed but not mapped in the coverage report', () => {
    const { byType } = buildFeatures(
      [{ type: 'rail-lines', rows: [row({ unlocated: why }), row({ id: 'zhuyang-hsr', name: '珠阳高铁', via: ['113.2,22.2', '112,21.9'], source: 'schematic' })] }],
      new Map(),
    );
    const entities: Entity[] = ['珠西高铁', '珠阳高铁'].map((name) => ({ name, category: 'rail', docs: ['004'], refs: ['004:233'] }));
    const [rail] = coverage(entities, byType.get('rail-lines')!);
    expect(rail).toMatchObject({ named: 2, present: 1, listed: 1 });
    expect(rail?.missing.map((m) => m.name)).toEqual(['珠西高铁']);
    expect(rail?.missing[0]?.reason).toContain(why);
  });
});
