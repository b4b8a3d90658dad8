// Mutilated copies of the seeds (in memory) must make the parser fail with the file, the line and what it expected.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocId } from '../../src/contracts/corpus.ts';
import { parseDoc } from './parse.ts';
import { ParseError, seedDir, seedFile } from './seedText.ts';

function parseBroken(id: DocId, mutate: (lines: string[]) => string[]): ParseError {
  const file = seedFile(id);
  const text = mutate(readFileSync(resolve(seedDir, file), 'utf8').split('\n')).join('\n');
  try {
    parseDoc(id, text, file);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`parsing a broken ${file} did not fail`);
}

const lineOf = (id: DocId, needle: string): number => {
  const n = readFileSync(resolve(seedDir, seedFile(id)), 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (n < 0) throw new Error(`${needle} not in ${id}`);
  return n + 1;
};

describe('bad input fails loudly', () => {
  it('002: a missing item number', () => {
    const e = parseBroken('002', (l) => l.map((s) => s.replace('47．', '')));
    expect(e.file).toBe(seedFile('002'));
    expect(e.line).toBe(lineOf('002', '47．'));
    expect(e.message).toMatch(/expected item number 47．/);
    expect(e.message).toContain('继续推进粤港电子签名证书互认工作');
  });

  it('002: an item without its responsibility clause', () => {
    const e = parseBroken('002', (l) => l.map((s) => s.replace('（深圳市人民政府）', '')));
    expect(e.message).toMatch(/responsibility clause .* closing item 2．/);
    expect(e.line).toBe(lineOf('002', '2．继续推进广深港'));
  });

  it('000: a work item heading that announces more items than it has', () => {
    const dash = lineOf('000', '—研究跨界交通管理創新模式');
    const e = parseBroken('000', (l) => l.filter((_, k) => k + 1 < dash || k + 1 > dash + 3));
    expect(e.line).toBe(lineOf('000', '9.1.4 對三個方面'));
    expect(e.message).toMatch(/3 work item\(s\) under this heading/);
  });

  it('001: a task paragraph whose clause was lost', () => {
    const n = lineOf('001', '5·加强社会信用体系建设合作');
    const e = parseBroken('001', (l) => l.map((s, k) => (k + 1 === n ? s.replace(/[（(][^（）()]*负责[)）]$/, '') : s)));
    expect(e.line).toBe(n);
    expect(e.message).toMatch(/responsibility clause .* 001-5/);
  });

  it('003: items out of sequence', () => {
    const n = lineOf('003', '（二）引导加工贸易企业转型升级');
    const e = parseBroken('003', (l) => l.map((s, k) => (k + 1 === n ? s.replace('（二）', '（三）') : s)));
    expect(e.line).toBe(n);
    expect(e.message).toMatch(/expected item （二）/);
  });

  it('004: an annex task without 牵头单位', () => {
    const n = lineOf('004', '优化都市圈创新环境，推动技术市场互联互通');
    const e = parseBroken('004', (l) => l.map((s, k) => (k + 1 === n ? s.replace(/（牵头单位.*$/, '') : s)));
    expect(e.line).toBe(n);
    expect(e.message).toMatch(/responsibility clause （牵头单位/);
  });

  it('004: an unknown responsible body', () => {
    const e = parseBroken('004', (l) => l.map((s) => s.replace('牵头单位：省科技厅；', '牵头单位：省未知局；')));
    expect(e.message).toMatch(/known to the units dictionary, not "省未知局"/);
  });

  it('004: a paragraph the rules cannot place', () => {
    const n = lineOf('004', '一、统筹新型基础设施建设');
    const e = parseBroken('004', (l) => l.map((s, k) => (k + 1 === n ? '<p>broken</p' : s)));
    expect(e.line).toBe(n);
  });
});
