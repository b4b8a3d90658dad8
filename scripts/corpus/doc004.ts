// 004 珠江口西岸都市圈发展规划: 11 chapters (第X章 / 第X节, subsections 一、 in two sections), 12 专栏 boxes in four
// formats (plain lines, markdown lists, one-line HTML), the 发展目标 goals, and the annex 重点任务分工方案 whose 37 tasks
// implement the main text chapter by chapter (annex part N = 第N+2章, part 九 = 第十一章). Items start at 第二章 总体要求:
// its guiding thought, principles and development pattern (一核三极、两圈四轴) are `framework` items, 发展目标 `goal`s.
import type { LineRange, OutlineNode, YearRef } from '../../src/contracts/corpus.ts';
import { attachFootnote, type ContextReason, type DocParse, type ItemDraft, Roles, range } from './draft.ts';
import { type Block, blocks, cleanInline, cnNumber, fail, findLine, footnoteBody, lastLine, type LineClass, leadPhrase, lineAt, type Seed } from './seedText.ts';
import { buildOutline, flattenOutline, type Heading } from './outline.ts';
import { extractYears } from './years.ts';
import { implementationRules, tieToTasks } from './implementation.ts';

const CHAPTER = /^第([一二三四五六七八九十]+)章\s+(.+)$/;
const SECTION = /^第([一二三四五六七八九十]+)节\s+(.+)$/;
const SUBSECTION = /^([一二三四五六七八九])、([^。]+)$/;
const BOX = /^专栏\s*(\d+)\s+(.+)$/;
const PREFACE = /^前\s*言$/;
const ANNEX = /^附件$/;
// Entry shapes inside boxes: “六横”：…, city pairs 珠海—中山：…, numbered `1. `, markdown `- 1. `, HTML `<p>`.
const BOX_LINE = /^(?:“[^”]+”：|[^\s：]{2,4}—[^\s：]{2,4}：|\d\.\s|- \d\.\s|<p>)/;
const NUMBERED = /^(?:- )?(\d)\.\s*(.+)$/;
const ANNEX_PART = /^([一二三四五六七八九])、(.+)$/;
const ANNEX_SUB = /^[（(]\s*([一二三四五六七八九十])\s*[）)]\s*(.+?)。?$/;
const ANNEX_TASK = /^(\d)\.\s*(.+)$/;
const ANNEX_CLAUSE = /[（(]\s*(?:\*\*)?\s*牵头单位[\s\S]*$/;

/** Longest common subsequence length: annex titles paraphrase the body's headings by a few characters. */
function lcs(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, () => 0);
  for (const ca of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] ?? 0;
      row[j] = ca === b[j - 1] ? prev + 1 : Math.max(row[j] ?? 0, row[j - 1] ?? 0);
      prev = keep;
    }
  }
  return row[b.length] ?? 0;
}

function classify(s: string): LineClass {
  const t = s.trim();
  if (CHAPTER.test(t) || SECTION.test(t) || BOX.test(t) || (SUBSECTION.test(t) && !t.includes('<p>'))) return 'standalone';
  if (footnoteBody(t)) return 'footnote';
  return BOX_LINE.test(t) ? 'start' : 'prose';
}

export function parse004(seed: Seed): DocParse {
  const end = lastLine(seed);
  const titleLine = findLine(seed, /\S/, 'the plan title');
  const preface = findLine(seed, PREFACE, 'the body starting at 前 言 (after the contents)', titleLine + 1);
  const annexLine = findLine(seed, ANNEX, 'the annex heading 附件', preface + 1);
  const goalsLine = findLine(seed, /^第[一二三四五六七八九十]+节\s+发展目标$/, 'section 发展目标', preface);
  const frameChapter = findLine(seed, /^第二章\s+总体要求$/, 'chapter 第二章 总体要求 (where items start)', preface);
  if (goalsLine < frameChapter) fail(seed, goalsLine, 'section 发展目标 inside 第二章 总体要求');

  const roles = new Roles(seed);
  const heads: Heading[] = [];
  const items: ItemDraft[] = [];
  const itemNode = new Map<string, string>();
  const boxEnds = new Map<string, number>();
  const path: string[] = [];
  let node = 'preface';
  let nodeTitle = '';
  // Printed paragraphs per outline node: p<n> is the n-th, so a paragraph joined into the one before keeps the later ids.
  const printed = new Map<string, number>();
  // The last lead-phrase paragraph, while nothing but paragraphs of its node follow it (see handleParagraph).
  let open: ItemDraft | null = null;
  let chapterNo = 0;
  let sectionNo = 0;
  let box: { no: string; label: string; part: string | null; entries: number; last: number; afterPart: boolean } | null = null;
  let horizon: YearRef[] = [];

  const inBearing = (n: number): boolean => n >= frameChapter;
  const context = (lines: number[], reason: ContextReason) => roles.set(lines, { kind: 'context', reason });
  const push = (it: ItemDraft, lines: number[], shared = false): ItemDraft => {
    items.push(it);
    itemNode.set(it.id, node);
    roles.set(lines, { kind: 'item', id: it.id }, shared);
    return it;
  };
  const draft = (id: string, kind: ItemDraft['kind'], number: string | null, title: string, text: string, lines: LineRange, extraPath: string[] = []): ItemDraft => ({
    id,
    kind,
    number,
    path: [...path, ...extraPath],
    title,
    text,
    sourceLines: lines,
    notes: [],
    clauses: [],
  });
  const nextP = (): number => {
    const n = (printed.get(node) ?? 0) + 1;
    printed.set(node, n);
    return n;
  };
  const closeBox = () => {
    if (box) boxEnds.set(`box-${box.no}`, box.last);
    box = null;
  };

  /** One entry of a box: numbered, a labelled line, or the unnumbered paragraph under a part header. */
  const boxEntry = (b: { first: number; last: number; lines: number[] }, segment: string, shared: boolean) => {
    if (!box) return;
    const bx = box;
    const t = segment.trim();
    const part = SUBSECTION.exec(t);
    if (part) {
      bx.part = `${part[1]}、${part[2]}`;
      bx.afterPart = true;
      if (!shared) context(b.lines, 'heading');
      return;
    }
    const num = NUMBERED.exec(t);
    const label = /^(“[^”]+”|[^\s：]{2,4}—[^\s：]{2,4})：/.exec(t);
    const body = num ? (num[2] ?? '') : t;
    const title = num ? cleanInline(body).split('。')[0] ?? '' : label ? label[1] ?? '' : bx.part ?? bx.label;
    bx.entries++;
    bx.afterPart = false;
    const extra = [bx.label, ...(bx.part ? [bx.part] : [])];
    push(draft(`004-box-${bx.no}-${bx.entries}`, 'box-entry', num ? `${num[1]}.` : null, title.trim(), body.trim(), [b.first, b.last], extra), b.lines, shared);
    bx.last = b.last;
  };

  for (const b of blocks(seed, preface, annexLine - 1, classify)) {
    const t = b.raw;
    const ch = CHAPTER.exec(t);
    const sec = SECTION.exec(t);
    const bx = BOX.exec(t);
    const sub = SUBSECTION.exec(t);
    const bearing = inBearing(b.first);
    if (b.kind === 'standalone' && (ch || sec || bx || (sub && !box))) {
      closeBox();
      open = null;
      if (ch) {
        chapterNo = cnNumber(ch[1] ?? '');
        sectionNo = 0;
        node = String(chapterNo);
        nodeTitle = (ch[2] ?? '').trim();
        path.splice(0, path.length, `第${ch[1]}章 ${ch[2]}`);
        heads.push({ rank: 0, id: node, level: 'chapter', number: `第${ch[1]}章`, title: (ch[2] ?? '').trim(), line: b.first });
      } else if (sec) {
        sectionNo = cnNumber(sec[1] ?? '');
        node = `${chapterNo}.${sectionNo}`;
        nodeTitle = (sec[2] ?? '').trim();
        path.splice(1, path.length, `第${sec[1]}节 ${sec[2]}`);
        heads.push({ rank: 1, id: node, level: 'section', number: `第${sec[1]}节`, title: (sec[2] ?? '').trim(), line: b.first });
      } else if (bx) {
        const label = `专栏${bx[1]} ${(bx[2] ?? '').trim()}`;
        box = { no: bx[1] ?? '', label, part: null, entries: 0, last: b.first, afterPart: false };
        heads.push({ rank: 3, id: `box-${bx[1]}`, level: 'box', number: t.slice(0, t.length - (bx[2] ?? '').length).trim(), title: (bx[2] ?? '').trim(), line: b.first });
      } else if (sub) {
        node = `${chapterNo}.${sectionNo}.${cnNumber(sub[1] ?? '')}`;
        nodeTitle = (sub[2] ?? '').trim();
        path.splice(2, path.length, `${sub[1]}、${sub[2]}`);
        heads.push({ rank: 2, id: node, level: 'subsection', number: `${sub[1]}、`, title: (sub[2] ?? '').trim(), line: b.first });
      }
      if (bearing) context(b.lines, 'heading');
      continue;
    }
    if (b.kind === 'footnote') {
      if (!bearing) continue;
      attachFootnote(seed, items, b, roles);
      continue;
    }
    if (box && (BOX_LINE.test(t) || box.afterPart || (sub && b.kind === 'standalone'))) {
      open = null;
      if (t.startsWith('<p>')) {
        const segments = [...t.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? '');
        if (!segments.length) fail(seed, b.first, 'HTML paragraphs <p>…</p> in this box line');
        for (const s of segments) boxEntry(b, s, true);
      } else boxEntry(b, t, false);
      continue;
    }
    closeBox();
    if (!bearing) continue;
    handleParagraph(b, t);
  }
  closeBox();

  function handleParagraph(b: Block, t: string): void {
    const text = t.trim();
    if (node === '2.3') {
      const to = /^到\s*(\d{4})\s*年/.exec(text);
      const bullet = /^——\*\*(.+?)\*\*/.exec(text);
      if (to) horizon = extractYears(text, () => b.first).filter((y) => y.year === Number(to[1]));
      if (to || bullet) {
        open = null;
        const k = items.filter((x) => x.id.startsWith('004-goal-')).length + 1;
        const it = draft(`004-goal-${k}`, 'goal', null, bullet ? (bullet[1] ?? '').replace(/。$/, '') : cleanInline(text.split('，')[0] ?? ''), bullet ? text.replace(/^——/, '') : text, [b.first, b.last]);
        if (bullet) it.inheritedYears = horizon;
        push(it, b.lines);
        return;
      }
    }
    const lead = leadPhrase(text);
    const id = `004-${node}-p${nextP()}`;
    if (!lead && open && itemNode.get(open.id) === node) {
      // An unheaded paragraph right after a lead-phrase paragraph of the same section goes on with its subject
      // (seed line 406, more 新一代信息技术 platforms under 联合拓展新一代信息技术产业): joined as a page break is.
      open.text += text;
      open.sourceLines = [open.sourceLines[0], b.last];
      roles.set(b.lines, { kind: 'item', id: open.id });
      return;
    }
    const kind = chapterNo !== 2 ? (lead ? 'paragraph' : 'context') : frameKind(node, lead !== null);
    const title = lead ?? (chapterNo === 2 && kind !== 'context' ? nodeTitle : path[path.length - 1] ?? '');
    const it = push(draft(id, kind, null, title, text, [b.first, b.last]), b.lines);
    open = lead ? it : null;
  }

  // The annex: parts 一、…, subsections （一）…, numbered tasks under 一（一）; every task ends with its clause.
  const annex = parseAnnex(seed, annexLine, end, roles);
  heads.push(...annex.heads);
  const outline: OutlineNode[] = buildOutline(seed, heads, end);
  const nodes = flattenOutline(outline);
  for (const n of nodes) {
    const e = boxEnds.get(n.id);
    if (e) n.lines = [n.lines[0], e];
  }
  for (const task of annex.tasks) {
    const target = nodes.find((n) => n.id === task.implements) ?? fail(seed, task.sourceLines[0], `a main-text heading ${task.implements} for this annex task`);
    const a = task.checkTitle.replace(/[^\u4e00-\u9fff]/g, '');
    const bt = target.title.replace(/[^\u4e00-\u9fff]/g, '');
    if (lcs(a, bt) < Math.max(a.length, bt.length) - 3) fail(seed, task.sourceLines[0], `an annex title close to the main-text heading "${target.title}"`);
  }
  // Each paragraph and box entry to the task(s) implementing it (data/implementation.json for mixed boxes), and back.
  const byTask = tieToTasks(items, (id) => itemNode.get(id), annex.tasks.map((t) => ({ id: t.item.id, implements: t.implements })), implementationRules(), (m) =>
    fail(seed, annexLine, m),
  );
  for (const task of annex.tasks) {
    task.item.implementedBy = byTask.get(task.item.id) ?? [];
    items.push(task.item);
  }
  for (const c of annex.context) items.push(c);

  return {
    meta: {
      id: seed.id,
      file: seed.file,
      title: lineAt(seed, titleLine).trim(),
      parentTitle: null,
      issuer: null,
      issuerNote: 'not printed; the annex assigns provincial departments and names 各地人民政府 as responsible for implementation',
      docNumber: null,
      date: null,
      dateNote: 'not printed; plan period 2023—2030 with an outlook to 2035 (前言); cites 2022 data and a body created in 2023',
      script: 'Hans',
      scope: { id: 'pearl-river-west-metro', zh: '珠江口西岸都市圈（珠海、中山、江门、阳江）', en: 'Pearl River West Bank metropolitan area (Zhuhai, Zhongshan, Jiangmen, Yangjiang)' },
    },
    outline,
    items,
    roles,
    itemBearing: [[frameChapter, end]],
  };
}

/**
 * Kind of a paragraph of 第二章 总体要求: the chapter's unheaded preamble is context, the 发展目标 paragraphs that are
 * neither a 到 YYYY 年 paragraph nor a bullet (the headline positioning) are goals, and the guiding thought, the
 * principles and the development pattern (一核三极、两圈四轴, its preamble included) are the framework.
 */
function frameKind(node: string, lead: boolean): ItemDraft['kind'] {
  if (node === '2') return lead ? 'framework' : 'context';
  return node === '2.3' ? 'goal' : 'framework';
}

interface AnnexTask {
  item: ItemDraft;
  implements: string;
  checkTitle: string;
  sourceLines: LineRange;
}

function parseAnnex(seed: Seed, from: number, end: number, roles: Roles): { heads: Heading[]; tasks: AnnexTask[]; context: ItemDraft[] } {
  const heads: Heading[] = [{ rank: 0, id: 'annex', level: 'annex', number: '附件', title: '', line: from }];
  const tasks: AnnexTask[] = [];
  const context: ItemDraft[] = [];
  const lines = range(from, end).filter((n) => lineAt(seed, n).trim());
  const annexTitle = lineAt(seed, lines[1] ?? from).trim();
  const head = heads[0];
  if (head) head.title = annexTitle;
  roles.set(lines.slice(0, 2), { kind: 'context', reason: 'heading' });
  let part: { no: number; label: string; line: number } | null = null;
  let sub: { no: number; label: string; title: string; line: number; children: number } | null = null;
  // Plain counters: the closures below reassign part/sub, which defeats narrowing of their fields.
  let partNo = 0;
  let subNo = 0;
  let buffer: number[] = [];

  const flush = () => {
    if (!buffer.length) return;
    const raw = buffer.map((n) => lineAt(seed, n).trim()).join('');
    const first = buffer[0] ?? from;
    const last = buffer[buffer.length - 1] ?? first;
    const clauseLine = buffer.find((n) => lineAt(seed, n).includes('牵头单位')) ?? last;
    buffer = [];
    if (!part) {
      // The preamble before part 一.
      const it: ItemDraft = { id: '004-annex-c1', kind: 'context', number: null, path: [annexTitle], title: annexTitle, text: raw, sourceLines: [first, last], notes: [], clauses: [] };
      roles.set(range(first, last), { kind: 'item', id: it.id });
      context.push(it);
      return;
    }
    const clause = ANNEX_CLAUSE.exec(raw) ?? fail(seed, last, 'a responsibility clause （牵头单位：…；参加单位：…） ending this annex task');
    const num = ANNEX_TASK.exec(raw);
    const p = part;
    let id: string;
    let implementsId: string;
    let title: string;
    let number: string;
    let checkTitle: string;
    let text = raw;
    let first2 = first;
    if (num) {
      if (!sub) return fail(seed, first, 'a subsection （一） before numbered annex tasks');
      sub.children++;
      if (Number(num[1]) !== sub.children) fail(seed, first, `annex task ${sub.children}.`);
      id = `004-annex-${p.no}-${sub.no}-${num[1]}`;
      implementsId = `${p.no + 2}.${sub.no}.${num[1]}`;
      text = num[2] ?? '';
      title = cleanInline(text).split('。')[0] ?? '';
      checkTitle = title;
      number = `${num[1]}.`;
    } else if (sub) {
      id = `004-annex-${p.no}-${sub.no}`;
      implementsId = p.no === 9 ? '11' : `${p.no + 2}.${sub.no}`;
      title = sub.title;
      checkTitle = sub.title;
      number = lineAt(seed, sub.line).trim().match(/^[（(]\s*[一二三四五六七八九十]\s*[）)]/)?.[0] ?? '';
      first2 = sub.line;
      sub.children++;
    } else {
      // Part 九 has a single task and no subsection heading: it implements the whole of 第十一章.
      id = `004-annex-${p.no}`;
      implementsId = String(p.no + 2);
      title = p.label.replace(/^[一二三四五六七八九]、/, '');
      checkTitle = title;
      number = `${'一二三四五六七八九'[p.no - 1]}、`;
      first2 = p.line;
    }
    const item: ItemDraft = {
      id,
      kind: 'task',
      number,
      path: [annexTitle, p.label, ...(sub ? [sub.label] : [])],
      title: title.trim(),
      text,
      sourceLines: [first2, last],
      notes: [],
      clauses: [{ raw: clause[0], line: clauseLine, style: 'labelled' }],
      implements: implementsId,
    };
    roles.set(range(first, last), { kind: 'item', id });
    tasks.push({ item, implements: implementsId, checkTitle, sourceLines: [first2, last] });
  };

  for (const n of lines.slice(2)) {
    const t = lineAt(seed, n).trim();
    const pm = ANNEX_PART.exec(t);
    const sm = t.length < 40 ? ANNEX_SUB.exec(t) : null;
    const nm = ANNEX_TASK.exec(t);
    if (pm || sm || nm) flush();
    if (pm) {
      const no = cnNumber(pm[1] ?? '');
      if (no !== partNo + 1) fail(seed, n, `annex part ${'一二三四五六七八九'[partNo]}、`);
      partNo = no;
      subNo = 0;
      if (sub && !sub.children) fail(seed, sub.line, 'an annex task under this subsection');
      part = { no, label: t, line: n };
      sub = null;
      heads.push({ rank: 1, id: `annex-${no}`, level: 'annex', number: `${pm[1]}、`, title: (pm[2] ?? '').trim(), line: n });
      roles.set([n], { kind: 'context', reason: 'heading' });
    } else if (sm) {
      if (!part) fail(seed, n, 'an annex part 一、 before this subsection');
      const no = cnNumber(sm[1] ?? '');
      if (no !== subNo + 1) fail(seed, n, `annex subsection （${'一二三四五六七八九十'[subNo]}）`);
      subNo = no;
      if (sub && !sub.children) fail(seed, sub.line, 'an annex task under this subsection');
      sub = { no, label: t.replace(/。$/, ''), title: (sm[2] ?? '').trim(), line: n, children: 0 };
      heads.push({ rank: 2, id: `annex-${part.no}-${no}`, level: 'annex', number: t.slice(0, t.indexOf(sm[2] ?? '')).trim(), title: sub.title, line: n });
      roles.set([n], { kind: 'context', reason: 'heading' });
    } else {
      buffer.push(n);
    }
  }
  flush();
  if (sub && !sub.children) fail(seed, sub.line, 'an annex task under this subsection');
  return { heads, tasks, context };
}
