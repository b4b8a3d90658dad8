// Checks of the corpus against the seeds themselves: counts the documents state or that can be counted in the raw
// text, item text traceable to its cited lines, full coverage of item-bearing sections, stable ids, units, scripts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocId, PlanItem } from '../../src/contracts/corpus.ts';
import { parseAll } from './index.ts';
import { extractYears } from './years.ts';
import type { ParsedDoc } from './parse.ts';
import { seedDir, seedFile } from './seedText.ts';

const raw = (id: DocId): string => readFileSync(resolve(seedDir, seedFile(id)), 'utf8');
const lines = (id: DocId): string[] => raw(id).split('\n');

let parsed: ParsedDoc[];
const doc = (id: DocId): ParsedDoc => parsed.find((p) => p.doc.id === id) as ParsedDoc;
const items = (id: DocId, kind?: PlanItem['kind']): PlanItem[] => doc(id).items.filter((i) => !kind || i.kind === kind);

beforeAll(() => {
  parsed = parseAll();
});

describe('counts', () => {
  it('000: the 20 work items chapter 9 announces, one per 【工作目標】, and the 11 chapter 8 recommendations', () => {
    const stated = Number(/共.方面，(\d+)項工作內容/.exec(raw('000'))?.[1]);
    expect(stated).toBe(20);
    expect(raw('000').match(/【工作目標】/g)?.length).toBe(20);
    expect(items('000', 'work-item')).toHaveLength(stated);
    // 8.2.1 (1)–(3), the four bold bullets of 8.2.2, 8.3.1–8.3.4.
    expect(items('000', 'recommendation').map((i) => i.id)).toEqual([
      '000-8.2.1-1', '000-8.2.1-2', '000-8.2.1-3', '000-8.2.2-a', '000-8.2.2-b', '000-8.2.2-c', '000-8.2.2-d',
      '000-8.3.1', '000-8.3.2', '000-8.3.3', '000-8.3.4',
    ]);
  });

  it('001: 30 tasks N· with their 47 paragraphs, and 4 safeguards', () => {
    const numbered = lines('001').filter((l) => /^\d{1,2}·/.test(l));
    expect(numbered).toHaveLength(30);
    expect(items('001', 'task').map((i) => i.number)).toEqual(numbered.map((l) => /^\d{1,2}·/.exec(l)?.[0]));
    expect(items('001', 'task').reduce((n, i) => n + (i.parts?.length ?? 0), 0)).toBe(47);
    expect(items('001', 'safeguard').map((i) => i.title)).toEqual(['加强统筹协调', '创新合作机制', '建立合作资金支持机制', '强化督促落实']);
    // Every task paragraph carries its own clause.
    for (const t of items('001', 'task')) for (const p of t.parts ?? []) expect(p.unitsRaw, `${t.id} ${p.sourceLines}`).toMatch(/(牵头|负责)[)）]$/);
  });

  it('002: one item per fullwidth full stop ．, numbered 1–92', () => {
    expect(raw('002').match(/．/g)?.length).toBe(92);
    expect(items('002').map((i) => i.number)).toEqual(Array.from({ length: 92 }, (_, k) => `${k + 1}．`));
  });

  it('003: 31 items （一）… under sections 一 to 九', () => {
    const starts = lines('003').filter((l) => /^[（(][一二三四五六七八九][)）]/.test(l));
    expect(starts).toHaveLength(31);
    expect(items('003')).toHaveLength(31);
    expect(new Set(items('003').map((i) => i.path[0])).size).toBe(9);
  });

  it('004: 37 annex tasks (one per 牵头单位), 111 lead-phrase paragraphs, entries in all 12 boxes, goals with years', () => {
    const tasks = items('004', 'task');
    expect(raw('004').match(/牵头单位/g)?.length).toBe(37);
    expect(tasks).toHaveLength(37);
    expect(tasks.every((t) => t.id.startsWith('004-annex-') && t.implements)).toBe(true);
    expect(items('004', 'paragraph')).toHaveLength(111);
    const boxes = lines('004').filter((l) => /^专栏\s*\d+\s/.test(l)).map((l) => /\d+/.exec(l)?.[0]);
    expect(boxes).toHaveLength(12);
    const withEntries = new Set(items('004', 'box-entry').map((i) => /^004-box-(\d+)-/.exec(i.id)?.[1]));
    expect([...withEntries]).toEqual(boxes);
    const goals = items('004', 'goal');
    // The headline positioning (no year), 到 2030 年 and its four bullets, 到 2035 年.
    expect(goals.map((g) => g.years.map((y) => y.year))).toEqual([[], [2030], [2030], [2030], [2030], [2030], [2035]]);
  });
});

// Whitespace, bold markers, footnote markers and HTML tags are typesetting; footnote bodies sit at page ends.
const norm = (s: string) => s.replace(/\*\*|<\/?p>|[¹²³]|\s/g, '');
const footnoteLine = /^\s*[¹²³1-9]\s\S/;
const covered = (id: DocId, n: number) =>
  items(id).some((i) => (i.sourceLines[0] <= n && n <= i.sourceLines[1]) || i.notes.some((x) => x.line === n));

describe('traceability', () => {
  it('every item text (each paragraph) is found in its seed within sourceLines', () => {
    for (const p of parsed) {
      const src = lines(p.doc.id);
      for (const item of p.items) {
        const [a, b] = item.sourceLines;
        expect(a, item.id).toBeGreaterThan(0);
        expect(b, item.id).toBeGreaterThanOrEqual(a);
        const slice = norm(src.slice(a - 1, b).filter((l) => !footnoteLine.test(l)).join(''));
        for (const para of item.text.split('\n')) expect(slice.includes(norm(para)), `${item.id} [${a}, ${b}]: ${para.slice(0, 30)}`).toBe(true);
        for (const n of item.notes) expect(norm(src[n.line - 1] ?? '')).toContain(norm(n.text));
      }
    }
  });

  it('ids are unique and identical across two runs', () => {
    const ids = parsed.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    const again = parseAll();
    expect(again.flatMap((p) => p.items.map((i) => i.id))).toEqual(ids);
    expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
  });
});

describe('coverage of item-bearing sections', () => {
  // Non-item text the documents print: headings, tables, captions, a page header, a stray clause fragment.
  const nonItem: Record<DocId, RegExp> = {
    '000': /^(第.章 |\d\.\d(\.\d)?\s?\S|.*\t|圖\d|表\d|注：)/,
    '001': /^([一二三]、|[（(][一二三四五六七八][)）]\s?\S{2,14}。$|责分工负责\)$)/,
    '002': /^$/,
    '003': /^[一二三四五六七八九]、/,
    '004': /^(第.+[章节] |专栏\s*\d|[一二三四五六七八九]、[^。]+$|[（(]\s*[一二三四五六七八九]\s*[)）]\s*[^。]{2,30}。?$|附件$|重点任务分工方案$)/,
  };
  const bearing: Record<DocId, (l: string[]) => [number, number][]> = {
    '000': (l) => [[l.findIndex((s) => s.startsWith('8.2 ')) + 1, l.length]],
    '001': (l) => [[l.findIndex((s) => s.startsWith('一、总体要求')) + 1, l.length]],
    '002': (l) => [[l.findIndex((s) => s.includes('一、跨界基础设施')) + 1, l.length]],
    '003': (l) => [[l.findIndex((s) => s.startsWith('一、')) + 1, l.length]],
    '004': (l) => [[l.findIndex((s) => s === '第二章 总体要求') + 1, l.length]],
  };

  it('every non-blank line belongs to an item or is a heading, table or caption', () => {
    for (const id of ['000', '001', '002', '003', '004'] as DocId[]) {
      const l = lines(id);
      for (const [a, b] of bearing[id](l)) {
        for (let n = a; n <= b; n++) {
          const s = (l[n - 1] ?? '').trim();
          if (!s || nonItem[id].test(s)) continue;
          expect(covered(id, n), `${id} line ${n} is in no item: ${s.slice(0, 30)}`).toBe(true);
        }
      }
      expect(doc(id).coverage.lines).toBeGreaterThan(0);
    }
  });

  it('002: the item texts and headings account for every character of the body', () => {
    const l = lines('002');
    const start = l.findIndex((s) => s.includes('一、跨界基础设施'));
    const body = l.slice(start).join('').replace(/\s/g, '');
    const rebuilt = items('002').map((i) => `${i.number}${i.text}`.replace(/\s/g, '')).join('');
    const bodyWithoutHeadings = body.replace(/[一二三四五六七八九]、[^\d]+?(?=\d)|[（(][一二三四五六][)）][^。\d]+。/g, '');
    expect(bodyWithoutHeadings).toBe(rebuilt);
  });
});

const lineOf = (id: DocId, start: string): number => lines(id).findIndex((s) => s.startsWith(start)) + 1;
// Headings match whole lines: the contents list prints them too, followed by a tab and a page number.
const headingLine = (id: DocId, heading: string): number => lines(id).findIndex((s) => s.trim() === heading) + 1;
const itemAt = (id: DocId, n: number): PlanItem | undefined => items(id).find((i) => i.sourceLines[0] <= n && n <= i.sourceLines[1]);

describe('总体要求: framework and goals', () => {
  it('004 第二章: the guiding thought, the five principles and the development pattern are framework items', () => {
    const ch2 = headingLine('004', '第二章 总体要求');
    const ch3 = headingLine('004', '第三章 加快基础设施互联互通');
    const goals = headingLine('004', '第三节 发展目标');
    const pattern = headingLine('004', '第四节 总体发展格局');
    // Every paragraph line of §2.1, §2.2 and §2.4 is in a framework item.
    const l = lines('004');
    for (let n = ch2 + 1; n < ch3; n++) {
      const s = (l[n - 1] ?? '').trim();
      if (!s || /^(第.节 |[一二三]、)/.test(s) || (n > goals && n < pattern)) continue;
      const found = itemAt('004', n);
      if (n < headingLine('004', '第一节 指导思想')) expect(found?.kind, `line ${n}`).toBe('context');
      else expect(found?.kind, `line ${n}: ${s.slice(0, 20)}`).toBe('framework');
    }
    expect(items('004').filter((i) => i.id.startsWith('004-2.2-')).map((i) => i.title)).toEqual(['统筹布局、协调共进', '创新驱动、产业共建', '均衡普惠、民生共享', '生态优先、绿色共保', '开放发展、合作共赢']);
    // 一核三极 / 两圈 / 四轴: each element's paragraph is its own item, titled by its lead phrase.
    for (const [start, id] of [['珠海核心。', '004-2.4.1-p1'], ['阳江重要增长极。', '004-2.4.1-p4'], ['紧密合作圈。', '004-2.4.2-p1'], ['协同发展圈。', '004-2.4.2-p2'], ['阳江至云（浮）广（州）发展轴。', '004-2.4.3-p4']] as const) {
      const found = itemAt('004', lineOf('004', start));
      expect(found?.id).toBe(id);
      expect(found?.title).toBe(start.slice(0, -1));
    }
    expect(itemAt('004', lineOf('004', '以区域协调、功能互补、辐射拓展为导向'))?.id).toBe('004-2.4-p1');
  });

  it('004 §2.3: the headline positioning keeps its id and is a goal', () => {
    const found = itemAt('004', lineOf('004', '全面贯彻落实习近平总书记在广东调研提出'));
    expect(found?.id).toBe('004-2.3-p1');
    expect(found?.kind).toBe('goal');
    expect(found?.text).toContain('努力将珠西都市圈打造成为粤港澳大湾区的重要增长极');
  });

  it('004 line 406 goes on with the paragraph before it (联合拓展新一代信息技术产业), later ids unchanged', () => {
    const cont = lineOf('004', '依托中山翠亨新区、珠海高新区、珠海南屏科技工业园');
    expect(cont).toBe(406);
    const head = lineOf('004', '联合拓展新一代信息技术产业。');
    const found = itemAt('004', cont);
    expect(found?.id).toBe('004-4.3-p2');
    expect(found?.sourceLines).toEqual([head, cont]);
    expect(found?.text).toBe(`${lines('004')[head - 1]?.trim()}${lines('004')[cont - 1]?.trim()}`);
    expect(items('004').some((i) => i.id === '004-4.3-p3')).toBe(false);
    expect(itemAt('004', lineOf('004', '共同培育世界级千亿智能家居产业。'))?.id).toBe('004-4.3-p4');
  });

  it('001 一、总体要求: 指导思想 and the 战略定位 bullets are framework, 合作目标 goals for 2020', () => {
    const first = lineOf('001', '一、总体要求');
    const tasks = lineOf('001', '二、主要任务');
    const bullets = lines('001').slice(first, tasks).filter((s) => s.startsWith('——'));
    expect(bullets).toHaveLength(9);
    const frame = items('001').filter((i) => i.sourceLines[0] > first && i.sourceLines[1] < tasks);
    expect(frame.map((i) => [i.id, i.kind])).toEqual([
      ['001-1.1', 'framework'],
      ...[1, 2, 3, 4, 5].map((k) => [`001-1.2-${k}`, 'framework']),
      ['001-1.3', 'goal'],
      ...[1, 2, 3, 4].map((k) => [`001-1.3-${k}`, 'goal']),
    ]);
    expect(frame.filter((i) => i.id.includes('-', 4)).map((i) => i.title)).toEqual(bullets.map((s) => /^——([^。]+)。/.exec(s)?.[1]));
    const goalLine = lineOf('001', '到 2020 年左右，实现以下合作目标');
    for (const g of frame.filter((i) => i.kind === 'goal')) expect(g.years, g.id).toEqual([{ year: 2020, kind: 'target', phrase: '到 2020 年左右', line: goalLine }]);
    // The task ids are untouched.
    expect(items('001', 'task')[0]?.id).toBe('001-1');
  });
});

describe('units', () => {
  it('every 002 item and every 004 annex task has a lead unit', () => {
    for (const i of [...items('002'), ...items('004', 'task')]) expect(i.leadUnits.length, i.id).toBeGreaterThan(0);
  });

  it('restores shared prefixes and suffixes of unit lists', () => {
    const i9 = items('002').find((i) => i.id === '002-9');
    expect(i9?.leadUnits).toEqual(['广东银监局', '广东证监局', '广东保监局', '人民银行广州分行', '省金融办']);
    const i68 = items('002').find((i) => i.id === '002-68');
    expect(i68?.leadUnits).toEqual(['广东出入境检验检疫局', '深圳出入境检验检疫局', '珠海出入境检验检疫局', '省商务厅']);
    const t25 = items('004').find((i) => i.id === '004-annex-5-3');
    expect(t25?.partnerUnits).toEqual(['省委宣传部', '省委外办']);
    const t7 = items('001').find((i) => i.id === '001-7');
    expect(t7?.parts?.map((p) => p.label)).toEqual([null, '铁路方面', '公路方面', '港口航运方面', '航空方面']);
  });

  it('units.json-style table merges spellings of one body', () => {
    const uses = parsed.flatMap((p) => p.unitUses);
    const pboc = uses.filter((u) => u.name === '人民银行广州分行').flatMap((u) => u.printed);
    expect(new Set(pboc)).toEqual(new Set(['人行广州分行', '人民银行广州分行']));
    const hk = uses.find((u) => u.name === '香港发展局');
    expect(hk?.how).toBe('text');
    expect(hk?.printed).toEqual(['香港發展局']);
  });
});

describe('years and scripts', () => {
  it('keeps targets and deadlines, drops background dates', () => {
    const i3 = items('002').find((i) => i.id === '002-3');
    expect(i3?.years.map((y) => [y.year, y.kind])).toEqual([[2018, 'target'], [2016, 'deadline'], [2018, 'target']]);
    // 000 cites 2008 and 2009 meetings and a 2008—2020 plan as background: no commitments.
    expect(items('000').flatMap((i) => i.years)).toEqual([]);
    const i60 = items('002').find((i) => i.id === '002-60');
    expect(i60?.years).toEqual([]); // 《…（2014-2018）》 is a plan period
  });

  it('a target under review is a reference, not a commitment (002: 中期回顾研究)', () => {
    const sentence = '推进2015年及2020年空气污染物减排目标中期回顾研究和粤港澳区域性PM25联合研究等。';
    expect(raw('002')).toContain(sentence);
    expect(extractYears(sentence, () => 1).map((y) => [y.year, y.kind])).toEqual([[2015, 'reference'], [2020, 'reference']]);
    const i53 = items('002').find((i) => i.text.includes(sentence));
    expect(i53?.years.map((y) => [y.year, y.kind])).toEqual([[2015, 'reference'], [2020, 'reference']]);
    // A review the item itself schedules stays a target.
    expect(extractYears('到2020年完成减排目标中期评估。', () => 1).map((y) => y.kind)).toEqual(['target']);
    // No other year of any document is a reference.
    expect(parsed.flatMap((p) => p.items.flatMap((i) => i.years.filter((y) => y.kind === 'reference').map(() => i.id)))).toEqual(['002-53', '002-53']);
  });

  it('conversion never alters the original text', () => {
    for (const p of parsed) {
      for (const i of p.items) {
        expect(p.doc.script === 'Hans' ? i.textHans : i.textHant, i.id).toBe(i.text);
        expect(i.textHans.length, i.id).toBe(i.text.length);
      }
    }
    const t = items('000', 'work-item')[0];
    expect(t?.textHans).not.toBe(t?.text);
    expect(t?.textHans).toContain('【工作内容】');
  });
});
