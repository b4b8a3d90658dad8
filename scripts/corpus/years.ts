// Target, deadline and scheduled years stated in item text. Background dates (dates of past meetings, periods of
// cited plans inside 《》, `YYYY—YYYY` plan periods, anything introduced by 依据) are not commitments and are skipped.
// A year that names the target under review (002: 推进2015年及2020年空气污染物减排目标中期回顾研究) is kept as a
// `reference`: the item commits to the review, not to the year.
import type { YearRef } from '../../src/contracts/corpus.ts';

const YEAR = /(20\d\d)\s*年/g;
const SEGMENT_END = /[，。；！？\n]/;
const TARGET_BEFORE = /(?:到|至|目标在|预计|力争|争取|按计划于|于)\s*$/;
const TARGET_WORDS = /目标|完成|建成|实现|消除|投入|增加|达到|覆盖/;
// After the year: more years (及2020年), then in the same clause the 目标 being reviewed (回顾, 检讨, 评估).
const REVIEWED_TARGET = /^(?:\s*[及和与與、]\s*20\d\d\s*年)*[^，。；！？\n]*?目[标標][^，。；！？\n]*?(?:回顾|回顧|检讨|檢討|评估|評估)/;

function segmentAround(text: string, i: number): string {
  let a = i;
  while (a > 0 && !SEGMENT_END.test(text[a - 1] ?? '')) a--;
  let b = i;
  while (b < text.length && !SEGMENT_END.test(text[b] ?? '')) b++;
  const seg = text.slice(a, b).trim();
  // Keep long clauses readable: the words around the year are the phrase.
  if (seg.length <= 60) return seg;
  const at = i - a;
  return seg.slice(Math.max(0, at - 20), at + 40).trim();
}

/** Years the text commits to; `lineOf` maps a phrase to the seed line it is printed on. */
export function extractYears(text: string, lineOf: (phrase: string, year: string) => number): YearRef[] {
  const out: YearRef[] = [];
  for (const m of text.matchAll(YEAR)) {
    const i = m.index;
    const year = m[1] ?? '';
    const before = text.slice(0, i);
    const after = text.slice(i + m[0].length);
    const inTitle = (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
    const isDate = /^\s*\d{1,2}\s*月/.test(after);
    const isPeriodEnd = /[—–-]\s*$/.test(before);
    const segStart = Math.max(...[...'，。；！？\n'].map((c) => before.lastIndexOf(c)));
    const isBackground = /依据|依據/.test(before.slice(segStart + 1));
    if (inTitle || isDate || isPeriodEnd || isBackground) continue;
    const segment = segmentAround(text, i);
    const kind: YearRef['kind'] = /^底?前/.test(after)
      ? 'deadline'
      : !TARGET_BEFORE.test(before) && REVIEWED_TARGET.test(after)
        ? 'reference'
        : TARGET_BEFORE.test(before) || TARGET_WORDS.test(segment)
        ? 'target'
        : 'milestone';
    if (!out.some((y) => y.year === Number(year) && y.phrase === segment && y.kind === kind)) {
      out.push({ year: Number(year), kind, phrase: segment, line: lineOf(segment, year) });
    }
  }
  return out;
}
