// Each curated structure element names the plan item(s) its definition is printed in (definedBy in structures.json).
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import { parseAll } from '../corpus/index.ts';
import { definingItems, type StructureSpec } from './structures.ts';
import { placesDir, readJson } from './tables.ts';

const specs = readJson<{ structures: StructureSpec[] }>(resolve(placesDir, 'structures.json')).structures;
let items: PlanItem[];
beforeAll(() => {
  items = parseAll().flatMap((p) => p.items);
});
const byId = (id: string) => items.find((i) => i.id === id);
const of = (id: string) => {
  const e = specs.flatMap((s) => s.elements).find((x) => x.id === id);
  return e ? definingItems(e.def, items, id) : [];
};
// Typesetting only: whitespace, bold markers, footnote markers.
const norm = (s: string) => s.replace(/\*\*|[¹²³]|\s/g, '');

describe('structure elements defined by plan items', () => {
  it('every element has a defining item whose text (or footnote) prints the definition', () => {
    for (const e of specs.flatMap((s) => s.elements)) {
      const ids = definingItems(e.def, items, e.id);
      expect(ids.length, e.id).toBeGreaterThan(0);
      // The curated definition is (part of) its seed line: the item's text or one of its footnotes contains it.
      const def = norm(e.def.text);
      const found = ids.some((id) => {
        const item = byId(id);
        return [item?.text ?? '', ...(item?.notes.map((n) => n.text) ?? [])].some((t) => norm(t).includes(def));
      });
      expect(found, `${e.id}: ${e.def.text.slice(0, 20)}`).toBe(true);
    }
  });

  it('一核三极、两圈、四轴 are defined by the paragraphs of 第二章第四节', () => {
    expect(of('core-zhuhai')).toEqual(['004-2.4.1-p1']);
    expect(of('pole-yangjiang')).toEqual(['004-2.4.1-p4']);
    expect(of('close-circle')).toEqual(['004-2.4.2-p1']);
    expect(of('axis-coastal')).toEqual(['004-2.4.3-p2']);
    // 四主 is defined in footnote ³, which belongs to the paragraph printing the marker (优化轨道交通枢纽布局).
    expect(of('hubs-main').map((id) => byId(id)?.title)).toEqual(['优化轨道交通枢纽布局']);
  });

  it('a definition no item holds is an error', () => {
    expect(() => definingItems({ doc: '004', line: 7, text: '前 言' }, items, 'x')).toThrow(/no plan item holds its definition/);
  });
});
