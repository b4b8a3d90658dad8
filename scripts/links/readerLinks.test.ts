// Links a reader expects (issue #13 point 6), on sentences quoted verbatim from the seeds (file and line in each
// comment), with the real gazetteer and admin units: a phrase naming several places, the estuary as an area,
// 粤港澳台 and the nine provinces as admin units, every road link of 专栏2, one 横琴 under all its names.
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { PlaceLink } from '../../src/contracts/links.ts';
import { linkerLexicon, toHans } from './lexicon.ts';
import { itemPlaceLinks } from './link.ts';
import { loadInputs } from './load.ts';
import { placeLikePhrases } from './unlinked.ts';

const inputs = loadInputs();
const { lexicon } = linkerLexicon(inputs);
const place = (id: string) => inputs.places.find((p) => p.id === id);

function link(text: string): PlaceLink[] {
  const item = { text, textHans: toHans(text), unitsRaw: [] } as Pick<PlanItem, 'text' | 'textHans' | 'unitsRaw'>;
  return itemPlaceLinks(item as PlanItem, lexicon, toHans);
}
/** Places linked on exactly these words. */
const on = (links: PlaceLink[], words: string): PlaceLink[] => links.filter((l) => toHans(l.matched) === words);

describe('a phrase may link several places', () => {
  it('港珠澳大桥主桥、口岸及连接线 links the bridge and its Zhuhai port, neither flagged ambiguous', () => {
    // 002 L11 (item 002-1)
    const links = on(link('继续全力推进港珠澳大桥主桥、口岸及连接线工程建设'), '港珠澳大桥主桥、口岸及连接线');
    const names = links.map((l) => place(l.placeId)?.name);
    expect(names).toEqual(expect.arrayContaining(['港珠澳大桥', '港珠澳大桥珠海公路口岸']));
    expect(links.some((l) => l.ambiguous)).toBe(false);
  });

  it('港珠澳大桥 alone is the bridge', () => {
    // 001 L161 (item 001-26)
    const links = on(link('完善连接港澳的综合交通运输网络，实现港珠澳大桥贯通'), '港珠澳大桥');
    expect(links.map((l) => place(l.placeId)?.name)).toEqual(['港珠澳大桥']);
  });
});

describe('珠江口 is the estuary, an area, not the river line', () => {
  it.each([
    // 004 L690 area (item 004-8.2-p2) and 003 L65 (item 003-6-4)
    ['共建“珠江口海洋国家公园”，改善珠江口海洋生态环境', '珠江口'],
    ['加大在深圳湾、大鹏湾、珠江口水污染防治和水质管理的合作', '珠江口'],
  ])('%s', (sentence, words) => {
    const links = on(link(sentence), words);
    expect(links).toHaveLength(1);
    const p = place(links[0]!.placeId)!;
    expect(p.name).toBe('珠江口');
    expect(p.name).not.toBe('珠江');
    // A point standing for an area is approximate; it must say where it comes from.
    expect(p.precision).toBe('approximate');
    expect(p.source).toMatch(/estuary/);
  });
});

describe('regions as admin units', () => {
  it('粤港澳台 includes 台湾', () => {
    // 003 L89 (item 003-9-3)
    const links = on(link('引导媒体建立对接机制，举办粤港澳台合作论坛'), '粤港澳台');
    expect(links.every((l) => l.layer === 'admin')).toBe(true);
    expect(links.map((l) => l.placeId).sort()).toEqual(['440000', '710000', '810000', '820000']);
  });

  it('九省区 links the nine mainland provinces of the Pan-PRD (not Hong Kong or Macao)', () => {
    // 001 L131 (item 001-15)
    const links = on(link('推动建立九省区公共就业服务信息数据共享机制'), '九省区');
    const ids = links.map((l) => l.placeId);
    expect(ids).toHaveLength(9);
    expect(ids).toEqual(expect.arrayContaining(['440000', '350000', '530000', '510000']));
    expect(ids).not.toContain('810000');
  });

  it('泛珠内地八省区 is the eight others, without 广东 (我省)', () => {
    // 001 L49 (item 001-goal area)
    const ids = on(link('我省与泛珠内地八省区间统一、开放的市场体系初步建立'), '泛珠内地八省区').map((l) => l.placeId);
    expect(ids).toHaveLength(8);
    expect(ids).not.toContain('440000');
    expect(ids).toContain('450000');
  });
});

describe('every road link of 专栏2 is a place, or listed as named but unplaced with its reason', () => {
  // 004 L259, L261, L263, L265, L269, L271, L273 (items 004-box-2-1 … 004-box-2-7)
  const lines = [
    '珠海—中山：金琴快线—香海大桥（香海高速）、金琴快线—香山大道、港湾大道—南朗快线、横琴第三通道—界狮南路、香海北路—德溪路—金溪大道、金琴快线北延段—中山东部外环高速公路南朗段、情侣北路（淇澳大桥至珠中边界段）—滨海旅游公路（中山段）。',
    '珠海—江门：珠峰大道西延线（珠海-江门）、国道 G228 南门大桥扩建工程。',
    '中山—江门：横栏快线—会港大道、桂涌路—新中公路、省道 S364 线外海大桥扩建工程。',
    '江门—阳江：国道 G325 线（江门—阳江）、国道 G228 线（江门—阳江）、省道 S276 线（江门—阳江）。',
    '珠海—中山：中山坦洲环洲北路东延—珠海华威路、珠海屏西五路北延段—中山坦洲南村路口、珠海梅界西路一期—中山坦洲德溪路东延段、中山坦洲环洲东北路—西部沿海高速辅道、斗门大桥改扩建工程等。',
    '珠海—江门：新会沙堆至斗门莲洲跨江通道、机场东路北延线—睦洲（江珠高速东侧连接线）等。',
    '中山—江门：东堤三路—荷塘大桥、桂涌路—新中公路、荷塘马滘大桥改扩建工程等。',
  ];
  const entries = lines.flatMap((line) => {
    const list = line.slice(line.indexOf('：') + 1).replace(/(等)?。$/, '');
    let from = line.indexOf('：') + 1;
    return list.split('、').map((entry) => {
      const start = line.indexOf(entry, from);
      from = start + entry.length;
      return { line, entry, span: [start, start + entry.length] as const };
    });
  });

  it('the entries are the 25 links of the box (7 + 2 + 3 + 3 + 5 + 2 + 3)', () => {
    expect(entries).toHaveLength(25);
  });

  it.each(entries.map((e) => [e.entry, e] as const))('%s', (_, { line, span }) => {
    const inside = link(line).filter((l) => l.layer !== 'admin' && l.span[0] >= span[0] && l.span[1] <= span[1]);
    expect(inside.length).toBeGreaterThan(0);
    for (const l of inside) {
      const p = place(l.placeId)!;
      // Unlocated: the reason is the source. Otherwise a geometry with its provenance.
      if (p.precision === 'unlocated') expect(p.source).toMatch(/004:2\d\d/);
      else expect(p.source.length).toBeGreaterThan(10);
    }
  });
});

describe('横琴 before and after 2021 is one place, with its history', () => {
  it.each([
    // 003 L79 (item 003-8-2)
    ['加强在深圳前海地区、深港边界区、珠海横琴新区、珠澳跨境合作区等规划建设合作', '珠海横琴新区'],
    // 002 L42 (item 002-88)
    ['推动落实《广东自贸试验区珠海横琴片区改革创新发展总体方案》', '珠海横琴片区'],
    // 004 L779 area (item 004-10.1-p4)
    ['加快推进横琴粤澳深度合作区建设，聚焦发展科技研发和高端制造', '横琴粤澳深度合作区'],
    // 004 L775 (item 004-10.1-p5)
    ['全面营造对接港澳的发展环境。发挥珠海横琴自贸片区作用', '珠海横琴自贸片区'],
    // 001 L173 (item 001-28)
    ['推进深圳前海、广州南沙、珠海横琴、汕头华侨经济文化合作试验区等重大区域发展平台开发建设', '珠海横琴'],
    // 002 L24 (item 002-40)
    ['为香港相关建筑企业和专业人士在前海直接从业提供便利，并逐步推广至南沙和横琴', '横琴'],
    // 000 L177 area (item 000-9.2.1), Traditional
    ['推進行落實落馬洲河套區、橫琴島、蓮塘/香園圍等重點鄰接地區合作開發研究', '横琴岛'],
  ])('%s', (sentence, words) => {
    const links = on(link(sentence), words);
    expect(links).toHaveLength(1);
    expect(links[0]!.placeId).toBe('hengqin');
  });

  it('the place card carries its names with their dates', () => {
    const h = place('hengqin')!.history ?? [];
    expect(h.map((e) => e.date.slice(0, 4))).toEqual(['2009', '2015', '2021']);
    expect(h.map((e) => e.name)).toEqual(['横琴新区', '中国（广东）自由贸易试验区珠海横琴新区片区', '横琴粤澳深度合作区']);
    for (const e of h) expect(e.source).toMatch(/\S{10}/);
  });
});

describe('the report’s unlinked place-like phrases', () => {
  it('finds a name ending like a place outside every link, and not one inside a link', () => {
    // 001 L99 (item 001-7): 广佛肇至梧州高速 … 连山至贺州高速 (贺州 is outside the map: not in the gazetteer)
    const text = '加快推进港珠澳大桥、连山至贺州高速建设';
    const hans = toHans(text);
    const spans = link(text).map((l) => l.span);
    const found = placeLikePhrases(hans, spans);
    expect(found).toContain('贺州高速');
    expect(found.some((p) => p.includes('大桥'))).toBe(false);
  });
});
