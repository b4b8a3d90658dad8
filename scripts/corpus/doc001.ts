// 001 广东省深化泛珠三角区域合作实施意见: parts 一、二、三; in 二、主要任务 sections （一）… hold 30 tasks `N·`
// (U+00B7) of one or more paragraphs, each paragraph closed by its own responsibility clause; 三、保障措施 holds four
// safeguards (一)–(四). Page breaks split paragraphs and push two clauses onto lines of their own. 一、总体要求 holds
// the framework (（一）指导思想, the （二）战略定位 bullets) and the goals (（三）合作目标: 到 2020 年左右 and its bullets).
import type { YearRef } from '../../src/contracts/corpus.ts';
import { type Clause, type DocParse, type ItemDraft, Roles, range } from './draft.ts';
import { isoDate, issuerAndDate } from './meta.ts';
import { buildOutline, type Heading } from './outline.ts';
import { type Block, blocks, cleanInline, cnNumber, fail, findLine, lastLine, type LineClass, lineAt, type Seed } from './seedText.ts';
import { extractYears } from './years.ts';

const PART = /^([一二三四五六七八九十]+)、(.+)$/;
const SECTION = /^([（(]([一二三四五六七八九十]+)[)）])\s?(.+?)。?$/;
const TASK = /^(\d{1,2})·\s?(.*)$/;
const CLAUSE = /[（(]([^（）()]*(?:牵头|负责))[)）]\s*$/;
const CLAUSE_ONLY = /^[（(][^（）()]*(?:牵头|负责)[)）]$/;
const LABEL = /^([^，。]{2,8}方面)。/;

// Section headings are short lines; a long line opening with （一） would be a paragraph.
const classify = (s: string): LineClass => (PART.test(s.trim()) || (SECTION.test(s.trim()) && s.trim().length < 40) ? 'standalone' : 'prose');
const label = (x: { number: string; title: string } | null): string[] => (x ? [`${x.number}${x.title}`] : []);

export function parse001(seed: Seed): DocParse {
  const docTitleLine = findLine(seed, /^广东省.+实施意见\s*$/, 'the document title 广东省…实施意见');
  const noticeLine = findLine(seed, /关于印发.+的通知\s*$/, 'the notice title …关于印发…的通知');
  const numberLine = findLine(seed, /[粤粵]府〔\d{4}〕\d+号/, 'a document number 粤府〔YYYY〕N号');
  const signed = issuerAndDate(seed, noticeLine, docTitleLine);
  const end = lastLine(seed);
  const firstPart = findLine(seed, PART, 'part 一、总体要求', docTitleLine + 1);
  const tasksPart = findLine(seed, /^二、/, 'part 二、主要任务', firstPart + 1);

  const roles = new Roles(seed);
  const heads: Heading[] = [];
  const items: ItemDraft[] = [];
  let part: { number: string; title: string } | null = null;
  let section: { number: string; title: string } | null = null;
  let sectionIndex = 0;
  let task: ItemDraft | null = null;
  let lastClause = '';

  const bl = blocks(seed, firstPart, end, classify);
  const frame = new FrameItems(seed, items, roles);

  // A paragraph normally ends with its clause; a page break may push the clause onto the next line (see below).
  const addParagraph = (b: Block, text: string): void => {
    if (!task) return fail(seed, b.first, 'a task N· or safeguard heading before this paragraph');
    const m = CLAUSE.exec(text);
    const clause: Clause | null = m ? { raw: m[0].trim(), line: b.last, style: 'lead-marker' } : null;
    if (clause) {
      lastClause = clause.raw;
      task.clauses.push(clause);
    }
    task.parts = [...(task.parts ?? []), { label: LABEL.exec(text)?.[1] ?? null, text, sourceLines: [b.first, b.last], clause }];
    task.text = task.text ? `${task.text}\n${text}` : text;
    task.sourceLines = [task.sourceLines[0], b.last];
    roles.set(range(b.first, b.last), { kind: 'item', id: task.id });
  };

  for (const b of bl) {
    const raw = b.raw;
    const p = PART.exec(raw);
    const s = SECTION.exec(raw);
    if (b.kind === 'standalone' && p) {
      part = { number: `${p[1]}、`, title: (p[2] ?? '').trim() };
      heads.push({ rank: 0, id: String(cnNumber(p[1] ?? '')), level: 'part', number: part.number, title: part.title, line: b.first });
      section = null;
      sectionIndex = 0;
      task = null;
    } else if (b.kind === 'standalone' && s) {
      if (!part) fail(seed, b.first, 'a part heading 一、… before this section');
      const index = cnNumber(s[2] ?? '');
      if (index !== sectionIndex + 1) fail(seed, b.first, `section （${'一二三四五六七八九十'[sectionIndex]}）`);
      sectionIndex = index;
      section = { number: s[1] ?? '', title: (s[3] ?? '').trim() };
      heads.push({ rank: 1, id: `${heads.filter((h) => h.rank === 0).length}.${index}`, level: 'section', number: section.number, title: section.title, line: b.first });
      task = null;
      if (b.first > tasksPart && !part.title.includes('主要任务')) {
        // Safeguards: the section heading is the item's title, its paragraphs the text.
        task = {
          id: `001-s${index}`,
          kind: 'safeguard',
          number: section.number,
          path: label(part),
          title: section.title,
          text: '',
          sourceLines: [b.first, b.first],
          notes: [],
          clauses: [],
        };
        items.push(task);
        roles.set([b.first], { kind: 'item', id: task.id });
        continue;
      }
    } else if (b.first < tasksPart) {
      if (!part || !section) fail(seed, b.first, 'a section （一）… of 一、总体要求 before this paragraph');
      frame.add(b, `${heads.filter((h) => h.rank === 0).length}.${sectionIndex}`, part, section);
      continue;
    } else if (TASK.test(raw)) {
      const m = TASK.exec(raw) ?? fail(seed, b.first, 'a task N·');
      const n = Number(m[1]);
      const tasks = items.filter((x) => x.kind === 'task').length;
      if (n !== tasks + 1) fail(seed, b.first, `task ${tasks + 1}·`);
      const text = (m[2] ?? '').trim();
      task = {
        id: `001-${n}`,
        kind: 'task',
        number: `${n}·`,
        path: [...label(part), ...label(section)],
        title: cleanInline(text.split('。')[0] ?? text),
        text: '',
        sourceLines: [b.first, b.first],
        notes: [],
        clauses: [],
      };
      items.push(task);
      addParagraph(b, text);
      continue;
    } else if (CLAUSE_ONLY.test(raw) && task?.parts?.length) {
      // A clause pushed onto its own line by a page break belongs to the paragraph before it.
      const prev = task.parts[task.parts.length - 1];
      if (!prev || prev.clause) fail(seed, b.first, 'a detached clause only after a paragraph without one');
      prev.text += raw;
      prev.sourceLines = [prev.sourceLines[0], b.last];
      prev.clause = { raw, line: b.first, style: 'lead-marker' };
      lastClause = raw;
      task.clauses.push(prev.clause);
      task.text += raw;
      task.sourceLines = [task.sourceLines[0], b.last];
      roles.set(range(prev.sourceLines[0], b.last), { kind: 'item', id: task.id });
      continue;
    } else if (/^[^（(。]*负责[)）]$/.test(raw) && lastClause.endsWith(raw)) {
      roles.set([b.first], { kind: 'context', reason: 'artefact' }); // a stray repeat of the previous clause's tail
      continue;
    } else if (task) {
      addParagraph(b, raw.trim());
      continue;
    } else {
      fail(seed, b.first, 'a task N· opening the section');
    }
    roles.set([b.first], { kind: 'context', reason: 'heading' });
  }

  for (const it of items) {
    for (const p of it.parts ?? []) if (!p.clause) fail(seed, p.sourceLines[1], `a responsibility clause (…牵头 / …负责) closing this paragraph of ${it.id}`);
  }

  return {
    meta: {
      id: seed.id,
      file: seed.file,
      title: lineAt(seed, docTitleLine).trim(),
      parentTitle: lineAt(seed, noticeLine).trim(),
      issuer: signed.issuer,
      issuerNote: null,
      docNumber: /[粤粵]府〔\d{4}〕\d+号/.exec(lineAt(seed, numberLine))?.[0] ?? null,
      date: isoDate(signed.date),
      dateNote: null,
      script: 'Hans',
      scope: { id: 'pan-prd', zh: '泛珠三角区域（“9+2”）', en: 'Pan-Pearl River Delta (“9+2”)' },
    },
    outline: buildOutline(seed, heads, end),
    items,
    roles,
    itemBearing: [[firstPart, end]],
  };
}

/**
 * The items of 一、总体要求. A section's unbulleted paragraph is item `001-<section>` (（一）指导思想's text, （三）合作目标's
 * 到 2020 年左右，实现以下合作目标：), its —— bullets `001-<section>-<k>`. Sections naming 目标 hold goals, whose bullets
 * take the year of the paragraph they follow; the others (指导思想, 战略定位) are the framework.
 */
class FrameItems {
  private horizon: YearRef[] = [];
  constructor(
    private readonly seed: Seed,
    private readonly items: ItemDraft[],
    private readonly roles: Roles,
  ) {}

  add(b: Block, node: string, part: { number: string; title: string }, section: { number: string; title: string }): void {
    const text = b.raw.trim();
    const bullet = /^——([^。，]+)。/.exec(text);
    const goal = section.title.includes('目标');
    const k = this.items.filter((x) => x.id.startsWith(`001-${node}-`)).length + 1;
    const id = bullet ? `001-${node}-${k}` : `001-${node}`;
    if (this.items.some((x) => x.id === id)) fail(this.seed, b.first, `one unbulleted paragraph in section ${section.number}${section.title}, then —— bullets`);
    const it: ItemDraft = {
      id,
      kind: goal ? 'goal' : 'framework',
      number: bullet ? null : section.number,
      path: [`${part.number}${part.title}`, `${section.number}${section.title}`],
      title: bullet ? (bullet[1] ?? '') : section.title,
      text: bullet ? text.replace(/^——/, '') : text,
      sourceLines: [b.first, b.last],
      notes: [],
      clauses: [],
    };
    if (goal && !bullet) this.horizon = extractYears(text, () => b.first).filter((y) => y.kind === 'target');
    else if (goal) it.inheritedYears = this.horizon;
    this.items.push(it);
    this.roles.set(range(b.first, b.last), { kind: 'item', id });
  }
}
