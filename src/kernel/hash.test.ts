import { describe, expect, it } from 'vitest';
import { defaultSnapshot } from './defaults.ts';
import { decodeHash, encodeHash } from './hash.ts';
import type { Snapshot } from './state.ts';

const base = defaultSnapshot();
const opts = { defaultLocale: 'zh-Hans' as const };
const at = (view: Partial<Snapshot['view']>): Snapshot => ({ ...base, view: { ...base.view, ...view } });

describe('encodeHash', () => {
  it('writes the view as MapLibre did, and only what differs from the defaults', () => {
    expect(encodeHash(at({ zoom: 9, center: [113.5, 22.25] }), opts)).toBe('#map=9/22.25/113.5');
    expect(encodeHash(at({ zoom: 9, center: [113.5, 22.25], bearing: 30, pitch: 45 }), opts)).toBe('#map=9/22.25/113.5/30/45');
    expect(encodeHash(at({ zoom: 9, center: [113.5, 22.25], pitch: 45 }), opts)).toBe('#map=9/22.25/113.5/0/45');
    // heritage is off by default, the axes on.
    expect(encodeHash({ ...at({ zoom: 9, center: [1, 2] }), layers: { heritage: true, 'structure-axes': false } }, opts)).toBe('#map=9/2/1&layers=-structure-axes,heritage');
  });

  it('writes every part of a full snapshot readably (/, : and , unescaped), the language only when not the page’s own', () => {
    const s: Snapshot = {
      ...at({ zoom: 9, center: [113.5, 22.2] }),
      layers: { heritage: true },
      opacity: { zones: 0.4 },
      selection: { kind: 'items', id: '004-annex-3-2' },
      panel: 'items',
      filters: { query: '港珠澳 大橋', doc: '004', theme: 'transport', lead: '省交通运输厅', year: 2030, kind: 'task', anchor: 'fallback', withContext: true, textOnly: true },
      locale: 'en',
      presentation: { deck: 'structure', slide: 4 },
      counts: 'badges',
      legend: false,
    };
    const hash = encodeHash(s, opts);
    expect(decodeURIComponent(hash)).toBe(
      '#map=9/22.2/113.5&layers=heritage&opacity=zones:40&sel=items:004-annex-3-2&panel=items&q=港珠澳+大橋&doc=004&theme=transport&lead=省交通运输厅&year=2030&kind=task&anchor=fallback&ctx=1&own=1&counts=badges&lang=en&legend=0&present=structure&slide=4',
    );
    expect(decodeHash(hash, base)).toEqual({ snapshot: s, ignored: [], hasView: true });
    expect(encodeHash(s, { defaultLocale: 'en' })).not.toContain('lang=');
  });
});

describe('decodeHash', () => {
  it('names every part it does not understand as the link wrote it, keeping the rest', () => {
    const { snapshot, ignored, hasView } = decodeHash('#map=far/away&layers=heritage,bogus,-rail-planned&sel=cities&panel=<script>&doc=999&ctx=yes&q=%E6%B8%AF&extra=1&lang=fr', base);
    expect(snapshot.layers).toEqual({ heritage: true, 'rail-planned': false });
    expect(snapshot.selection).toBeNull();
    expect(snapshot.panel).toBeNull();
    expect(snapshot.filters).toEqual({ ...base.filters, query: '港' });
    expect(hasView).toBe(false);
    expect(ignored).toEqual(['map=far/away', 'extra=1', 'layers=bogus', 'sel=cities', 'panel=<script>', 'doc=999', 'ctx=yes', 'lang=fr']);
  });

  it('writes counts= only for badges (the shaded map is the default) and names a mode it does not know', () => {
    expect(encodeHash(at({ zoom: 9, center: [1, 2] }), opts)).not.toContain('counts');
    expect(decodeHash('#counts=badges', base).snapshot.counts).toBe('badges');
    expect(decodeHash('#counts=map', base)).toMatchObject({ snapshot: { counts: 'map' }, ignored: [] });
    for (const bad of ['pie', '', 'BADGES', '__proto__', 'toString']) {
      const { snapshot, ignored } = decodeHash(`#counts=${bad}`, { ...base, counts: 'badges' });
      expect(snapshot.counts).toBe('badges');
      expect(ignored).toEqual([`counts=${bad}`]);
    }
    expect(decodeHash('#counts=badges&counts=map', base)).toMatchObject({ snapshot: { counts: 'badges' }, ignored: ['counts=map'] });
  });

  it('reads prototype names as unknown ids and groups, never as lookups', () => {
    const { snapshot, ignored } = decodeHash('#sel=items:__proto__&layers=__proto__,constructor&opacity=__proto__:50&q=constructor', base);
    expect(snapshot.selection).toEqual({ kind: 'items', id: '__proto__' });
    expect(snapshot.layers).toEqual({});
    expect(snapshot.filters.query).toBe('constructor');
    expect(ignored).toEqual(['layers=__proto__', 'layers=constructor', 'opacity=__proto__:50']);
    expect(Object.getPrototypeOf(snapshot.layers)).toBe(Object.prototype);
  });

  it('rejects opacity outside 0–100 or for unknown groups, and views out of the map’s range', () => {
    expect(decodeHash('#opacity=zones:50,rail-built:150,nope:10,roads:x', base).ignored).toEqual(['opacity=roads:x', 'opacity=rail-built:150', 'opacity=nope:10']);
    expect(decodeHash('#opacity=zones:50', base).snapshot.opacity).toEqual({ zones: 0.5 });
    expect(decodeHash('#map=30/22/113', base).ignored).toEqual(['map=30/22/113']);
    expect(decodeHash('#map=9/22.2/113.5/30/45', base)).toMatchObject({ ignored: [], hasView: true });
    expect(decodeHash('#map=9/1e3/1', base).ignored).toEqual(['map=9/1e3/1']);
  });

  it('accepts ids with a colon after the kind, and rejects an empty id', () => {
    expect(decodeHash('#sel=places:a:b', base).snapshot.selection).toEqual({ kind: 'places', id: 'a:b' });
    expect(decodeHash('#sel=places:', base).ignored).toEqual(['sel=places:']);
  });

  it('keeps the base view without map=; a deck without a slide opens on the first, a slide needs a deck', () => {
    const here = at({ zoom: 11, center: [113, 22] });
    expect(decodeHash('#panel=layers', here)).toMatchObject({ hasView: false, snapshot: { view: here.view, panel: 'layers' } });
    expect(decodeHash('#present=structure', base).snapshot.presentation).toEqual({ deck: 'structure', slide: 1 });
    expect(decodeHash('#slide=3', base).ignored).toEqual(['slide=3']);
    expect(decodeHash('#present=structure&slide=0', base).ignored).toEqual(['present=structure&slide=0']);
    expect(decodeHash('#present=Structure!&slide=2', base).ignored).toEqual(['present=Structure!&slide=2']);
    expect(decodeHash('#present=structure&slide=x', base).ignored).toEqual(['present=structure&slide=x']);
  });

  it('reads text=original|Hans|Hant, leaves it to the UI language without it, and names any other value', () => {
    expect(decodeHash('#text=original', base).snapshot.text).toBe('original');
    expect(decodeHash('#text=Hant&lang=en', base).snapshot).toMatchObject({ text: 'Hant', locale: 'en' });
    expect(decodeHash('#map=9/22/113', base).snapshot.text).toBe('auto');
    expect(encodeHash({ ...base, text: 'original' }, opts)).toContain('text=original');
    expect(encodeHash({ ...base, text: 'auto' }, opts)).not.toContain('text=');
    for (const v of ['hant', '', 'Latn', '__proto__']) expect(decodeHash(`#text=${v}`, { ...base, text: 'Hans' })).toMatchObject({ snapshot: { text: 'Hans' }, ignored: [`text=${v}`] });
  });

  it('reads base=<an online basemap>, leaves the offline map without it, and names any other value', () => {
    expect(decodeHash('#base=openfreemap', base).snapshot.basemap).toBe('openfreemap');
    expect(decodeHash('#map=9/22/113', base).snapshot.basemap).toBe('offline');
    expect(encodeHash({ ...base, basemap: 'tianditu-vector' }, opts)).toContain('base=tianditu-vector');
    expect(encodeHash({ ...base, basemap: 'offline' }, opts)).not.toContain('base=');
    for (const v of ['google', '', 'tk=123', '__proto__']) expect(decodeHash(`#base=${v}`, base)).toMatchObject({ snapshot: { basemap: 'offline' }, ignored: [`base=${v}`] });
  });

  it('reads legend=1 and legend=0, leaves the legend unset without it, and names any other value', () => {
    expect(decodeHash('#legend=1', base).snapshot.legend).toBe(true);
    expect(decodeHash('#legend=0', base).snapshot.legend).toBe(false);
    expect(decodeHash('#map=9/22/113', base).snapshot.legend).toBeNull();
    expect(encodeHash({ ...base, legend: null }, opts)).not.toContain('legend');
    for (const v of ['true', '', '01', '__proto__']) expect(decodeHash(`#legend=${v}`, { ...base, legend: true })).toMatchObject({ snapshot: { legend: true }, ignored: [`legend=${v}`] });
  });

  it('cuts what it quotes from a long link', () => {
    const { ignored } = decodeHash(`#q=${'x'.repeat(300)}`, base);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.length).toBeLessThanOrEqual(81);
  });
});
