import { expect, it } from 'vitest';
import { buildFold } from './scriptFold.ts';

it('maps Traditional characters seen in the corpus pairs to Simplified, and ignores case and spaces', () => {
  const fold = buildFold([
    ['廣東省與香港', '广东省与香港'],
    ['珠江口西岸都市圈發展規劃', '珠江口西岸都市圈发展规划'],
  ]);
  expect(fold('廣東')).toBe('广东');
  expect(fold('發展 規劃')).toBe('发展规划');
  expect(fold('广东')).toBe('广东');
  expect(fold('HZMB Bridge')).toBe('hzmbbridge');
});

it('skips pairs whose lengths differ rather than mis-aligning characters', () => {
  const fold = buildFold([['乾隆年間', '乾隆年间间']]);
  expect(fold('間')).toBe('間');
});
