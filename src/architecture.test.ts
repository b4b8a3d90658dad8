// The layering of src/, checked: what each folder may import, and no import cycles. Read from the
// source files' import statements (this project's own code, so a plain pattern is enough).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function walk(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.fixture.ts')) out.push(p);
  }
  return out;
}

interface Import {
  target: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*import\s+(type\s+)?(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const out: Import[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[2] ?? m[3]!;
    out.push({ target: spec.startsWith('.') ? resolve(dirname(file), spec) : spec, typeOnly: Boolean(m[1]) });
  }
  return out;
}

const files = walk(src);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(src, f);
const folder = (f: string) => rel(f).split('/')[0]!;

describe('the layers of src/', () => {
  it('keep the state kernel free of UI, map and data-loading code', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (folder(file) !== 'kernel') continue;
      for (const { target, typeOnly } of imports) {
        const ok = target.startsWith(src) ? ['kernel', 'contracts'].includes(folder(target)) || (typeOnly && rel(target) === 'i18n/messages.ts') : target === 'zustand/vanilla';
        if (!ok) wrong.push(`${rel(file)} → ${target.startsWith(src) ? rel(target) : target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep the data contracts free of everything but each other', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      folder(file) === 'contracts' ? imports.filter((i) => !i.target.startsWith(join(src, 'contracts'))).map((i) => `${rel(file)} → ${i.target}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('load data and look it up without React or MapLibre', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      ['data', 'search', 'i18n'].includes(folder(file))
        ? imports.filter((i) => ['react', 'react-dom', 'maplibre-gl'].includes(i.target) || (i.target.startsWith(src) && ['map', 'panels', 'ui', 'app'].includes(folder(i.target)) && !i.typeOnly)).map((i) => `${rel(file)} → ${i.target}`)
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it('keep pipeline-only code out of the app', () => {
    for (const imports of graph.values()) for (const { target } of imports) expect(target.startsWith(join(root, 'scripts'))).toBe(false);
  });

  it('have no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const { target } of graph.get(f) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
