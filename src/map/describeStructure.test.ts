import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { StructuresFile } from '../contracts/places.ts';
import { describeStructure } from './describeStructure.ts';

it('says the structure in the plan’s own words, from the structure data', () => {
  const s = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/structures.json'), 'utf8')) as StructuresFile;
  const text = describeStructure(s);
  // 004: 一核 珠海; 三极 中山、江门、阳江; 两圈 紧密合作圈、协同发展圈; 四轴 (the innovation axis once, though drawn as two branches).
  expect(text).toContain('珠海为核心');
  expect(text).toContain('中山、江门、阳江为增长极');
  expect(text).toContain('紧密合作圈和协同发展圈');
  expect(text.match(/创新集聚发展轴/g)).toHaveLength(1);
  expect(text.split('四轴为')[1]!.split('、')).toHaveLength(4);
});

it('says nothing rather than something wrong when the data has no structure', () => {
  expect(describeStructure({ source: '', structures: [] })).toBe('');
});
