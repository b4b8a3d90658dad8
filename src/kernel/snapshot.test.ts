import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOC_IDS, ITEM_KINDS, THEME_IDS } from '../contracts/corpus.ts';
import { LOCALES } from '../contracts/label.ts';
import { defaultSnapshot, TEXT_LIMITS, VIEW_LIMITS } from './defaults.ts';
import { decodeHash, encodeHash } from './hash.ts';
import { LAYER_GROUPS } from './layerGroups.ts';
import { canonicalJson, parseSnapshot, QUOTE_LIMIT } from './snapshot.ts';
import { BASEMAPS, COUNTS_MODES, PANELS, SELECTION_KINDS, type Snapshot } from './state.ts';

const base = defaultSnapshot();
const parse = (input: unknown) => parseSnapshot(input, base);
const paths = (input: unknown) => parse(input).ignored.map((i) => i.path);

describe('parseSnapshot', () => {
  it('applies a valid partial snapshot over the base, merging views, layers and filters part by part', () => {
    const { snapshot, ignored, given } = parse({
      view: { zoom: 9, center: [113.5, 22.2] },
      layers: { heritage: true, labels: false },
      opacity: { zones: 0.5 },
      selection: { kind: 'places', id: 'zuh' },
      panel: 'items',
      filters: { query: '港珠澳', doc: '004' },
      locale: 'en',
      presentation: { deck: 'structure', slide: 3 },
      counts: 'badges',
      legend: false,
      text: 'original',
      basemap: 'tianditu-imagery',
    });
    expect(ignored).toEqual([]);
    expect([...given].sort()).toEqual(['basemap', 'counts', 'filters', 'layers', 'legend', 'locale', 'opacity', 'panel', 'presentation', 'selection', 'text', 'view']);
    expect(snapshot).toEqual({
      version: 1,
      view: { ...base.view, zoom: 9, center: [113.5, 22.2] },
      layers: { heritage: true, labels: false },
      opacity: { zones: 0.5 },
      selection: { kind: 'places', id: 'zuh' },
      panel: 'items',
      filters: { ...base.filters, query: '港珠澳', doc: '004' },
      locale: 'en',
      presentation: { deck: 'structure', slide: 3 },
      counts: 'badges',
      legend: false,
      text: 'original',
      basemap: 'tianditu-imagery',
    });
  });

  it('keeps only choices that differ from the defaults, and rounds a view as the URL writes it', () => {
    const { snapshot } = parse({ layers: { labels: true, heritage: false }, opacity: { zones: 1 }, view: { center: [113.123456789, 22.000004], zoom: 9.12345, bearing: -0.04 } });
    expect(snapshot.layers).toEqual({});
    expect(snapshot.opacity).toEqual({});
    expect(snapshot.view).toEqual({ center: [113.12346, 22], zoom: 9.12, bearing: 0, pitch: 0 });
    expect(Object.is(snapshot.view.bearing, -0)).toBe(false);
  });

  it('reads the selection’s old name `layer` (the API before version 1) as `kind`', () => {
    expect(parse({ selection: { layer: 'admin', id: '440400' } }).snapshot.selection).toEqual({ kind: 'admin', id: '440400' });
    expect(parse({ version: 1, selection: null }).ignored).toEqual([]);
  });

  // Each hostile input gives a valid snapshot (the base, where nothing else applies) and names what it ignored.
  const hostile: [string, unknown, string[]][] = [
    ['not an object', 'view=1', ['(input)']],
    ['an array', [1, 2], ['(input)']],
    ['null', null, ['(input)']],
    ['prototype keys at the top', JSON.parse('{"__proto__": {"panel": "items"}, "constructor": 1, "toString": 2}'), ['__proto__', 'constructor', 'toString']],
    ['prototype keys as layer groups', { layers: JSON.parse('{"__proto__": true, "constructor": true, "hasOwnProperty": false}') }, ['layers.__proto__', 'layers.constructor', 'layers.hasOwnProperty']],
    ['prototype keys as filters', { filters: JSON.parse('{"__proto__": "x", "valueOf": 1}') }, ['filters.__proto__', 'filters.valueOf']],
    ['NaN, Infinity and 1e308 in a view', { view: { zoom: Number.NaN, bearing: Number.POSITIVE_INFINITY, pitch: 1e308, center: [Number.NaN, 1] } }, ['view.zoom', 'view.bearing', 'view.pitch', 'view.center']],
    ['a view out of range', { view: { zoom: VIEW_LIMITS.maxZoom + 1, center: [181, 0], bearing: 181, pitch: VIEW_LIMITS.maxPitch + 1 } }, ['view.zoom', 'view.center', 'view.bearing', 'view.pitch']],
    ['a latitude past the pole', { view: { center: [113, 91] } }, ['view.center']],
    ['a zoom below the map’s minimum', { view: { zoom: VIEW_LIMITS.minZoom - 0.5 } }, ['view.zoom']],
    ['a centre of three numbers', { view: { center: [1, 2, 3] } }, ['view.center']],
    ['wrong types', { view: 'far', layers: [true], opacity: { zones: '50%' }, panel: 7, locale: 'fr', filters: { year: '2030', withContext: 'yes' } }, ['view', 'layers', 'opacity.zones', 'panel', 'locale', 'filters.year', 'filters.withContext']],
    ['a 200 KB search text', { filters: { query: 'x'.repeat(200_000) } }, ['filters.query']],
    ['a 200 KB selection id', { selection: { kind: 'items', id: 'x'.repeat(200_000) } }, ['selection']],
    ['an empty id and an unknown kind', { selection: { kind: 'cities', id: '' } }, ['selection']],
    ['unknown keys inside known parts', { view: { scale: 2 }, filters: { colour: 'red' } }, ['view.scale', 'filters.colour']],
    ['an unknown theme, kind, document and year', { filters: { theme: 'magic', kind: 'poem', doc: '999', year: 1850 } }, ['filters.theme', 'filters.kind', 'filters.doc', 'filters.year']],
    ['a future version', { version: 2 }, ['version']],
    ['a read-only status', { status: 'ready' }, ['status (read-only)']],
    ['a bad presentation', { presentation: { deck: '../etc', slide: 0 } }, ['presentation']],
    ['an unknown counts mode', { counts: 'pie' }, ['counts']],
    ['counts as null', { counts: null }, ['counts']],
    ['counts as a prototype name', { counts: 'constructor' }, ['counts']],
    ['counts as an object', { counts: { mode: 'badges' } }, ['counts']],
    ['a getter that throws', Object.defineProperty({}, 'panel', { enumerable: true, get: () => { throw new Error('boom'); } }), ['panel']],
    ['a revoked proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })(), ['(input)']],
  ];
  it.each(hostile)('ignores %s and names it, never throwing', (_, input, named) => {
    const { snapshot, ignored } = parse(input);
    expect(ignored.map((i) => i.path)).toEqual(named);
    expect(canonicalJson(snapshot)).toBe(canonicalJson(base));
    for (const i of ignored) expect(i.value.length).toBeLessThanOrEqual(QUOTE_LIMIT + 1);
  });

  it('applies a valid selection that also carries an unknown key, and names the key', () => {
    const { snapshot, ignored } = parse({ selection: { kind: 'admin', id: '440400', extra: 1 } });
    expect(snapshot.selection).toEqual({ kind: 'admin', id: '440400' });
    expect(ignored.map((i) => i.path)).toEqual(['selection.extra']);
  });

  it('names a duplicated URL key once and keeps the first value', () => {
    const { snapshot, ignored } = decodeHash('#panel=items&panel=layers&q=a&q=b', base);
    expect(snapshot.panel).toBe('items');
    expect(snapshot.filters.query).toBe('a');
    expect(ignored).toEqual(['panel=layers', 'q=b']);
  });

  it('keeps the valid parts of an object that also has bad ones', () => {
    const { snapshot } = parse({ layers: { heritage: true, nonsense: true }, view: { zoom: 8, pitch: 90 } });
    expect(snapshot.layers).toEqual({ heritage: true });
    expect(snapshot.view.zoom).toBe(8);
    expect(paths({ layers: { heritage: true, nonsense: true }, view: { zoom: 8, pitch: 90 } })).toEqual(['layers.nonsense', 'view.pitch']);
  });

  it('takes the plan text script as one of auto, original, Hans, Hant, and nothing else', () => {
    for (const text of ['auto', 'original', 'Hans', 'Hant'] as const) expect(parseSnapshot({ text }, base)).toMatchObject({ snapshot: { text }, ignored: [] });
    for (const text of ['hans', 'zh-Hant', null, 1, {}, undefined]) {
      const { snapshot, ignored } = parseSnapshot({ text }, { ...base, text: 'original' });
      expect(snapshot.text).toBe('original');
      expect(ignored.map((i) => i.path)).toEqual(['text']);
    }
  });

  it('takes the legend open, collapsed or unset (null), and nothing else', () => {
    for (const legend of [true, false, null]) expect(parseSnapshot({ legend }, base)).toMatchObject({ snapshot: { legend }, ignored: [] });
    for (const legend of ['0', 1, 'false', {}, [], undefined]) {
      const { snapshot, ignored } = parseSnapshot({ legend }, { ...base, legend: true });
      expect(snapshot.legend).toBe(true);
      expect(ignored.map((i) => i.path)).toEqual(['legend']);
    }
  });

  it('brings lone surrogates (which no URL can carry) to U+FFFD', () => {
    expect(parse({ filters: { query: 'a\uD800b' } }).snapshot.filters.query).toBe('a\uFFFDb');
  });
});

// Generated snapshots in the form the parser gives: the URL must carry every one of them exactly.
const decimals = (min: number, max: number, digits: number) => fc.integer({ min: Math.ceil(min * 10 ** digits), max: Math.floor(max * 10 ** digits) }).map((n) => n / 10 ** digits + 0);
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
  version: fc.constant(1 as const),
  view: fc.record({
    center: fc.tuple(decimals(-180, 180, 5), decimals(-90, 90, 5)),
    zoom: decimals(VIEW_LIMITS.minZoom, VIEW_LIMITS.maxZoom, 2),
    bearing: decimals(-180, 180, 1),
    pitch: decimals(0, VIEW_LIMITS.maxPitch, 1),
  }),
  layers: fc.subarray([...LAYER_GROUPS]).map((gs) => Object.fromEntries(gs.map((g) => [g.id, !g.visible]))),
  opacity: fc.subarray(LAYER_GROUPS.map((g) => g.id)).chain((ids) => fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 99 }))).map((ps) => Object.fromEntries(ids.map((id, i) => [id, ps[i]! / 100])))),
  selection: fc.option(fc.record({ kind: fc.constantFrom(...SELECTION_KINDS), id: text(TEXT_LIMITS.id / 2).filter((s) => s.length > 0) }), { nil: null }),
  panel: fc.option(fc.constantFrom(...PANELS), { nil: null }),
  filters: fc.record({
    query: text(TEXT_LIMITS.query / 4),
    doc: fc.option(fc.constantFrom(...DOC_IDS), { nil: null }),
    theme: fc.option(fc.constantFrom(...THEME_IDS), { nil: null }),
    lead: fc.option(text(TEXT_LIMITS.lead / 4).filter((s) => s.length > 0), { nil: null }),
    year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
    kind: fc.option(fc.constantFrom(...ITEM_KINDS), { nil: null }),
    anchor: fc.option(fc.constantFrom('named' as const, 'fallback' as const), { nil: null }),
    withContext: fc.boolean(),
    textOnly: fc.boolean(),
  }),
  locale: fc.constantFrom(...LOCALES),
  presentation: fc.option(fc.record({ deck: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), slide: fc.integer({ min: 1, max: 200 }) }), { nil: null }),
  counts: fc.constantFrom(...COUNTS_MODES),
  legend: fc.constantFrom(null, true, false),
  text: fc.constantFrom('auto', 'original', 'Hans', 'Hant'),
  basemap: fc.constantFrom(...BASEMAPS),
}) as fc.Arbitrary<Snapshot>;

describe('the snapshot through the URL', () => {
  it('parse(encode(s)) is s, for any snapshot (search text with &, $&, %41, + and any script included)', () => {
    fc.assert(
      fc.property(snapshotArb, fc.constantFrom(...LOCALES), (s, defaultLocale) => {
        const normal = parseSnapshot(s, base).snapshot;
        expect(canonicalJson(normal)).toBe(canonicalJson(s));
        const { snapshot, ignored } = decodeHash(encodeHash(s, { defaultLocale }), defaultSnapshot(defaultLocale));
        expect(ignored).toEqual([]);
        expect(canonicalJson(snapshot)).toBe(canonicalJson(s));
      }),
      { numRuns: 300 },
    );
  });

  it('carries search text that URLs and string replacement get wrong', () => {
    for (const query of ['a&b $&', '$` $\' $1 %41 %2F + ++ a=b #x ?y', '港珠澳 大橋', 'a/b:c,d', ' lead and trail ']) {
      const s = { ...base, filters: { ...base.filters, query } };
      expect(decodeHash(encodeHash(s, { defaultLocale: 'zh-Hans' }), base).snapshot.filters.query).toBe(query);
    }
  });
});
