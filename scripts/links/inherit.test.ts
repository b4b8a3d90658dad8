// Inherited places: a 004 annex task is placed where its implementing paragraphs and entries say, not at the whole
// metropolitan area; what it takes is marked as inherited, with the items it comes from.
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { PlaceLink } from '../../src/contracts/links.ts';
import { linkerLexicon, toHans } from './lexicon.ts';
import { inheritedPlaces } from './inherit.ts';
import { linkCorpus } from './link.ts';
import { loadInputs } from './load.ts';

const inputs = loadInputs();
const { lexicon, groups } = linkerLexicon(inputs);
const file = linkCorpus(inputs.items, { lexicon, groups, docs: inputs.docs, units: inputs.units, toHans });
const task = (title: string): PlanItem => inputs.items.find((i) => i.kind === 'task' && i.docId === '004' && i.title === title)!;
const placeName = (id: string): string => inputs.places.find((p) => p.id === id)?.name ?? id;

describe('annex tasks placed at what implements them', () => {
  it('港口航运: at 高栏港区, 新会港区, 广海湾港区 …, each from a paragraph or box entry that names it', () => {
    const ports = task('推进港口航运体系建设');
    const l = file.items[ports.id]!;
    expect(l.links).toEqual([]);
    // Its fallback (the whole 都市圈) is kept only for counting what the text itself says.
    expect(l.fallback?.reason).toBe('document-scope');
    const names = l.inherited!.map((p) => placeName(p.placeId));
    for (const want of ['高栏港区', '新会港区', '广海湾港区']) expect(names.some((n) => n.endsWith(want)), want).toBe(true);
    for (const p of l.inherited!) {
      expect(ports.implementedBy).toEqual(expect.arrayContaining(p.from));
      for (const from of p.from) expect(file.items[from]!.links.some((x) => x.placeId === p.placeId)).toBe(true);
    }
    for (const p of l.inherited!) expect(file.placeInheritedItems[p.placeId]).toContain(ports.id);
  });

  it('the energy task is placed at the power works of 专栏4 (台山, 阳江 …), not at the water works', () => {
    const energy = task('完善安全高效的能源保障体系');
    const names = file.items[energy.id]!.inherited!.map((p) => placeName(p.placeId));
    expect(names.some((n) => n.includes('台山'))).toBe(true);
    expect(names).not.toContain('龙门水库');
  });

  it('paragraphs keep only what their own text names', () => {
    for (const i of inputs.items.filter((x) => x.kind !== 'task')) expect(file.items[i.id]!.inherited, i.id).toBeUndefined();
  });
});

const link = (placeId: string, extra: Partial<PlaceLink> = {}): PlaceLink => ({ placeId, layer: 'ports', span: [0, 1], matched: 'x', ...extra });

describe('inheritedPlaces', () => {
  it('passes on named places once, in order, with every item naming them; never groups or ambiguous names', () => {
    const links: Record<string, PlaceLink[]> = {
      a: [link('p1'), link('440000', { layer: 'admin', group: 'parties:粤港澳' }), link('p2', { ambiguous: true })],
      b: [link('p3'), link('p1')],
    };
    const item = { id: 't', implementedBy: ['a', 'b', 'missing'] } as PlanItem;
    expect(inheritedPlaces(item, (id) => (Object.hasOwn(links, id) ? links[id] : undefined))).toEqual([
      { placeId: 'p1', layer: 'ports', from: ['a', 'b'] },
      { placeId: 'p3', layer: 'ports', from: ['b'] },
    ]);
  });
});
