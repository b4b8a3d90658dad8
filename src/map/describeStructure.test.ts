import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../contracts/label.ts';
import { loadMessages } from '../i18n/messages.ts';
import type { StructuresFile } from '../contracts/places.ts';
import { describeStructure } from './describeStructure.ts';

// The app loads a language's strings before showing it; so does this test.
beforeAll(() => Promise.all(LOCALES.map(loadMessages)));

const read = <T,>(f: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data', f), 'utf8')) as T;
const structures = read<StructuresFile>('structures.json');
const labels = read<FeatureCollection<Point>>('labels.geojson').features;

it('says the structure in the plan’s own words, from the structure data', () => {
  const text = describeStructure(structures, labels, 'zh-Hans');
  // 004: 一核 珠海; 三极 中山、江门、阳江; 两圈 紧密合作圈、协同发展圈; 四轴 (the innovation axis once, though drawn as two branches).
  expect(text).toContain('珠海为核心');
  expect(text).toContain('中山、江门、阳江为增长极');
  expect(text).toContain('紧密合作圈和协同发展圈');
  expect(text.match(/创新集聚发展轴/g)).toHaveLength(1);
  expect(text.split('四轴为')[1]!.split('、')).toHaveLength(4);
});

it('says it in Traditional Chinese and in English when the UI is', () => {
  const hant = describeStructure(structures, labels, 'zh-Hant');
  expect(hant).toContain('珠海為核心');
  expect(hant).toContain('中山、江門、陽江為增長極');
  expect(hant).toContain('四軸為');
  const en = describeStructure(structures, labels, 'en');
  expect(en).toContain('Zhuhai is the core');
  expect(en).toContain('Zhongshan, Jiangmen, and Yangjiang are the growth poles');
  expect(en).toContain('Close cooperation circle and Coordinated development circle');
  expect(en.match(/Innovation cluster axis/g)).toHaveLength(1);
  expect(en).not.toMatch(/\p{Script=Han}/u);
});

it('says nothing rather than something wrong when the data has no structure', () => {
  expect(describeStructure({ source: '', structures: [] }, [], 'zh-Hans')).toBe('');
});
