// 000 第三部分 協調與行動 (Traditional script): 第八章 with recommendations in 8.2–8.3, 第九章 with 20 work items.
// A 9.x.y heading announces how many work items it holds (一個/兩個/三個…); each item is a block of 【工作內容】 and
// 【工作目標】 fields, titled by the dash line before it or, when the heading announces one item, by the heading.
import type { LineRange, OutlineNode } from '../../src/contracts/corpus.ts';
import { attachFootnote, type ContextReason, type DocParse, type ItemDraft, Roles } from './draft.ts';
import { buildOutline, type Heading } from './outline.ts';
import { type Block, blocks, cleanInline, cnNumber, fail, findLine, footnoteBody, lastLine, type LineClass, lineAt, type Seed } from './seedText.ts';

const CHAPTER = /^第([一二三四五六七八九十]+)章\s*(.+)$/;
const SECTION = /^(\d+)\.(\d+)(?:\.(\d+))?\s?(\S.*)$/;
const CAPTION = /^(?:圖|表|專欄)\d+-\d+|^注：/;
const RECOMMENDATION = /^\((\d)\)\s?(.+)$/;
const BULLET = /^——\s?(.+)$/;
const BOLD_BULLET = /^——\*\*(.+?)\*\*/;
const DASH = /^—{1,2}\s?(.+)$/;
const FIELD = /^【(工作內容|工作目標)】/;
const COUNT = /([一兩二三四五六七八九十])(?:個|項|步)/;

function classify(s: string): LineClass {
  const t = s.trim();
  if (CHAPTER.test(t) || SECTION.test(t) || t.includes('\t') || CAPTION.test(t)) return 'standalone';
  if (footnoteBody(t) && !SECTION.test(t)) return 'footnote';
  return RECOMMENDATION.test(t) || BULLET.test(t) || DASH.test(t) || FIELD.test(t) ? 'start' : 'prose';
}

export function parse000(seed: Seed): DocParse {
  const end = lastLine(seed);
  const titleLine = findLine(seed, /^\[?第.部分\s*.+\]?$/, 'the part title [第三部分 …]');
  // The contents repeat the chapter headings; the body starts at the first chapter heading followed by text.
  let bodyStart = findLine(seed, CHAPTER, 'a chapter heading 第八章 …', titleLine + 1);
  const nextNonBlank = (n: number): number => {
    let k = n + 1;
    while (k <= end && !lineAt(seed, k).trim()) k++;
    return k;
  };
  while (CHAPTER.test(lineAt(seed, nextNonBlank(bodyStart)))) bodyStart = nextNonBlank(bodyStart);
  const itemsFrom = findLine(seed, /^8\.2\s/, 'section 8.2 (the first recommendations)', bodyStart);
  const countLine = findLine(seed, /共.方面，(\d+)項工作內容/, 'the statement of the number of work items (共…方面，N項工作內容)', bodyStart);
  const announced = Number(/(\d+)項/.exec(lineAt(seed, countLine))?.[1]);

  const roles = new Roles(seed);
  const heads: Heading[] = [];
  const items: ItemDraft[] = [];
  const path: Record<number, string> = {};
  let chapter = '';
  let node = '';
  let open: ItemDraft | null = null;
  let workHeading: { title: string; line: number; expect: number; found: number; number: string } | null = null;

  const context = (b: Block, reason: ContextReason) => roles.set(b.lines, { kind: 'context', reason });
  const currentPath = (): string[] => Object.keys(path).sort().map((k) => path[Number(k)] ?? '');
  const addTo = (it: ItemDraft, b: Block, text: string) => {
    it.text = it.text ? `${it.text}\n${text}` : text;
    it.sourceLines = [it.sourceLines[0], b.last] as LineRange;
    roles.set(b.lines, { kind: 'item', id: it.id });
  };
  const newItem = (id: string, kind: ItemDraft['kind'], number: string | null, title: string, first: number): ItemDraft => {
    const it: ItemDraft = { id, kind, number, path: currentPath(), title, text: '', sourceLines: [first, first], notes: [], clauses: [] };
    items.push(it);
    open = it;
    return it;
  };
  const contextItem = (b: Block, text: string) => {
    // Consecutive unheaded paragraphs under one heading form one context item.
    const prev = items[items.length - 1];
    if (open && open === prev && prev.kind === 'context') return addTo(prev, b, text);
    const k = items.filter((x) => x.kind === 'context' && x.id.startsWith(`000-${node}-c`)).length + 1;
    addTo(newItem(`000-${node}-c${k}`, 'context', null, path[Object.keys(path).length - 1] ?? chapter, b.first), b, text);
  };
  const closeWorkHeading = () => {
    if (workHeading && workHeading.found !== workHeading.expect) {
      fail(seed, workHeading.line, `${workHeading.expect} work item(s) under this heading (it announces ${workHeading.expect}), found ${workHeading.found}`);
    }
    workHeading = null;
  };

  for (const b of blocks(seed, bodyStart, end, classify)) {
    const raw = b.raw;
    const inItems = b.first >= itemsFrom;
    const ch = CHAPTER.exec(raw);
    const sec = SECTION.exec(raw);
    if (b.kind === 'standalone' && ch) {
      const title = (ch[2] ?? '').trim();
      if (title === chapter) {
        context(b, 'running-header'); // the chapter title repeated at the top of a page
        continue;
      }
      closeWorkHeading();
      chapter = title;
      node = String(cnNumber(ch[1] ?? ''));
      for (const k of Object.keys(path)) delete path[Number(k)];
      path[0] = `第${ch[1]}章 ${title}`;
      heads.push({ rank: 0, id: node, level: 'chapter', number: `第${ch[1]}章`, title, line: b.first });
      open = null;
      if (inItems) context(b, 'heading');
    } else if (b.kind === 'standalone' && sec) {
      closeWorkHeading();
      const depth = sec[3] ? 2 : 1;
      node = [sec[1], sec[2], sec[3]].filter(Boolean).join('.');
      const title = (sec[4] ?? '').trim();
      for (const k of Object.keys(path)) if (Number(k) >= depth) delete path[Number(k)];
      path[depth] = `${node} ${title}`;
      heads.push({ rank: depth, id: node, level: depth === 1 ? 'section' : 'subsection', number: node, title, line: b.first });
      open = null;
      if (inItems) context(b, 'heading');
      if (node.startsWith('8.3.') && inItems) newItem(`000-${node}`, 'recommendation', node, title, b.first);
      if (node.startsWith('9.') && depth === 2) {
        const word = COUNT.exec(title)?.[1];
        workHeading = { title, line: b.first, expect: word ? cnNumber(word === '兩' ? '二' : word) : 1, found: 0, number: node };
      }
    } else if (!inItems) {
      continue; // 8.1 and the chapter introduction describe the present state: no items.
    } else if (b.kind === 'standalone') {
      context(b, b.raw.includes('\t') ? 'table' : 'caption');
    } else if (b.kind === 'footnote') {
      attachFootnote(seed, items, b, roles);
    } else {
      handleProse(b, raw);
    }
  }
  closeWorkHeading();

  function handleProse(b: Block, raw: string): void {
    const text = raw.trim();
    if (node.startsWith('9')) return handleWork(b, text);
    const rec = RECOMMENDATION.exec(text);
    const bold = BOLD_BULLET.exec(text);
    if (node === '8.2.1' && rec) {
      const title = cleanInline(rec[2] ?? '').split('。')[0]?.replace(/\s*[（(]圖\d+-\d+[)）]\s*/, '').trim() ?? '';
      return addTo(newItem(`000-8.2.1-${rec[1]}`, 'recommendation', `(${rec[1]})`, title, b.first), b, (rec[2] ?? '').trim());
    }
    if (node === '8.2.1' && BULLET.test(text) && open?.kind === 'recommendation') return addTo(open, b, text);
    if (node === '8.2.2' && bold) {
      const k = items.filter((x) => x.id.startsWith('000-8.2.2-') && x.kind === 'recommendation').length;
      const title = (bold[1] ?? '').replace(/。$/, '');
      return addTo(newItem(`000-8.2.2-${'abcdefgh'[k]}`, 'recommendation', null, title, b.first), b, text.replace(/^——/, ''));
    }
    if (node.startsWith('8.3.') && open?.kind === 'recommendation' && !open.text) return addTo(open, b, text);
    contextItem(b, text);
  }

  function handleWork(b: Block, text: string): void {
    const dash = DASH.exec(text);
    const field = FIELD.exec(text);
    if (!workHeading) {
      // Chapter 9's selection principles and the introduction of 9.3 precede any work item heading.
      if (dash || field) fail(seed, b.first, 'a 9.x.y heading before work items');
      return contextItem(b, text);
    }
    const wh = workHeading;
    const multi = wh.expect > 1;
    const nextId = () => (multi ? `000-${wh.number}-${'abcdefgh'[wh.found]}` : `000-${wh.number}`);
    if (dash && !field) {
      // A dash line titles the next work item of a heading that announces several.
      if (!multi) fail(seed, b.first, 'no dash sub-items under a heading that announces one work item');
      const it = newItem(nextId(), 'work-item', wh.number, (dash[1] ?? '').trim().replace(/。$/, ''), b.first);
      roles.set(b.lines, { kind: 'item', id: it.id });
      wh.found++;
      return;
    }
    if (!field) return fail(seed, b.first, 'a dash sub-item title, 【工作內容】 or 【工作目標】');
    let it = open?.kind === 'work-item' ? open : null;
    if (!it) {
      if (multi) fail(seed, b.first, `a dash sub-item title before the fields (the heading announces ${wh.expect} items)`);
      it = newItem(nextId(), 'work-item', wh.number, wh.title, wh.line);
      wh.found++;
    }
    addTo(it, b, text);
    if (field[1] === '工作目標') open = null;
  }

  const outline: OutlineNode[] = buildOutline(seed, heads, end);
  const workItems = items.filter((x) => x.kind === 'work-item').length;
  if (workItems !== announced) fail(seed, countLine, `${announced} work items as this line states, found ${workItems}`);
  // The study is named three ways; the longest is its full title (in footnote 2).
  const parent = [...seed.lines.join('\n').matchAll(/《[^》]*規劃研究》/g)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? null;

  return {
    meta: {
      id: seed.id,
      file: seed.file,
      title: lineAt(seed, titleLine).trim().replace(/^\[|\]$/g, ''),
      parentTitle: parent,
      issuer: null,
      issuerNote: 'not stated; the text names 廣東省住房和城鄉建設廳、香港發展局、澳門運輸工務司 as the coordinating bodies of the planning mechanism',
      docNumber: null,
      date: null,
      dateNote: 'not printed; the latest event it cites is in 2009 (2009年2月, 2009年國家兩會); a release in Oct 2009 is reported elsewhere (external, unverified)',
      script: 'Hant',
      scope: { id: 'greater-prd', zh: '大珠江三角洲（珠三角九市及港澳）', en: 'Greater Pearl River Delta (PRD nine cities, Hong Kong, Macao)' },
    },
    outline,
    items,
    roles,
    itemBearing: [[itemsFrom, end]],
  };
}
