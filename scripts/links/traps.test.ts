// The linker on tricky sentences quoted verbatim from the seeds (file and line in each comment), with the real
// gazetteer and admin units. Expectations are read off the sentence: which words name a place and which do not.
import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { PlaceLink } from '../../src/contracts/links.ts';
import { linkerLexicon, toHans } from './lexicon.ts';
import { itemPlaceLinks } from './link.ts';
import { loadInputs } from './load.ts';

const inputs = loadInputs();
const { lexicon } = linkerLexicon(inputs);

/** Links of a sentence as if it were an item's text (the corpus derives textHans with the same converter). */
function link(text: string, unitsRaw: string[] = []): PlaceLink[] {
  const item = { text, textHans: toHans(text), unitsRaw } as Pick<PlanItem, 'text' | 'textHans' | 'unitsRaw'>;
  return itemPlaceLinks(item as PlanItem, lexicon, toHans);
}
const matched = (links: PlaceLink[]): string[] => [...new Set(links.map((l) => l.matched))];
const ids = (links: PlaceLink[]): string[] => links.map((l) => l.placeId);
/** Every simplified name of a gazetteer place, to check a link by what the place is called rather than by its id. */
function namesOf(placeId: string): string[] {
  const p = inputs.places.find((x) => x.id === placeId);
  return p ? [p.name, ...p.aliases].map(toHans) : [];
}

const JIANGXI = '360000';
const HONG_KONG = '810000';
const MACAO = '820000';
const ZHUHAI = '440400';
const GUANGZHOU = '440100';
const SHENZHEN = '440300';
const GUANGDONG = '440000';
const ZHONGSHAN = '442000';
const JIANGHAI = '440704';
const YANGTZE_DELTA = ['310000', '320000', '330000', '340000'];

describe('substring traps', () => {
  it('江西 inside 珠江西岸 is the west bank, not the province', () => {
    // 001 L67 (item 001-2): 推动珠江西岸先进装备制造产业带
    const west = link('推动珠江西岸先进装备制造产业带');
    expect(ids(west)).not.toContain(JIANGXI);
    expect(matched(west)).toEqual(['珠江西岸']);
    // 000 L259, Traditional: 港澳與珠江西岸及粵西地區合作發展策略
    expect(ids(link('港澳與珠江西岸及粵西地區合作發展策略'))).not.toContain(JIANGXI);
    // …while the province on its own is found (001 L111): 加强与江西、福建合作
    expect(ids(link('加强与江西、福建合作'))).toContain(JIANGXI);
  });

  it('長三角 inside 成長三角區 is a “growth triangle”; 長三角地區 is the Yangtze delta', () => {
    // 000 L93: 有時也叫着東盟南部的成長三角區。
    expect(link('有時也叫着東盟南部的成長三角區。')).toEqual([]);
    // 000 L89: 長三角地區的“觀察員”制度
    const yrd = link('長三角地區的“觀察員”制度');
    expect(matched(yrd)).toEqual(['長三角']);
    expect(ids(yrd).sort()).toEqual(YANGTZE_DELTA);
  });

  it('中山 inside 孙中山, 中山大学 or 中山路 is Sun Yat-sen, not the city', () => {
    // 004 L606: 支持中山深度挖掘和弘扬孙中山文化资源 — one city, one person.
    const l = link('支持中山深度挖掘和弘扬孙中山文化资源');
    expect(l.map((x) => [x.placeId, x.span])).toEqual([[ZHONGSHAN, [2, 4]]]);
    // Not in the seeds (no sentence there names the university or a street): constructed.
    expect(ids(link('中山大学在珠海设有校区'))).toEqual([ZHUHAI]);
    expect(ids(link('沿中山路布置公交站'))).toEqual([]);
  });

  it('珠三角 inside 大珠三角 and 泛珠三角 belongs to the larger region', () => {
    // 000 L44: 大珠三角城鎮群經過多年的合作與發展
    const greater = link('大珠三角城鎮群經過多年的合作與發展');
    expect(matched(greater)).toEqual(['大珠三角']);
    expect(new Set(greater.map((l) => l.group))).toEqual(new Set(['greater-prd']));
    expect(greater.map((l) => l.placeId)).toEqual(expect.arrayContaining([HONG_KONG, MACAO, ZHUHAI]));
    // 001 L99: 推进泛珠三角区域甩挂运输网络化发展
    expect(new Set(link('推进泛珠三角区域甩挂运输网络化发展').map((l) => l.group))).toEqual(new Set(['pan-prd']));
  });

  it('香港 inside 香港中文大学 still names Hong Kong: the university is there (unlike 中山大学)', () => {
    // 002 L39: 广东继续支持香港中文大学在深圳办学。（省教育厅，深圳市人民政府）
    const l = link('广东继续支持香港中文大学在深圳办学。（省教育厅，深圳市人民政府）', ['（省教育厅，深圳市人民政府）']);
    expect(ids(l)).toEqual([GUANGDONG, HONG_KONG, SHENZHEN]);
    // 深圳 is named once in the sentence; the responsibility clause does not count.
    expect(l.filter((x) => x.placeId === SHENZHEN)).toHaveLength(1);
  });

  it('港澳 names Hong Kong and Macao; 省港澳办 names an office', () => {
    // 004 L554: 推进九洲港公共帆船游艇码头、江门港澳码头等项目改造提升
    const wharf = link('推进九洲港公共帆船游艇码头、江门港澳码头等项目改造提升');
    expect(ids(wharf)).not.toContain(HONG_KONG);
    expect(ids(wharf)).not.toContain(MACAO);
    // 002 L7: 实施过程中遇到的问题，请径向省港澳办反映。
    expect(link('实施过程中遇到的问题，请径向省港澳办反映。')).toEqual([]);
    // 000 L221: 實現港、澳高水平國際運輸體系 — abbreviations listed with a comma.
    const both = link('實現港、澳高水平國際運輸體系');
    expect(ids(both)).toEqual([HONG_KONG, MACAO]);
    expect(matched(both)).toEqual(['港、澳']);
  });

  it('在粤港澳资 reads 在粤 + 港澳资: the parties are the same three, so 粤港澳 is kept', () => {
    // 003 L35: 引导在粤港澳资加工贸易企业进行技术改造
    expect(ids(link('引导在粤港澳资加工贸易企业进行技术改造')).sort()).toEqual([GUANGDONG, HONG_KONG, MACAO]);
  });

  it('会城 inside 省会城市 and 江海 inside 江海联运 are not places', () => {
    // 001 L93: 实现到2020年内地九省区省会城市高速铁路互联互通
    const capitals = link('实现到2020年内地九省区省会城市高速铁路互联互通');
    expect(matched(capitals)).toEqual(['内地九省区']);
    expect(ids(capitals)).not.toContain(HONG_KONG);
    // 004 L281: 积极推进都市圈港口“江海联运”
    expect(ids(link('积极推进都市圈港口“江海联运”'))).not.toContain(JIANGHAI);
  });

  it('人行广州分行 is a bank branch, not 广州', () => {
    // 002 L19 (item 002-17), the clause quoted as running text: 支持金融 IC卡在粤港两地互通使用。 (人行广州分行，省金融办 )
    const l = link('支持金融 IC卡在粤港两地互通使用。 (人行广州分行，省金融办 )');
    expect(ids(l)).not.toContain(GUANGZHOU);
    expect(matched(l)).toEqual(['粤港']);
  });
});

describe('longest match', () => {
  it('港珠澳大桥 beats 香港, 珠海 and 澳门', () => {
    // 001 L161: 实现港珠澳大桥贯通
    const l = link('实现港珠澳大桥贯通');
    expect(l).toHaveLength(1);
    expect(l[0]!.matched).toBe('港珠澳大桥');
    expect(namesOf(l[0]!.placeId)).toContain('港珠澳大桥');
    // 002 L11: the bridge's works as one name, no admin unit inside it.
    const works = link('继续全力推进港珠澳大桥主桥、口岸及连接线工程建设');
    expect(works.every((x) => x.layer !== 'admin')).toBe(true);
    expect(works[0]!.matched.startsWith('港珠澳大桥')).toBe(true);
  });

  it('广州南沙 is the zone, not 广州 + 南沙; 南沙港 is the port', () => {
    // 001 L173: 推进深圳前海、广州南沙、珠海横琴
    const l = link('推进深圳前海、广州南沙、珠海横琴');
    expect(matched(l)).toEqual(['深圳前海', '广州南沙', '珠海横琴']);
    expect(ids(l)).not.toContain(GUANGZHOU);
    expect(ids(l)).not.toContain(SHENZHEN);
    const nansha = l.find((x) => x.matched === '广州南沙')!;
    expect(namesOf(nansha.placeId)).toContain('南沙');
    // 001 L145: 实现南沙港等一线口岸的进出口货物在区域内无水港通关
    const port = link('实现南沙港等一线口岸的进出口货物在区域内无水港通关');
    expect(matched(port)).toEqual(['南沙港']);
    expect(port[0]!.placeId).not.toBe(nansha.placeId);
  });
});

describe('Traditional text (000)', () => {
  it('matches on the simplified twin and points into the Traditional text', () => {
    const item = inputs.items.find((i) => i.id === '000-9.2.1')!;
    // 000 L227: 推進行落實落馬洲河套區、橫琴島、蓮塘/香園圍等重點鄰接地區合作開發研究
    expect(item.text).toContain('落馬洲河套區、橫琴島、蓮塘/香園圍');
    const l = itemPlaceLinks(item, lexicon, toHans);
    expect(matched(l)).toEqual(['落馬洲河套區', '橫琴島', '蓮塘/香園圍']);
    for (const x of l) expect(item.text.slice(x.span[0], x.span[1])).toBe(x.matched);
  });
});
