// Place-like phrases the linker left unlinked: words ending the way place names end (…港区, …机场, …大桥, …新区 …)
// found in an item's text outside every link span and every responsibility clause. A heuristic for the build
// report (what to add to the gazetteer next), never written to links.json.
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { ItemLinks, Span } from '../../src/contracts/links.ts';
import { alignedHans } from './match/align.ts';
import { findPhrases } from './match/matchPlaces.ts';

/** Endings of place names, longest first so 港区 wins over 港. */
export const PLACE_ENDINGS = [
  '港区', '机场', '大桥', '通道', '铁路', '高铁', '城际', '公路', '高速', '片区', '新区', '园区', '口岸', '大道', '快线',
  '水道', '航道', '水库', '枢纽', '站', '港', '岛', '湾', '河', '江', '山',
] as const;

/** Characters a name does not run across: punctuation, and function words that separate a name from the verb before it. */
const BREAK = /[\s、，。；：,.;:!?！？“”"‘’「」『』（）()《》【】[\]—–\-·/／*0-9０-９的和与及在等为以对向至从把将并或由于到是了、]/u;
/** Verbs that come right before a name in the seeds (依托港珠澳大桥, 推进…建设); a candidate starts after them. */
const VERBS = ['依托', '推进', '加快', '建设', '打造', '支持', '推动', '完善', '提升', '强化', '加强', '构建', '开展', '实施', '共建', '谋划', '规划', '发展', '形成', '串联', '联系', '连接', '衔接', '研究', '扩建', '改造', '重点', '积极', '促进', '沿线', '沿岸', '包括', '涉及'];
/**
 * Words that describe rather than name (区域内口岸, 世界级港, 优化高速 …): stripped from the front of a candidate; a
 * candidate that is nothing but these and its ending is generic, not a name.
 */
const GENERIC = [
  '优化', '发挥', '区域内', '区域性', '区域', '世界级', '国际', '都市圈', '内河', '沿海', '沿江', '现代化', '现代', '增强', '拓展', '实现', '建立',
  '划定', '协调', '协助', '主要', '重要', '其他', '相关', '各', '一批', '地区', '我省', '内地', '省区', '全国', '多层次', '大型', '培育', '临港', '疏港',
  '供港', '跨境', '跨区域', '干线', '支线', '农村', '产业', '快速', '交通', '货运', '客运', '综合', '枢纽', '物流', '城市', '中心城区', '公交', '电子',
  '无水', '一线', '三地', '五大', '海外', '境外', '加大', '加快', '同', '入', '中小', '典型', '专业化', '储能', '病险', '分布式能源', '能源', '基',
  '级', '北部', '南部', '西部', '东部', '中部', '外', '主', '新一轮', '民用运输', '通信', '信息', '贸易', '航空', '轨道', '铁路', '公路', '高速', '海洋',
  '海', '入海', '高快速', '重大', '港口', '集疏运', '干支流', '江河', '连绵', '典型', '蓝色', '跳', '矿', '水源地', '重点', '启运', '回', '一站', '接收', '配套', '生态', '示范', '创新',
];
/** Words that come right after a name in the seeds. */
const FOLLOWERS = ['建设', '改扩建', '扩建', '工程', '项目', '开发', '一体化', '为', '与', '和', '及', '至', '经', '连接', '沿线', '片区', '周边', '地区', '区域', '合作', '联动', '建成', '通车'];
/** Most characters kept before the ending (longer runs are sentences, not names). */
const MAX_PREFIX = 8;
/** Endings that are only words on their own, or in these compounds (港 in 港澳, 江 in 江门 …), are not place-like. */
const NOT_NAMES = new Set(['一程多站', '电站', '高铁站', '港澳', '香港', '江门', '湾区', '大湾区', '高速公路', '城际铁路', '高速铁路', '铁路', '公路', '通道', '口岸', '港口', '港区', '机场', '园区', '新区', '片区', '城际', '高铁', '大桥', '航道', '水道', '枢纽', '站', '港', '岛', '湾', '河', '江', '山']);

export interface UnlinkedPhrase {
  phrase: string;
  items: string[];
}

function covered(i: number, spans: readonly Span[]): boolean {
  return spans.some(([s, e]) => i >= s && i < e);
}

/** Candidate phrases in one text: each ending occurrence with the name-like run before it, outside `spans`. */
export function placeLikePhrases(hans: string, spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (let end = 1; end <= hans.length; end++) {
    const ending = PLACE_ENDINGS.find((e) => hans.startsWith(e, end - e.length) && end - e.length >= 0);
    if (!ending) continue;
    // Only where the name ends here: a break, a link, the end of the text or a word that follows names comes next
    // (港 of 港澳, 城际 of 城际干线公路, 江 of 江门 are not ends).
    if (end < hans.length && !BREAK.test(hans[end]!) && !covered(end, spans) && !FOLLOWERS.some((f) => hans.startsWith(f, end))) continue;
    let start = end - ending.length;
    if (covered(start, spans) || covered(end - 1, spans)) continue;
    while (start > 0 && end - start < MAX_PREFIX + ending.length && !BREAK.test(hans[start - 1]!) && !covered(start - 1, spans)) start--;
    let phrase = hans.slice(start, end);
    for (const v of VERBS) {
      const k = phrase.lastIndexOf(v);
      if (k >= 0 && k + v.length < phrase.length - ending.length + 1) phrase = phrase.slice(k + v.length);
    }
    for (let cut = true; cut; ) {
      cut = false;
      for (const g of GENERIC) {
        if (phrase.startsWith(g) && phrase.length > g.length) {
          phrase = phrase.slice(g.length);
          cut = true;
        }
      }
    }
    if (phrase.length <= ending.length || NOT_NAMES.has(phrase) || GENERIC.includes(phrase.slice(0, -ending.length))) continue;
    out.push(phrase);
  }
  return out;
}

/** Every unlinked place-like phrase in the corpus, with the items that print it, most frequent first. */
export function unlinkedPhrases(items: readonly PlanItem[], links: Readonly<Record<string, ItemLinks>>, toHans: (s: string) => string): UnlinkedPhrase[] {
  const by = new Map<string, string[]>();
  for (const item of items) {
    const own = links[item.id];
    if (!own) continue;
    const hans = alignedHans(item.text, item.textHans, toHans);
    const spans: Span[] = [...own.links.map((l) => l.span), ...findPhrases(item.text, item.unitsRaw)];
    for (const phrase of placeLikePhrases(hans, spans)) {
      const list = by.get(phrase) ?? [];
      if (!list.includes(item.id)) list.push(item.id);
      by.set(phrase, list);
    }
  }
  return [...by.entries()]
    .map(([phrase, ids]) => ({ phrase, items: ids }))
    .sort((a, b) => b.items.length - a.items.length || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}
