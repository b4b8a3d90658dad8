// The whole corpus through the linker: fallback anchors, spans, reverse indexes, determinism.
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import { linkerLexicon, toHans } from './lexicon.ts';
import { linkCorpus, type LinkContext } from './link.ts';
import { loadInputs } from './load.ts';

const inputs = loadInputs();
const { lexicon, groups } = linkerLexicon(inputs);
const ctx: LinkContext = { lexicon, groups, docs: inputs.docs, units: inputs.units, toHans };
const file = linkCorpus(inputs.items, ctx);
const item = (id: string): PlanItem => inputs.items.find((i) => i.id === id)!;

/** An item built from a real one with another text and lead units, to reach a branch the corpus does not. */
function variant(base: string, text: string, leadUnits: string[]): PlanItem {
  const b = item(base);
  return { ...b, id: `${base}-variant`, text, textHans: text, textHant: text, unitsRaw: [], leadUnits };
}

describe('fallback anchors', () => {
  it('a city government leading an item that names no place anchors it to that city', () => {
    // 002 L19 (item 002-21) names no place; suppose 珠海市人民政府 led it.
    const it21 = item('002-21');
    const own = linkCorpus([variant('002-21', it21.text, ['珠海市人民政府'])], ctx).items['002-21-variant']!;
    expect(own.links).toEqual([]);
    expect(own.fallback).toMatchObject({ fallback: true, reason: 'lead-unit', evidence: '珠海市人民政府', places: [{ placeId: '440400', layer: 'admin' }] });
  });

  it('a provincial lead does not anchor anywhere: 002 falls back to its parties, Guangdong and Hong Kong', () => {
    // 002 L19 (item 002-21): 加快 “外国人 144小时免签旅游团信息管理系统 ”建设 … (省旅游局、公安厅 )
    const f = file.items['002-21']!;
    expect(f.links).toEqual([]);
    expect(f.fallback?.reason).toBe('parties');
    expect(f.fallback?.places.map((p) => p.placeId)).toEqual(['440000', '810000']);
  });

  it('001 falls back to the Pan-PRD “9+2”, read from labels.geojson', () => {
    // 001 L87 (item 001-5): 加强社会信用体系建设合作。… names no place.
    const f = file.items['001-5']!.fallback!;
    expect(f.reason).toBe('parties');
    expect(f.places).toHaveLength(11);
    expect(f.places.map((p) => p.placeId)).toEqual(expect.arrayContaining(['440000', '810000', '820000', '360000', '530000']));
  });

  it('004 (one province’s plan) falls back to its scope, the four cities of the metropolitan area', () => {
    // 004-annex-3-2 推动创新环境和技术市场一体化: neither it nor the paragraphs implementing it name a place.
    const f = file.items['004-annex-3-2']!.fallback!;
    expect(f.reason).toBe('document-scope');
    expect(f.places.map((p) => p.placeId).sort()).toEqual(['440400', '440700', '441700', '442000']);
  });

  it('an item that names a place gets no fallback', () => {
    for (const [id, v] of Object.entries(file.items)) expect(v.fallback === null, id).toBe(v.links.length > 0);
  });
});

describe('links.json', () => {
  it('every span points at the words as printed in the original text', () => {
    for (const i of inputs.items) {
      for (const l of file.items[i.id]!.links) expect(i.text.slice(l.span[0], l.span[1]), i.id).toBe(l.matched);
    }
  });

  it('the reverse indexes hold exactly the items that link to each place', () => {
    for (const [id, v] of Object.entries(file.items)) {
      for (const l of v.links) expect(file.placeItems[l.placeId]).toContain(id);
      if (!v.inherited?.length) for (const p of v.fallback?.places ?? []) expect(file.placeFallbackItems[p.placeId]).toContain(id);
      for (const p of v.inherited ?? []) expect(file.placeInheritedItems[p.placeId]).toContain(id);
    }
    const total = Object.values(file.placeItems).reduce((n, ids) => n + ids.length, 0);
    const pairs = new Set(Object.entries(file.items).flatMap(([id, v]) => v.links.map((l) => `${l.placeId} ${id}`)));
    expect(total).toBe(pairs.size);
  });

  it('every linked place exists in its layer', () => {
    const admin = new Set(inputs.admin.map((a) => a.id));
    const places = new Map(inputs.places.map((p) => [p.id, p.type]));
    for (const v of Object.values(file.items)) {
      for (const l of v.links) expect(l.layer === 'admin' ? admin.has(l.placeId) : places.get(l.placeId) === l.layer, l.placeId).toBe(true);
    }
  });

  it('is deterministic: a second run gives the same bytes', () => {
    const again = linkCorpus(inputs.items, { ...ctx, ...linkerLexicon(loadInputs()) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(file));
  });
});
