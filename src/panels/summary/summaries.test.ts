import { describe, expect, it } from 'vitest';
import { planItem } from '../../contracts/planItem.fixture.ts';
import type { PlanItem } from '../../contracts/corpus.ts';
import { buildItemIndex } from '../../search/itemSearch.ts';
import { buildFold } from '../../search/scriptFold.ts';
import { emptyFilters as emptyItemFilter } from '../../kernel/defaults.ts';
import type { ItemFilter } from '../../kernel/state.ts';
import { summarize, topN } from './summaries.ts';

const item = planItem;
const year = (y: number) => ({ year: y, kind: 'target' as const, phrase: `到${y}年`, line: 1 });

const items = [
  item('a', { docId: '001', leadUnits: ['省交通运输厅'], themes: ['transport'], years: [year(2020)], textHans: '铁路' }),
  item('b', { docId: '002', leadUnits: ['省交通运输厅', '省发展改革委'], themes: ['transport', 'trade'], textHans: '口岸' }),
  item('c', { docId: '002', leadUnits: ['省发展改革委'], themes: ['industry'], years: [year(2030)], textHans: '产业' }),
  item('d', { docId: '004', themes: ['transport'], years: [year(2030), year(2035)], textHans: '铁路 港口' }),
  item('e', { docId: '004', kind: 'context', themes: ['spatial'], textHans: '导言' }),
];
const index = buildItemIndex(items, buildFold([]));
const sum = (f: Partial<ItemFilter>) => summarize(index, { ...emptyItemFilter, ...f });
const counts = <K,>(s: { bars: { key: K; count: number }[] }) => Object.fromEntries(s.bars.filter((b) => b.count > 0).map((b) => [String(b.key), b.count]));

describe('summarize', () => {
  it('counts every facet over the items proper when nothing is chosen', () => {
    const s = sum({});
    expect(s.shown).toBe(4);
    expect(s.total).toBe(4);
    expect(counts(s.theme)).toEqual({ transport: 3, trade: 1, industry: 1 });
    expect(s.theme.bars).toHaveLength(11); // every theme listed, zero counts too
    expect(s.theme.bars[0]).toEqual({ key: 'transport', count: 3 });
    expect(counts(s.lead)).toEqual({ 省交通运输厅: 2, 省发展改革委: 2 });
    expect(s.lead.none).toBe(1);
    expect(s.doc.bars.map((b) => [b.key, b.count])).toEqual([['000', 0], ['001', 1], ['002', 2], ['003', 0], ['004', 1]]);
    expect(s.year.bars).toEqual([{ key: 2020, count: 1 }, { key: 2030, count: 2 }, { key: 2035, count: 1 }]);
    expect(s.year.none).toBe(1);
  });

  it('applies the other facets to each chart but ignores the chart’s own', () => {
    const s = sum({ lead: '省交通运输厅' });
    expect(s.shown).toBe(2);
    // Other charts: only a and b.
    expect(counts(s.doc)).toEqual({ '001': 1, '002': 1 });
    expect(counts(s.theme)).toEqual({ transport: 2, trade: 1 });
    expect(counts(s.year)).toEqual({ 2020: 1 });
    // Its own chart still offers every lead unit, the chosen one marked.
    expect(counts(s.lead)).toEqual({ 省交通运输厅: 2, 省发展改革委: 2 });
    expect(s.lead.selected).toBe('省交通运输厅');

    const t = sum({ lead: '省发展改革委', doc: '002' });
    expect(t.shown).toBe(2);
    expect(counts(t.doc)).toEqual({ '002': 2 }); // lead applied, doc ignored
    expect(counts(t.lead)).toEqual({ 省交通运输厅: 1, 省发展改革委: 2 }); // doc applied, lead ignored
    expect(counts(t.theme)).toEqual({ transport: 1, trade: 1, industry: 1 }); // both applied
  });

  it('respects the query, the kind and preamble paragraphs like the item list', () => {
    expect(counts(sum({ query: '铁路' }).doc)).toEqual({ '001': 1, '004': 1 });
    expect(counts(sum({ query: '铁路', year: 2030 }).lead)).toEqual({});
    expect(counts(sum({ kind: 'context' }).theme)).toEqual({ spatial: 1 });
    const ctx = sum({ withContext: true });
    expect([ctx.shown, ctx.total]).toEqual([5, 5]);
    expect(counts(ctx.doc)).toEqual({ '001': 1, '002': 2, '004': 2 });
  });

  it('keeps a chosen year listed even when no item carries it any more', () => {
    const s = sum({ year: 2020, doc: '004' });
    expect(s.shown).toBe(0);
    expect(s.year.bars).toEqual([{ key: 2020, count: 0 }, { key: 2030, count: 1 }, { key: 2035, count: 1 }]);
  });

  it('is empty, not broken, when nothing matches', () => {
    const s = sum({ query: '不存在的词' });
    expect(s.shown).toBe(0);
    expect(s.total).toBe(4);
    expect(s.lead).toEqual({ bars: [], selected: null, rest: null, none: 0 });
    expect(s.year.bars).toEqual([]);
    expect(s.doc.bars.every((b) => b.count === 0)).toBe(true);
    expect(summarize(buildItemIndex([], buildFold([])), emptyItemFilter).theme.bars.every((b) => b.count === 0)).toBe(true);
  });
});

const leads = (i: PlanItem) => i.leadUnits;

describe('topN', () => {
  const many = [
    ...Array.from({ length: 5 }, (_, i) => item(`x${i}`, { leadUnits: ['甲'] })),
    ...Array.from({ length: 3 }, (_, i) => item(`y${i}`, { leadUnits: ['乙'] })),
    item('z1', { leadUnits: ['丙', '丁'] }),
    item('z2', { leadUnits: ['丁', '甲'] }),
    item('z3', { leadUnits: ['戊'] }),
    item('z4', {}),
  ];
  it('keeps the most frequent values and sums up the rest as distinct items', () => {
    const s = topN(many, leads, 2, null);
    expect(s.bars).toEqual([{ key: '甲', count: 6 }, { key: '乙', count: 3 }]);
    // 丙, 丁, 戊 left out; z1, z2 and z3 carry one of them (z2 is also counted under 甲).
    expect(s.rest).toEqual({ values: 3, count: 3 });
    expect(s.none).toBe(1);
  });

  it('adds the selected value when it falls outside the top N', () => {
    const s = topN(many, leads, 2, '戊');
    expect(s.bars.map((b) => b.key)).toEqual(['甲', '乙', '戊']);
    expect(s.rest).toEqual({ values: 2, count: 2 });
  });

  it('has no rest when everything fits', () => {
    expect(topN(many, leads, 10, null).rest).toBeNull();
    expect(topN([], leads, 12, null)).toEqual({ bars: [], selected: null, rest: null, none: 0 });
  });
});
