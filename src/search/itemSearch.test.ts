import { describe, expect, it } from 'vitest';
import { planItem } from '../contracts/planItem.fixture.ts';
import { buildItemIndex, searchItems } from './itemSearch.ts';
import { emptyFilters as emptyItemFilter } from '../kernel/defaults.ts';
import { buildFold } from './scriptFold.ts';

const item = planItem;

const items = [
  item('002-17', { number: '17．', title: '支持金融 IC卡在粤港两地互通使用', textHans: '支持金融 IC卡在粤港两地互通使用。', textHant: '支持金融 IC卡在粵港兩地互通使用。', leadUnits: ['人民银行广州分行'], themes: ['finance'] }),
  item('000-9.1.1', { docId: '000', textHans: '港珠澳大桥的建设', textHant: '港珠澳大橋的建設' }),
  item('004-1-c1', { docId: '004', kind: 'context', textHans: '港珠澳大桥通车以来', textHant: '港珠澳大橋通車以來' }),
  item('004-goal-1', { docId: '004', kind: 'goal', textHans: '到2035年，港珠澳大桥', textHant: '到2035年，港珠澳大橋', years: [{ year: 2035, kind: 'target', phrase: '到2035年', line: 1 }] }),
];
// 000-9.1.1 names no place in this test's pretend links: it is placed by a fallback anchor.
const index = buildItemIndex(items, buildFold(items.map((i) => [i.textHant, i.textHans])), new Map([['000-9.1.1', 'fallback' as const]]));
const ids = (q: Partial<Parameters<typeof searchItems>[1]>) => searchItems(index, { ...emptyItemFilter, ...q }).map((i) => i.id);

describe('searchItems', () => {
  it('matches Simplified and Traditional queries alike, and leaves preamble paragraphs out unless asked', () => {
    expect(ids({ query: '港珠澳大桥' })).toEqual(['000-9.1.1', '004-goal-1']);
    expect(ids({ query: '港珠澳大橋' })).toEqual(['000-9.1.1', '004-goal-1']);
    expect(ids({ query: '港珠澳大橋', withContext: true })).toEqual(['000-9.1.1', '004-1-c1', '004-goal-1']);
  });

  it('requires every term, searching units, numbers and target years too', () => {
    expect(ids({ query: '金融 人民银行' })).toEqual(['002-17']);
    expect(ids({ query: '金融 2035' })).toEqual([]);
    expect(ids({ query: '2035' })).toEqual(['004-goal-1']);
    expect(ids({ query: '17．' })).toEqual(['002-17']);
  });

  it('narrows by lead unit, target year, kind and theme, each exactly', () => {
    expect(ids({ lead: '人民银行广州分行' })).toEqual(['002-17']);
    expect(ids({ lead: '人民银行' })).toEqual([]);
    expect(ids({ year: 2035 })).toEqual(['004-goal-1']);
    expect(ids({ kind: 'context' })).toEqual(['004-1-c1']);
    expect(ids({ theme: 'finance' })).toEqual(['002-17']);
    expect(ids({ theme: 'finance', query: '港珠澳' })).toEqual([]);
  });

  it('separates items naming places from those placed by a fallback anchor', () => {
    expect(ids({ anchor: 'fallback' })).toEqual(['000-9.1.1']);
    expect(ids({ anchor: 'named', query: '港珠澳' })).toEqual(['004-goal-1']);
  });

  it('filters by document, and an empty query lists everything that passes the filters', () => {
    expect(ids({ doc: '004', withContext: true })).toEqual(['004-1-c1', '004-goal-1']);
    expect(ids({})).toHaveLength(3);
  });
});

describe('searchItems remembering recent results', () => {
  it('gives the same answers in any order as a fresh index would', () => {
    const filters: Partial<Parameters<typeof searchItems>[1]>[] = [
      { query: '港' },
      { query: '港珠' },
      { query: '港珠澳大橋' },
      { query: '港珠澳大橋', withContext: true },
      { query: '港珠澳大橋', withContext: true, doc: '004' },
      { query: '港珠澳大橋', withContext: true, doc: '004', kind: 'context' },
      { query: '港珠澳大橋', kind: 'context' },
      { query: '港珠澳', kind: 'goal' },
      { query: '港珠澳', kind: 'goal', year: 2035 },
      { query: '港 大桥' },
      { query: '港 大桥 2035' },
      { query: '港' },
      { lead: '人民银行广州分行' },
      { lead: '人民银行广州分行', query: '金' },
      { lead: '人民银行广州分行', query: '金融 IC' },
      { query: '金融 IC' },
      {},
      { withContext: true },
      { kind: 'context' },
      { kind: 'context', withContext: true },
    ];
    for (const f of [...filters, ...filters.toReversed()]) {
      const fresh = buildItemIndex(items, buildFold(items.map((i) => [i.textHant, i.textHans])));
      expect(ids(f), JSON.stringify(f)).toEqual(searchItems(fresh, { ...emptyItemFilter, ...f }).map((i) => i.id));
    }
  });
});
