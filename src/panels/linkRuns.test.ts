import { expect, it } from 'vitest';
import type { PlaceLink } from '../contracts/links.ts';
import { linkRuns } from './linkRuns.ts';

const link = (placeId: string, span: [number, number], extra: Partial<PlaceLink> = {}): PlaceLink => ({ placeId, layer: 'admin', span, matched: '', ...extra });

it('splits text into plain and linked runs, one run per span even when a group names several places', () => {
  // 002: "推进粤港两地…" — 粤港 names Guangdong and Hong Kong with one span.
  const text = '推进粤港两地互通';
  const runs = linkRuns(text, [link('440000', [2, 4], { group: 'parties:粤港' }), link('810000', [2, 4], { group: 'parties:粤港' })]);
  expect(runs.map((r) => r.text)).toEqual(['推进', '粤港', '两地互通']);
  expect(runs[1]!.link?.placeId).toBe('440000');
  expect(runs.map((r) => r.text).join('')).toBe(text);
});

it('keeps the earlier of two overlapping spans, and copes with links out of order or at the edges', () => {
  const text = '珠海横琴合作区';
  const runs = linkRuns(text, [link('hq', [2, 7]), link('zh', [0, 2]), link('x', [1, 3])]);
  expect(runs.map((r) => [r.text, r.link?.placeId])).toEqual([
    ['珠海', 'zh'],
    ['横琴合作区', 'hq'],
  ]);
});
