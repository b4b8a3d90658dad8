import { describe, expect, it } from 'vitest';
import { embedQuery } from './embedQuery.ts';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, fullMapSearch, parseEmbedOptions } from './options.ts';

const controls = (o: { controls: ReadonlySet<string> }) => [...o.controls];

describe('embed options from the query', () => {
  it('is the full app when neither asked for nor framed, and embed mode when framed or asked', () => {
    const full = parseEmbedOptions('?lang=en', false);
    expect(full.embedded).toBe(false);
    expect(controls(full)).toEqual([...EMBED_CONTROLS]);
    expect(parseEmbedOptions('', true).embedded).toBe(true);
    expect(parseEmbedOptions('?embed=1', false).embedded).toBe(true);
    // A framed page can still ask for the full chrome (the share dialog's own preview does not).
    expect(parseEmbedOptions('?embed=0', true).embedded).toBe(false);
    expect(controls(parseEmbedOptions('?embed=1', false))).toEqual([...DEFAULT_EMBED_CONTROLS]);
  });

  it('keeps the controls it knows, names the ones it does not, and a static figure has only the way out', () => {
    const o = parseEmbedOptions('?embed=1&controls=items,%3Cscript%3E,,zoom,__proto__', false);
    expect(controls(o)).toEqual(['items', 'zoom']);
    expect(o.ignored).toEqual(['controls=<script>', 'controls=__proto__']);
    expect(controls(parseEmbedOptions('?embed=1&controls=', false))).toEqual([]);
    const still = parseEmbedOptions('?embed=1&interactive=0', false);
    expect(still.interactive).toBe(false);
    expect(controls(still)).toEqual(['fullmap']);
    expect(parseEmbedOptions('?embed=yes', false).ignored).toEqual(['embed=yes']);
  });

  it('reads the allowed origins as origins, and refuses what is not one', () => {
    const o = parseEmbedOptions('?embed=1&origin=https://agency.example/path,http://127.0.0.1:8080&origin=javascript:alert(1)&origin=nope', false);
    expect(o.origins).toEqual(['https://agency.example', 'http://127.0.0.1:8080']);
    expect(o.ignored).toEqual(['origin=javascript:alert(1)', 'origin=nope']);
    const many = parseEmbedOptions(`?embed=1&origin=${Array.from({ length: 30 }, (_, i) => `https://h${i}.example`).join(',')}`, false);
    expect(many.origins.length).toBe(10);
  });

  it('cuts a long frame id and says so', () => {
    const o = parseEmbedOptions(`?embed=1&frame=${'x'.repeat(500)}`, false);
    expect(o.frame.length).toBe(64);
    expect(o.ignored.length).toBe(1);
  });

  it('writes the query it reads, leaving defaults out', () => {
    expect(embedQuery({})).toBe('?embed=1');
    expect(embedQuery({ controls: DEFAULT_EMBED_CONTROLS })).toBe('?embed=1');
    const q = embedQuery({ lang: 'zh-Hant', controls: ['zoom', 'items'], interactive: false, origins: ['https://a.example'], frame: 'f1' });
    expect(q).toBe('?embed=1&lang=zh-Hant&interactive=0&controls=items,zoom&origin=https%3A%2F%2Fa.example&frame=f1');
    const back = parseEmbedOptions(q, false);
    expect(controls(back)).toEqual(['items', 'zoom']);
    expect(back).toMatchObject({ interactive: false, origins: ['https://a.example'], frame: 'f1', ignored: [] });
  });

  it('drops the embed options from the full map’s link and keeps the rest', () => {
    expect(fullMapSearch('?embed=1&lang=en&controls=items&frame=x&origin=https://a.example&interactive=0')).toBe('?lang=en');
    expect(fullMapSearch('?embed=1')).toBe('');
  });
});
