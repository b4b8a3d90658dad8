import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from './contrast.ts';
import { TEXT_COLOURS } from './textColours.ts';

const src = resolve(import.meta.dirname, '..');
const cssFiles = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => join(src, f));

interface Rule {
  file: string;
  selector: string;
  decls: Map<string, string>;
}

/** The stylesheets' rules (inside @media too), comments removed: enough for our own, simple CSS. */
function rules(): Rule[] {
  const out: Rule[] = [];
  for (const file of cssFiles) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const decls = new Map<string, string>();
      for (const d of m[2]!.split(';')) {
        const i = d.indexOf(':');
        if (i > 0) decls.set(d.slice(0, i).trim().toLowerCase(), d.slice(i + 1).trim().toLowerCase().replace(/\s+/g, ' '));
      }
      out.push({ file: relative(src, file), selector: m[1]!.replace(/^[\s\S]*@media[^{]*$/, '').trim().replace(/\s+/g, ' '), decls });
    }
  }
  return out;
}

const RULES = rules();
const root = RULES.find((r) => r.file === join('ui', 'base.css') && r.selector === ':root')!;

/** A value as a colour, custom properties of :root resolved. */
function colour(value: string) {
  const v = value.trim().toLowerCase();
  const custom = /^var\((--[\w-]{1,40})\)$/.exec(v)?.[1];
  const resolved = custom ? root.decls.get(custom) : v;
  return resolved === undefined ? null : parseColour(resolved);
}

const NOT_A_COLOUR = new Set(['inherit', 'currentcolor', 'transparent', 'none', 'initial', 'unset']);
const norm = (v: string) => v.toLowerCase().replace(/\s+/g, ' ').trim();
const pairs = TEXT_COLOURS.flatMap((c) => c.on.map((bg) => ({ where: c.where, fg: norm(c.fg), bg: norm(bg) })));
const listed = new Set(pairs.map((p) => `${p.fg} on ${p.bg}`));
const background = (r: Rule) => r.decls.get('background-color') ?? r.decls.get('background');

describe('text colours (WCAG 2 AA)', () => {
  it('reads the stylesheets and their custom properties', () => {
    expect(cssFiles.length).toBeGreaterThanOrEqual(5);
    expect(colour('var(--ink)')).not.toBeNull();
    expect(colour('var(--ink-muted)')).not.toBeNull();
  });

  it('every listed pair has a contrast of at least 4.5:1', () => {
    const failing = pairs
      .map((p) => {
        const fg = colour(p.fg);
        const bg = colour(p.bg);
        if (!fg || !bg) return `${p.fg} on ${p.bg}: not a colour`;
        const ratio = contrastRatio(fg, bg);
        return ratio < 4.5 ? `${p.fg} on ${p.bg} (${p.where}): ${ratio.toFixed(2)}:1` : null;
      })
      .filter(Boolean);
    expect(failing).toEqual([]);
  });

  it('every text colour in the stylesheets is listed with its backgrounds', () => {
    const fgs = new Set(pairs.map((p) => p.fg));
    const unlisted = RULES.flatMap((r) => {
      const c = r.decls.get('color');
      return c && !NOT_A_COLOUR.has(c) && !fgs.has(c) ? [`${r.file} ${r.selector}: color ${c}`] : [];
    });
    expect(unlisted).toEqual([]);
  });

  it('every rule that sets a text colour on its own background has that pair listed', () => {
    const unlisted = RULES.flatMap((r) => {
      const c = r.decls.get('color');
      const bg = background(r);
      if (!c || !bg || NOT_A_COLOUR.has(c) || NOT_A_COLOUR.has(bg) || !colour(bg)) return [];
      return listed.has(`${c} on ${bg}`) ? [] : [`${r.file} ${r.selector}: ${c} on ${bg}`];
    });
    expect(unlisted).toEqual([]);
  });

  it('every listed colour is still used by the stylesheets (the table is not fiction)', () => {
    const used = new Set(RULES.flatMap((r) => [...r.decls.entries()].filter(([k]) => k === 'color' || k === 'background' || k === 'background-color').map(([, v]) => v)));
    const stale = [...new Set(pairs.flatMap((p) => [p.fg, p.bg]))].filter((v) => !used.has(v));
    expect(stale).toEqual([]);
  });

  it('fails a pair that is too faint (the check can fail)', () => {
    expect(contrastRatio(parseColour('#777')!, parseColour('#fff')!)).toBeLessThan(4.5);
    expect(contrastRatio(parseColour('#767676')!, parseColour('#fff')!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseColour('#000')!, parseColour('#fff')!)).toBeCloseTo(21, 5);
    // Translucent text is laid over its background first.
    expect(contrastRatio(parseColour('rgba(0, 0, 0, 0.5)')!, parseColour('#fff')!)).toBeCloseTo(contrastRatio(parseColour('#7f7f7f')!, parseColour('#fff')!), 1);
  });
});
