// Inherited departments and places, renamed bodies, and the "text only" switch, through the item search the list,
// the facets, the charts and the map share.
import { describe, expect, it } from 'vitest';
import { planItem } from '../contracts/planItem.fixture.ts';
import { emptyFilters } from '../kernel/defaults.ts';
import { anchorOf, countedAnchor, currentNames, leadRole } from './itemFacts.ts';
import { buildItemIndex, searchItems } from './itemSearch.ts';
import { buildFold } from './scriptFold.ts';

// A 004 annex task (led by 省交通运输厅), a paragraph implementing it that names no department, a paragraph naming its
// own body, and a 002 task led by a body renamed since.
const items = [
  planItem('004-annex-1-1-4', { docId: '004', leadUnits: ['省交通运输厅'], partnerUnits: ['省发展改革委'], implementedBy: ['004-3.1.4-p1'] }),
  planItem('004-3.1.4-p1', { docId: '004', kind: 'paragraph', tasks: [{ id: '004-annex-1-1-4', rule: 'section' }], inherited: { leadUnits: ['省交通运输厅'], partnerUnits: ['省发展改革委'], from: ['004-annex-1-1-4'] } }),
  planItem('004-3.1.4-p2', { docId: '004', kind: 'paragraph', leadUnits: ['珠海市人民政府'], tasks: [{ id: '004-annex-1-1-4', rule: 'section' }] }),
  planItem('002-40', { leadUnits: ['省环境保护厅'] }),
];
const units = [
  { name: '省环境保护厅', renamedTo: { name: '省生态环境厅', year: 2018, source: '广东省机构改革方案' } },
  { name: '省生态环境厅' },
  { name: '省交通运输厅' },
];
const anchors = new Map([
  ['004-annex-1-1-4', anchorOf({ links: [], inherited: [{ placeId: 'gaolan-port', layer: 'ports', from: ['004-3.1.4-p1'] }], fallback: { fallback: true, reason: 'document-scope', evidence: '', places: [] } })],
  ['004-3.1.4-p1', anchorOf({ links: [], fallback: { fallback: true, reason: 'document-scope', evidence: '', places: [] } })],
]);
const index = buildItemIndex(items, buildFold([]), anchors, currentNames(units));
const ids = (f: Partial<typeof emptyFilters>) => searchItems(index, { ...emptyFilters, ...f }).map((i) => i.id);

describe('which tasks does 省交通运输厅 lead, and where?', () => {
  it('the lead filter finds the task and the paragraph inheriting its lead; "text only" keeps the task alone', () => {
    expect(ids({ lead: '省交通运输厅' })).toEqual(['004-annex-1-1-4', '004-3.1.4-p1']);
    expect(ids({ lead: '省交通运输厅', textOnly: true })).toEqual(['004-annex-1-1-4']);
  });

  it('an item naming its own body does not also count the inherited one', () => {
    expect(ids({ lead: '珠海市人民政府' })).toEqual(['004-3.1.4-p2']);
    expect(index.leadsOf(items[2]!, false)).toEqual(['珠海市人民政府']);
  });

  it('a task placed by inherited places counts as placed by the text’s places, or by fallback with "text only"', () => {
    expect(ids({ anchor: 'named' })).toEqual(['004-annex-1-1-4', '004-3.1.4-p2', '002-40']);
    expect(ids({ anchor: 'fallback' })).toEqual(['004-3.1.4-p1']);
    expect(ids({ anchor: 'fallback', textOnly: true })).toEqual(['004-annex-1-1-4', '004-3.1.4-p1']);
    expect(countedAnchor('inherited', false)).toBe('named');
  });
});

describe('renamed bodies', () => {
  it('a filter by today’s body finds the older documents’ items, and so does a link naming the old one', () => {
    expect(ids({ lead: '省生态环境厅' })).toEqual(['002-40']);
    expect(ids({ lead: '省环境保护厅' })).toEqual(['002-40']);
    expect(index.leadsOf(items[3]!, true)).toEqual(['省生态环境厅']);
  });

  it('follows a chain of renames to the last name, and stops on a cycle', () => {
    const m = currentNames([
      { name: 'A', renamedTo: { name: 'B', year: 2009, source: 's' } },
      { name: 'B', renamedTo: { name: 'C', year: 2018, source: 's' } },
      { name: 'X', renamedTo: { name: 'Y', year: null, source: 's' } },
      { name: 'Y', renamedTo: { name: 'X', year: null, source: 's' } },
    ]);
    expect(m.get('A')).toBe('C');
    expect(m.get('B')).toBe('C');
    expect(['X', 'Y']).toContain(m.get('X'));
  });
});

const ref = (role: 'lead' | 'partner' | 'responsible') => ({ name: 'x', printed: 'x', role });

describe('leadRole', () => {
  it('names responsible bodies so when no clause marks a lead (002), and leads when one does', () => {
    expect(leadRole({ unitRefs: [ref('responsible'), ref('responsible')] })).toBe('responsible');
    expect(leadRole({ unitRefs: [ref('lead'), ref('partner')] })).toBe('lead');
    expect(leadRole({ unitRefs: [] })).toBe('lead');
  });
});
