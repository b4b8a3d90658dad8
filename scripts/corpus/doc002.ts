// 002 实施《粤港合作框架协议》2016年重点工作: 92 items `N．` packed into a few long lines separated by U+3000,
// with section `一、` and subsection `（一）…。` headings in between. The body is read as one string (page-break
// splits joined without separator) and cut at item numbers, not at lines.
import type { OutlineNode } from '../../src/contracts/corpus.ts';
import { type DocParse, type ItemDraft, Roles, range } from './draft.ts';
import { cleanInline, fail, findLine, isBlank, lastLine, lineAt, ParseError, type Seed } from './seedText.ts';
import { isoDate, issuerAndDate } from './meta.ts';

const TOKEN =
  /(?<=^|[\u3000 ])(?:([一二三四五六七八九])、([^\u3000]+?)(?=\u3000|$)|([（(][一二三四五六七八九][)）])([^\u3000。]+)。|(\d{1,2})．)/gu;
const CLAUSE = /[（(][^（）()]*[)）]\s*$/;

export function parse002(seed: Seed): DocParse {
  const titleLine = findLine(seed, /^实施《粤港合作框架协议》\d{4}年重点工作\s*$/, 'the workplan title 实施《粤港合作框架协议》YYYY年重点工作');
  const noticeLine = findLine(seed, /关于印发.+的通知/, 'the notice title …关于印发…的通知');
  const numberLine = findLine(seed, /粤府函〔\d{4}〕\d+号/, 'a document number 粤府函〔YYYY〕N号');
  const signed = issuerAndDate(seed, 1, titleLine);
  const end = lastLine(seed);

  // Concatenate the body, remembering the physical line of every character.
  let body = '';
  const lineOf: number[] = [];
  for (let n = titleLine + 1; n <= end; n++) {
    const s = lineAt(seed, n);
    if (isBlank(s)) continue;
    body += s;
    for (let i = 0; i < s.length; i++) lineOf.push(n);
  }
  const at = (i: number): number => lineOf[Math.min(i, lineOf.length - 1)] ?? end;

  const roles = new Roles(seed, true);
  const items: ItemDraft[] = [];
  const outline: OutlineNode[] = [];
  let section: OutlineNode | null = null;
  let sub: OutlineNode | null = null;
  let open: { n: number; start: number; numberAt: number } | null = null;
  let cursor = 0;

  const close = (stop: number): void => {
    const gap = body.slice(cursor, stop);
    if (!open) {
      if (gap.trim()) throw new ParseError(seed.file, at(cursor), `item number ${items.length + 1}． (or a heading) before this text`, gap.trim());
      return;
    }
    const text = gap.replace(/^[\u3000\s]+|[\u3000\s]+$/g, '');
    const first = at(open.numberAt);
    const last = at(cursor + gap.trimEnd().length - 1);
    const clause = CLAUSE.exec(text) ?? fail(seed, last, `a responsibility clause (…) closing item ${open.n}．`);
    const path = [section, sub].filter((x): x is OutlineNode => x !== null).map((x) => `${x.number}${x.title}`);
    const id = `002-${open.n}`;
    items.push({
      id,
      kind: 'task',
      number: `${open.n}．`,
      path,
      title: cleanInline(text.split('。')[0] ?? text).trim(),
      text,
      sourceLines: [first, last],
      notes: [],
      clauses: [{ raw: clause[0].trim(), line: at(cursor + gap.lastIndexOf(clause[0].trim())), style: 'responsible-list' }],
    });
    roles.set(range(first, last), { kind: 'item', id });
    for (const node of [section, sub]) if (node) node.lines[1] = Math.max(node.lines[1], last);
    open = null;
  };

  for (const m of body.matchAll(TOKEN)) {
    const i = m.index;
    close(i);
    cursor = i + m[0].length;
    const line = at(i);
    if (m[1]) {
      section = { id: String(outline.length + 1), level: 'section', number: `${m[1]}、`, title: (m[2] ?? '').trim(), lines: [line, line], children: [] };
      outline.push(section);
      sub = null;
      roles.set([line], { kind: 'context', reason: 'heading' });
    } else if (m[3]) {
      if (!section) fail(seed, line, 'a section heading 一、… before the first subsection');
      sub = { id: `${section.id}.${section.children.length + 1}`, level: 'subsection', number: m[3], title: (m[4] ?? '').trim(), lines: [line, line], children: [] };
      section.children.push(sub);
      roles.set([line], { kind: 'context', reason: 'heading' });
    } else {
      const n = Number(m[5]);
      if (n !== items.length + 1) fail(seed, line, `item number ${items.length + 1}．`);
      open = { n, start: cursor, numberAt: i };
    }
  }
  close(body.length);
  if (!items.length) fail(seed, titleLine + 1, 'numbered items N． after the title');

  return {
    meta: {
      id: seed.id,
      file: seed.file,
      title: lineAt(seed, titleLine).trim(),
      parentTitle: lineAt(seed, noticeLine).trim(),
      issuer: signed.issuer,
      issuerNote: '已经粤港双方政府同意 (agreed by the Guangdong and Hong Kong governments)',
      docNumber: /粤府函〔\d{4}〕\d+号/.exec(lineAt(seed, numberLine))?.[0] ?? null,
      date: isoDate(signed.date),
      dateNote: null,
      script: 'Hans',
      scope: { id: 'guangdong-hong-kong', zh: '粤港', en: 'Guangdong–Hong Kong' },
    },
    outline,
    items,
    roles,
    itemBearing: [[titleLine + 1, end]],
  };
}
