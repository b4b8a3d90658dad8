import { describe, expect, it } from 'vitest';
import { readSeed } from '../corpus/seedText.ts';
import { builtPlaces } from './fixtures.ts';
import { inNetwork, lineRank, networkNames } from './lineClass.ts';

describe('line classes', () => {
  it('read 六横十纵 from 专栏1, routes split at —, qualifiers dropped', () => {
    const lines = ['专栏1', '“六横”：甲高速—乙通道、丙高速公路（丙高速）。', '注', '“十纵”：丁高速（南支线）—戊高速。'];
    expect(networkNames(lines)).toEqual(['甲高速', '乙通道', '丙高速公路', '丁高速', '戊高速']);
    expect(() => networkNames(['“六横”：甲高速'])).toThrow(/十纵/);
  });

  it('rank rail by what the name says, roads by network membership', () => {
    const net = new Set(['甲高速']);
    expect(lineRank('rail-lines', { name: '某某城际' }, net, '')).toBe(1);
    expect(lineRank('rail-lines', { name: '甲乙铁路' }, net, '')).toBe(2);
    expect(lineRank('rail-lines', { name: '甲乙铁路' }, net, '推动甲乙高铁南延线')).toBe(1);
    expect(lineRank('rail-lines', { name: '某物流通道' }, net, '')).toBe(3);
    expect(lineRank('roads', { name: '乙', aliases: ['甲高速'] }, net, '')).toBe(1);
    expect(lineRank('roads', { name: '丙高速公路' }, net, '')).toBe(2);
    expect(lineRank('roads', { name: '某路—甲高速辅道' }, net, '')).toBe(3);
    expect(lineRank('channels', { name: '某大桥' }, net, '')).toBe(2);
    expect(lineRank('zones', { name: '甲高速' }, net, '')).toBeUndefined();
  });

  it('find every 六横十纵 route of the real seed among the built roads and channels, and rank them 1', () => {
    const net = networkNames(readSeed('004').lines);
    expect(net.length).toBeGreaterThanOrEqual(16);
    const lines = builtPlaces().filter((f) => f.properties.type === 'roads' || f.properties.type === 'channels');
    const unmatched = net.filter((n) => !lines.some((f) => inNetwork(f.properties, new Set([n]))));
    expect(unmatched).toEqual([]);
    for (const f of lines) if (inNetwork(f.properties, new Set(net))) expect(f.properties.rank, f.properties.name).toBe(1);
    const rail = new Map(builtPlaces().filter((f) => f.properties.type === 'rail-lines').map((f) => [f.properties.id, f.properties.rank]));
    expect([rail.get('gsk-hsr'), rail.get('guangzhu-intercity'), rail.get('shenjiang'), rail.get('guangmao'), rail.get('gba-guangxi-vietnam-corridor')]).toEqual([1, 1, 1, 2, 3]);
  });
});
