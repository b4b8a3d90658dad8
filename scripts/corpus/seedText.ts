// Reading seed files as numbered lines and rebuilding paragraphs that the source's page breaks cut apart.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocId } from '../../src/contracts/corpus.ts';
import { repoRoot } from '../lib/io.ts';

export const seedDir = resolve(repoRoot, 'seeds');

/** A structural surprise in a seed: names the file, the line and what the parser expected there. */
export class ParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly expected: string,
    found?: string,
  ) {
    super(`${file}:${line}: expected ${expected}${found === undefined ? '' : `, found ${JSON.stringify(found.slice(0, 80))}`}`);
    this.name = 'ParseError';
  }
}

export interface Seed {
  id: DocId;
  file: string;
  /** lines[0] is line 1. */
  lines: string[];
}

export function seedFromText(id: DocId, text: string, file: string): Seed {
  return { id, file, lines: text.replace(/\r\n?/g, '\n').split('\n') };
}

export function seedFile(id: DocId): string {
  const file = readdirSync(seedDir).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed file ${id}_*.txt in ${seedDir}`);
  return file;
}

export function readSeed(id: DocId): Seed {
  const file = seedFile(id);
  return seedFromText(id, readFileSync(resolve(seedDir, file), 'utf8'), file);
}

/** Line n (1-based) of the seed; lines past the end read as empty. */
export function lineAt(seed: Seed, n: number): string {
  return seed.lines[n - 1] ?? '';
}

export function fail(seed: Seed, line: number, expected: string): never {
  throw new ParseError(seed.file, line, expected, lineAt(seed, line));
}

// Lines holding a lone space or ideographic spaces are page-break debris: treat them as blank.
export const isBlank = (s: string): boolean => s.trim() === '';

const SUPERSCRIPT = '¹²³⁴⁵⁶⁷⁸⁹';
const superscriptRe = new RegExp(`[${SUPERSCRIPT}]`, 'g');
/** Footnote bodies sit where the printed page ended: a marker (superscript or plain digit) and a space. */
const footnoteBodyRe = new RegExp(`^([${SUPERSCRIPT}]|[1-9])\\s(\\S.*)$`);

export function footnoteBody(s: string): { marker: string; text: string } | null {
  const m = footnoteBodyRe.exec(s.trim());
  if (!m) return null;
  const digit = m[1] ?? '';
  // 000 numbers its footnote bodies with plain digits but marks the text with superscripts.
  const marker = /\d/.test(digit) ? (SUPERSCRIPT[Number(digit) - 1] ?? digit) : digit;
  return { marker, text: (m[2] ?? '').trim() };
}

/** The markers left in a text, in order. */
export function markersIn(s: string): string[] {
  return s.match(superscriptRe) ?? [];
}

/** Remove markdown bold and footnote markers; both are typesetting, not words of the plan. */
export function cleanInline(s: string): string {
  return s.replace(/\*\*/g, '').replace(superscriptRe, '');
}

// A printed paragraph ends with one of these; a line ending otherwise was cut by a page break.
const FINAL = new Set(['。', '：', '；', '）', ')', '”', '」', '！', '？', '>']);
function endsSentence(s: string): boolean {
  const t = s.replace(/\*\*\s*$/, '').trimEnd();
  return FINAL.has(t.slice(-1));
}

/** How a document's rules see a non-blank line; `start` is prose that always opens a new paragraph (a numbered or marked one). */
export type LineClass = 'prose' | 'start' | 'standalone' | 'footnote';

export interface Block {
  /** `standalone` lines (headings, table rows, captions) are never joined to their neighbours. */
  kind: 'prose' | 'standalone' | 'footnote';
  first: number;
  last: number;
  /** Physical lines that carry the block's words (blank and footnote lines in between excluded). */
  lines: number[];
  /** Joined raw text, `**` and markers still in place. */
  raw: string;
}

/**
 * Group lines [from, to] into blocks: one per standalone or footnote line, and one per prose paragraph where a prose
 * line that does not end a sentence is joined (without separator) to the next prose line, across blank lines and
 * footnote bodies: that is how the source's page breaks split paragraphs.
 */
export function blocks(seed: Seed, from: number, to: number, classify: (s: string, n: number) => LineClass): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  for (let n = from; n <= to; n++) {
    const s = lineAt(seed, n);
    if (isBlank(s)) continue;
    const cls = classify(s, n);
    if (cls === 'start') open = null;
    if (cls !== 'standalone' && cls !== 'footnote' && open) {
      open.raw += s.trim();
      open.lines.push(n);
      open.last = n;
    } else if (cls === 'prose' || cls === 'start') {
      open = { kind: 'prose', first: n, last: n, lines: [n], raw: s.trim() };
      out.push(open);
    } else {
      // A footnote inside a cut paragraph leaves the paragraph open; anything else closes it.
      if (cls !== 'footnote') open = null;
      out.push({ kind: cls, first: n, last: n, lines: [n], raw: s.trim() });
    }
    if (open && endsSentence(open.raw)) open = null;
  }
  return out;
}

/** The first sentence of a paragraph (up to the first 。), or null when it is not a short lead phrase. */
export function leadPhrase(text: string, maxLength = 32): string | null {
  const t = cleanInline(text);
  const end = t.indexOf('。');
  if (end <= 0 || end > maxLength) return null;
  const head = t.slice(0, end);
  // A lead phrase is a heading-like clause: no commas or semicolons of a running sentence.
  return /[，,；;：:]/.test(head) ? null : head;
}

/** First line in [from, to] matching re; a ParseError naming `expected` when there is none. */
export function findLine(seed: Seed, re: RegExp, expected: string, from = 1, to = seed.lines.length): number {
  for (let n = from; n <= to; n++) if (re.test(lineAt(seed, n))) return n;
  return fail(seed, from, expected);
}

/** Last non-blank line of the seed. */
export function lastLine(seed: Seed): number {
  let n = seed.lines.length;
  while (n > 1 && isBlank(lineAt(seed, n))) n--;
  return n;
}

const DIGITS = '一二三四五六七八九';
/** Value of a Chinese numeral up to 99 (一 … 十一 … 九十九). */
export function cnNumber(s: string): number {
  const t = s.trim();
  const ten = t.indexOf('十');
  if (ten < 0) return DIGITS.indexOf(t) + 1;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(t.slice(0, ten)) + 1;
  const ones = t.slice(ten + 1) ? DIGITS.indexOf(t.slice(ten + 1)) + 1 : 0;
  return tens * 10 + ones;
}
