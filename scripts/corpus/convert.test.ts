import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { HANT_FIXES, bothScripts, toHans, toHant } from './convert.ts';

const raw = OpenCC.Converter({ from: 'cn', to: 'hk' });

describe('script conversion (OpenCC, Hong Kong usage, then the fixes)', () => {
  it('fixes what OpenCC gets wrong in the plans: 制度 and 审批制 stay 制 (system), not 製 (make)', () => {
    // The fixes are needed: OpenCC alone gets these wrong (if it ever stops, the list can shrink).
    expect(raw('为扩大开放提供制度保障')).toContain('製度');
    expect(raw('改审批制为备案制')).toContain('審批製');
    expect(toHant('为扩大开放提供制度保障')).toBe('為擴大開放提供制度保障');
    expect(toHant('改审批制为备案制')).toBe('改審批制為備案制');
  });

  it('leaves the right 製 alone (manufacturing, production)', () => {
    expect(toHant('先进装备制造产业')).toBe('先進裝備製造產業');
    expect(toHant('影视制作')).toBe('影視製作');
  });

  it('keeps every fix the same length, so link spans and the search fold still line up', () => {
    for (const [wrong, right] of HANT_FIXES) expect([...right].length, wrong).toBe([...wrong].length);
    const text = '建立健全审批制度，提供制度保障。';
    expect(toHant(text)).toHaveLength(text.length);
  });

  it('derives the other script and keeps the printed one as it is', () => {
    expect(bothScripts('大灣區規劃', 'Hant')).toEqual({ textHans: '大湾区规划', textHant: '大灣區規劃' });
    expect(bothScripts('大湾区规划', 'Hans')).toEqual({ textHans: '大湾区规划', textHant: '大灣區規劃' });
    expect(toHans('協調機制完善的建議')).toBe('协调机制完善的建议');
  });
});
