// Roles of responsibility clauses, one rule for every document: 牵头 → lead, named after a 牵头 or under
// 参加/参与单位 → partner, a clause that marks no lead → responsible (counted as leads). Clauses are quoted verbatim
// from the seeds (and checked to be there), then the whole corpus is checked for the same rule.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocId, PlanItem } from '../../src/contracts/corpus.ts';
import { parseAll } from './index.ts';
import { type ClauseStyle, type ParsedClause, parseClause } from './responsibility.ts';
import { seedDir, seedFile } from './seedText.ts';
import { canonicalUnit, isKnownUnit } from './units.ts';

const raw = (id: DocId): string => readFileSync(resolve(seedDir, seedFile(id)), 'utf8');

/** Parse a clause quoted from a seed into canonical names per role; fails when the seed does not print it. */
function roles(id: DocId, clause: string, style: ClauseStyle): Record<keyof ParsedClause, string[]> {
  expect(raw(id), `seed ${id} prints ${clause}`).toContain(clause);
  const p = parseClause(clause, style, isKnownUnit);
  if (!p) throw new Error(`not a ${style} clause: ${clause}`);
  const names = (k: keyof ParsedClause) => p[k].map((t) => canonicalUnit(t.expanded) ?? `?${t.expanded}`);
  return { lead: names('lead'), partner: names('partner'), responsible: names('responsible') };
}

describe('clauses quoted from the seeds', () => {
  it('001 with 牵头: the bodies before it lead, the ones after it are partners', () => {
    expect(roles('001', '（省发展改革委牵头，省国土资源厅、水利厅等按职责分工负责）', 'lead-marker')).toEqual({
      lead: ['省发展改革委'],
      partner: ['省国土资源厅', '省水利厅'],
      responsible: [],
    });
    expect(roles('001', '（省发展改革委、交通运输厅牵头）', 'lead-marker')).toEqual({
      lead: ['省发展改革委', '省交通运输厅'],
      partner: [],
      responsible: [],
    });
  });

  it('001 without 牵头 (……等按职责分工负责): every body is responsible, none a partner of an absent lead', () => {
    expect(roles('001', '（省口岸办、质监局，海关广东分署，广东、深圳、珠海出入境检验检疫局等按职责分工负责）', 'lead-marker')).toEqual({
      lead: [],
      partner: [],
      responsible: ['省口岸办', '省质监局', '海关总署广东分署', '广东出入境检验检疫局', '深圳出入境检验检疫局', '珠海出入境检验检疫局'],
    });
  });

  it('002 lists: every body is responsible', () => {
    expect(roles('002', '(广东银监局、证监局、保监局，人行广州分行，省金融办)', 'responsible-list')).toEqual({
      lead: [],
      partner: [],
      responsible: ['广东银监局', '广东证监局', '广东保监局', '人民银行广州分行', '省金融办'],
    });
  });

  it('004 labelled: 牵头单位 lead, 参加单位 and 参与单位 are partners', () => {
    expect(roles('004', '（牵头单位：省文化和旅游厅；参加单位：省委宣传部、外办等）', 'labelled')).toEqual({
      lead: ['省文化和旅游厅'],
      partner: ['省委宣传部', '省委外办'],
      responsible: [],
    });
    const joined = roles('004', '(牵头单位：省发展改革委；参与单位：省科技厅、工业和信息化厅、自然资源厅、生态环境厅、交通运输厅、商务厅、文化和旅游厅、卫生健康委等)', 'labelled');
    expect(joined.lead).toEqual(['省发展改革委']);
    expect(joined.partner).toHaveLength(8);
    expect(joined.responsible).toEqual([]);
  });
});

describe('roles across the corpus', () => {
  let items: PlanItem[];
  beforeAll(() => {
    items = parseAll().flatMap((p) => p.items);
  });
  const of = (doc: DocId, kind?: PlanItem['kind']) => items.filter((i) => i.docId === doc && (!kind || i.kind === kind));

  it('every 001 and 002 task, and every paragraph of a 001 task, has a lead or responsible body', () => {
    // 001's 总体要求 (framework and goals) assigns no body; its tasks and safeguards all do.
    for (const i of [...of('001'), ...of('002')].filter((x) => x.kind !== 'framework' && x.kind !== 'goal')) {
      expect(i.leadUnits.length, i.id).toBeGreaterThan(0);
      for (const [k, p] of (i.parts ?? []).entries()) expect(p.leadUnits.length, `${i.id} ¶${k + 1}`).toBeGreaterThan(0);
    }
  });

  it('a clause without 牵头 names only responsible bodies; one with 牵头 none', () => {
    for (const i of [...of('001'), ...of('002'), ...of('004')].filter((x) => x.unitsRaw.length)) {
      const marked = i.unitsRaw.some((c) => c.includes('牵头'));
      const unmarked = i.unitsRaw.some((c) => !c.includes('牵头'));
      const r = new Set(i.unitRefs.map((x) => x.role));
      if (!unmarked) expect(r.has('responsible'), i.id).toBe(false);
      if (!marked) expect([...r], i.id).toEqual(['responsible']);
    }
    expect(of('002').flatMap((i) => i.unitRefs).every((x) => x.role === 'responsible')).toBe(true);
    // 001-6 and 001-18 name their bodies without 牵头: before, they came out as partners with no lead.
    const t6 = of('001').find((i) => i.id === '001-6');
    expect(t6?.partnerUnits).toEqual([]);
    expect(t6?.leadUnits).toContain('省口岸办');
  });

  it('responsible bodies are in leadUnits, partners only in partnerUnits, and the parts agree with the item', () => {
    for (const i of items) {
      for (const ref of i.unitRefs) {
        if (ref.role === 'partner') expect(i.leadUnits.includes(ref.name) || i.partnerUnits.includes(ref.name), i.id).toBe(true);
        else expect(i.leadUnits, i.id).toContain(ref.name);
      }
      if (!i.parts) continue;
      expect(new Set(i.parts.flatMap((p) => p.leadUnits)), i.id).toEqual(new Set(i.leadUnits));
      for (const p of i.parts) for (const u of p.partnerUnits) expect(p.leadUnits, i.id).not.toContain(u);
    }
  });
});
