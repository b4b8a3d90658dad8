// Checks of the corpus against the seeds themselves: counts the documents state or that can be counted in the raw
// text, item text traceable to its cited lines, full coverage of item-bearing sections, stable ids, units, scripts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocId, PlanItem } from '../../src/contracts/corpus.ts';
import { parseAll } from './index.ts';
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
    expect(goals.map((g) => g.years.map((y) => y.year))).toEqual([[2030], [2030], [2030], [2030], [2030], [2035]]);
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
    '001': (l) => [[l.findIndex((s) => s.startsWith('二、主要任务')) + 1, l.length]],
    '002': (l) => [[l.findIndex((s) => s.includes('一、跨界基础设施')) + 1, l.length]],
    '003': (l) => [[l.findIndex((s) => s.startsWith('一、')) + 1, l.length]],
    '004': (l) => {
      const goals = l.findIndex((s) => s === '第三节 发展目标') + 1;
      const next = l.findIndex((s, k) => k >= goals && s.startsWith('第四节 '));
      return [[goals + 1, next], [l.findIndex((s) => /^第三章 [^\t]+$/.test(s)) + 1, l.length]];
    },
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
