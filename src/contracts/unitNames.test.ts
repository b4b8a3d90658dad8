// Today's name of a renamed body and the names a filter by today's body matches, on a small units fixture.
import { describe, expect, it } from 'vitest';
import { currentUnitName, unitIndex, unitNamesOf } from './unitNames.ts';

const year = 2018;
const source = 'an act';
const index = unitIndex([
  { name: '省环境保护厅', renamedTo: { name: '省生态环境厅', year, source } },
  { name: '省生态环境厅', formerNames: ['省环境保护厅'] },
  { name: '省文化厅', renamedTo: { name: '省文化和旅游厅', year, source } },
  { name: '省旅游局', renamedTo: { name: '省文化和旅游厅', year, source } },
  { name: '省文化和旅游厅', formerNames: ['省文化厅', '省旅游局'] },
  // A chain and a cycle the pipeline forbids; the helpers must still end.
  { name: 'A', renamedTo: { name: 'B', year, source } },
  { name: 'B', renamedTo: { name: 'C', year, source }, formerNames: ['A'] },
  { name: 'C', formerNames: ['B'] },
  { name: 'X', renamedTo: { name: 'Y', year, source }, formerNames: ['Y'] },
  { name: 'Y', renamedTo: { name: 'X', year, source }, formerNames: ['X'] },
]);

describe('unit names', () => {
  it('today’s name of a renamed body, the name itself otherwise', () => {
    expect(currentUnitName(index, '省环境保护厅')).toBe('省生态环境厅');
    expect(currentUnitName(index, '省生态环境厅')).toBe('省生态环境厅');
    expect(currentUnitName(index, '省发展改革委')).toBe('省发展改革委');
    expect(currentUnitName(index, 'toString')).toBe('toString');
    expect(currentUnitName(index, 'A')).toBe('C');
    expect(['X', 'Y']).toContain(currentUnitName(index, 'X'));
  });

  it('a filter by today’s body matches its former names', () => {
    expect(unitNamesOf(index, '省文化和旅游厅')).toEqual(['省文化和旅游厅', '省文化厅', '省旅游局']);
    expect(unitNamesOf(index, '省发展改革委')).toEqual(['省发展改革委']);
    expect(unitNamesOf(index, 'C')).toEqual(['C', 'B', 'A']);
    expect(unitNamesOf(index, 'X')).toEqual(['X', 'Y']);
  });
});
