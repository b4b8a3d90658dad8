// The reviewed table of renamed and merged bodies (data/unit-renames.json) against the built units table: names are
// unit keys, no chains or cycles, placeholders and Hong Kong/Macao bodies untied, every body only the older
// documents name reviewed, and a filter by today's body reaching the older documents' tasks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem, Unit } from '../../src/contracts/corpus.ts';
import { currentUnitName, unitIndex, unitNamesOf } from '../../src/contracts/unitNames.ts';
import { parseAll } from './index.ts';
import { applyRenames, loadRenames, renameProblem, type RenameTable } from './renames.ts';
import { seedDir, seedFile } from './seedText.ts';
import { unitInfo, unitsTable } from './units.ts';

let units: Unit[];
let items: PlanItem[];
const table = (): RenameTable => loadRenames(unitInfo);
beforeAll(() => {
  const parsed = parseAll();
  items = parsed.flatMap((p) => p.items);
  units = unitsTable(parsed.flatMap((p) => p.unitUses));
});
const unit = (name: string) => units.find((u) => u.name === name);

describe('data/unit-renames.json', () => {
  it('every from and every successor is a key of units.json; successors are today’s bodies (named by 004)', () => {
    const keys = new Set(units.map((u) => u.name));
    for (const r of table().rows) {
      expect(keys.has(r.from), r.from).toBe(true);
      if (r.to === null) continue;
      expect(keys.has(r.to), r.to).toBe(true);
      expect(unit(r.to)?.docs, r.to).toContain('004');
      expect(unit(r.from)?.docs, r.from).not.toContain('004');
    }
  });

  it('reviews every body that only the older documents (000–003) name: tied, untied with a reason, or kept', () => {
    const t = table();
    const reviewed = new Set([...t.rows.map((r) => r.from), ...t.kept.map((k) => k.name)]);
    const older = units.filter((u) => !u.docs.includes('004')).map((u) => u.name);
    expect(older.filter((n) => !reviewed.has(n))).toEqual([]);
  });

  it('ties the issue’s renames to their successors', () => {
    const index = unitIndex(units);
    const pairs: [string, string][] = [
      ['省环境保护厅', '省生态环境厅'],
      ['省国土资源厅', '省自然资源厅'],
      ['省卫生计生委', '省卫生健康委'],
      ['省经济和信息化委', '省工业和信息化厅'],
      ['省金融办', '省地方金融监管局'],
      ['省外办', '省委外办'],
    ];
    for (const [from, to] of pairs) {
      expect(currentUnitName(index, from)).toBe(to);
      expect(unit(to)?.formerNames).toContain(from);
    }
    expect(unit('省环境保护厅')?.renamedTo).toEqual({ name: '省生态环境厅', year: 2018, source: '《广东省机构改革方案》（中共中央、国务院批准，2018年）' });
    expect(new Set(unit('省市场监管局')?.formerNames)).toEqual(new Set(['省工商局', '省食品药品监管局', '省质监局']));
  });

  it('leaves placeholders, city governments and Hong Kong/Macao bodies untied, and a body unchanged keeps no former name', () => {
    for (const u of units) {
      if (u.generic || u.jurisdiction === 'hong-kong' || u.jurisdiction === 'macao' || u.jurisdiction === 'city') {
        expect(u.renamedTo, u.name).toBeUndefined();
        expect(u.formerNames, u.name).toBeUndefined();
      }
      if (u.renamedTo) expect(unit(u.renamedTo.name)?.renamedTo, `${u.name} → ${u.renamedTo.name} is a chain`).toBeUndefined();
    }
    // Divided bodies and successors no document names are not tied to a body that is only part of the successor.
    for (const n of ['省海洋与渔业厅', '省林业厅', '省新闻出版广电局', '广东出入境检验检疫局', '广东证监局', '海关总署广东分署']) expect(unit(n)?.renamedTo, n).toBeUndefined();
  });

  it('a filter by today’s body finds the older documents’ tasks (001 names 省环境保护厅 as lead)', () => {
    const seed001 = readFileSync(resolve(seedDir, seedFile('001')), 'utf8');
    expect(seed001).toContain('（省环境保护厅牵头，省发展改革委、经济和信息化委、科技厅、交通运输厅、公安厅、港澳办等按职责分工负责）');
    const names = unitNamesOf(unitIndex(units), '省生态环境厅');
    expect(names).toEqual(['省生态环境厅', '省环境保护厅']);
    const found = items.filter((i) => i.leadUnits.some((u) => names.includes(u)));
    const docs = new Set(found.map((i) => i.docId));
    expect([...docs].sort()).toEqual(['001', '002', '004']);
    expect(found.map((i) => i.id)).toContain('001-23');
  });
});

const row = (from: string, to: string | null) => ({ from, to, year: 2018, source: 'an act', note: 'a note' });
const problem = (rows: ReturnType<typeof row>[]) => renameProblem({ rows, kept: [] }, unitInfo);

describe('table validation', () => {

  it('accepts the reviewed table', () => {
    expect(renameProblem(table(), unitInfo)).toBeNull();
  });

  it('rejects chains, cycles, unknown names, placeholders and a change of jurisdiction', () => {
    expect(problem([row('省旅游局', '省文化厅'), row('省文化厅', '省文化和旅游厅')])).toMatch(/chain/);
    expect(problem([row('省旅游局', '省文化厅'), row('省文化厅', '省旅游局')])).toMatch(/chain/);
    expect(problem([row('省环保厅', '省生态环境厅')])).toMatch(/not a canonical name/);
    expect(problem([row('省城乡住房建设厅', '省住房城乡建设厅')])).toMatch(/not a canonical name/); // an alias, not a key
    expect(problem([row('省有关单位', '省发展改革委')])).toMatch(/placeholder/);
    expect(problem([row('广东银监局', '省地方金融监管局')])).toMatch(/central body tied to a guangdong-province body/);
    expect(problem([row('省旅游局', '省文化和旅游厅'), row('省旅游局', null)])).toMatch(/two rows/);
  });

  it('applying fails when a successor is named by no document', () => {
    const old = { ...unit('省林业厅'), renamedTo: undefined } as Unit;
    expect(() => applyRenames([old], { rows: [row('省林业厅', '省自然资源厅')], kept: [] })).toThrow(/named by no document/);
  });
});
