// 003 关于推进与港澳更紧密合作的决定（摘要）: nine sections 一、… with items （一）… under each. Two item styles are
// mixed: `(一) **Title**。Body` (ASCII brackets, bold) and `（四）Title。Body` (full-width, plain).
import type { ItemKind } from '../../src/contracts/corpus.ts';
import { type DocParse, type ItemDraft, Roles, range } from './draft.ts';
import { buildOutline, type Heading } from './outline.ts';
import { blocks, cleanInline, cnNumber, fail, findLine, lastLine, lineAt, type Seed } from './seedText.ts';

const SECTION = /^([一二三四五六七八九十]+)、(.+)$/;
const ITEM = /^([（(]([一二三四五六七八九十]+)[)）])\s?(.*)$/;
const TITLE = /^(?:\*\*)?(.+?)(?:\*\*)?。/;

export function parse003(seed: Seed): DocParse {
  const titleLine = findLine(seed, /关于.+的决定\s*$/, 'the title …关于…的决定');
  const abstractLine = findLine(seed, /^[（(]摘要[)）]\s*$/, 'the (摘要) line under the title', titleLine + 1);
  const end = lastLine(seed);
  const first = findLine(seed, SECTION, 'the first section 一、…', abstractLine + 1);
  const roles = new Roles(seed);
  const heads: Heading[] = [];
  const items: ItemDraft[] = [];
  let section = 0;
  let sectionTitle = '';
  let current: ItemDraft | null = null;

  const bl = blocks(seed, first, end, (s) => (SECTION.test(s.trim()) ? 'standalone' : 'prose'));
  for (const b of bl) {
    const sec = SECTION.exec(b.raw);
    if (b.kind === 'standalone' && sec) {
      if (cnNumber(sec[1] ?? '') !== section + 1) fail(seed, b.first, `section ${section + 1}、`);
      section++;
      sectionTitle = (sec[2] ?? '').trim();
      heads.push({ rank: 0, id: String(section), level: 'section', number: `${sec[1]}、`, title: sectionTitle, line: b.first });
      roles.set([b.first], { kind: 'context', reason: 'heading' });
      current = null;
      continue;
    }
    const it = ITEM.exec(b.raw);
    if (it) {
      if (!section) fail(seed, b.first, 'a section heading 一、… before the first item');
      const sectionItems = items.filter((x) => x.path[0] === `${heads[section - 1]?.number}${sectionTitle}`).length;
      if (cnNumber(it[2] ?? '') !== sectionItems + 1) fail(seed, b.first, `item （${'一二三四五六七八九'[sectionItems]}） of section ${section}`);
      const body = it[3] ?? '';
      const title = TITLE.exec(body) ?? fail(seed, b.first, 'an item title ending in 。');
      const kind: ItemKind = section === 1 ? 'framework' : sectionTitle.includes('保障措施') ? 'safeguard' : 'task';
      current = {
        id: `003-${section}-${sectionItems + 1}`,
        kind,
        number: it[1] ?? null,
        path: [`${heads[section - 1]?.number}${sectionTitle}`],
        title: cleanInline(title[1] ?? '').trim(),
        text: cleanInline(body).trim(),
        sourceLines: [b.first, b.last],
        notes: [],
        clauses: [],
      };
      items.push(current);
    } else if (current) {
      // A further paragraph of the same item (一（三）'s 到 2020 年 …).
      current.text += `\n${cleanInline(b.raw).trim()}`;
      current.sourceLines = [current.sourceLines[0], b.last];
    } else {
      fail(seed, b.first, 'an item （一）… after the section heading');
    }
    roles.set(range(b.first, b.last), { kind: 'item', id: current.id });
  }

  const titleText = lineAt(seed, titleLine).trim();
  return {
    meta: {
      id: seed.id,
      file: seed.file,
      title: `${titleText.slice(titleText.indexOf('关于'))}${lineAt(seed, abstractLine).trim()}`,
      parentTitle: null,
      issuer: titleText.slice(0, titleText.indexOf('关于')).trim(),
      issuerNote: 'a joint decision of the provincial Party committee and government',
      docNumber: null,
      date: null,
      dateNote:
        'not printed; horizons 到 2012 年 and 到 2020 年 (L13, L17) and 应对国际金融危机 (L33) place it in 2009; reported as announced on 2009-08-19 (external, unverified)',
      script: 'Hans',
      scope: { id: 'guangdong-hong-kong-macao', zh: '粤港澳', en: 'Guangdong–Hong Kong–Macao' },
    },
    outline: buildOutline(seed, heads, end),
    items,
    roles,
    itemBearing: [[first, end]],
  };
}
