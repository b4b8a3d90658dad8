import { describe, expect, it } from 'vitest';
import { decodeHash } from '../../kernel/hash.ts';
import { defaultSnapshot } from '../../kernel/defaults.ts';
import type { Snapshot } from '../../kernel/state.ts';
import { parseEmbedOptions } from '../options.ts';
import { atlasBase, clampSize, DEFAULT_SIZES, defaultControls, embedHash, embedSnapshot, embedSnippet, embedUrl, escapeAttr, frameAttrs, frameTitle, fullMapLink, type EmbedChoices } from './snippet.ts';

const PAGE = 'https://agency.example/maps/gba/';

/** A snapshot with something in every part. */
const current: Snapshot = {
  ...defaultSnapshot('zh-Hans'),
  view: { center: [113.5, 22.25], zoom: 9, bearing: 0, pitch: 0 },
  layers: { heritage: true, 'structure-axes': false },
  opacity: { heritage: 0.7 },
  selection: { kind: 'places', id: 'zuh' },
  panel: 'items',
  filters: { query: '港珠澳', doc: '004', theme: null, lead: null, year: 2035, kind: null, anchor: null, withContext: true, textOnly: false },
};

const ALL = { view: true, layers: true, filters: true, panel: true, selection: true };
const NONE = { view: false, layers: false, filters: false, panel: false, selection: false };

const choices = (over: Partial<EmbedChoices> = {}): EmbedChoices => ({
  size: { mode: 'responsive', height: 500 },
  include: ALL,
  presentation: null,
  locale: 'zh-Hans',
  controls: defaultControls(true),
  interactive: true,
  autoResize: false,
  title: '',
  ...over,
});

/** An attribute value as an HTML parser reads it (the four escapes escapeAttr writes). */
const unescapeAttr = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** What the embedded page makes of a URL: its options and its snapshot. */
function open(url: string) {
  const u = new URL(url);
  const lang = new URLSearchParams(u.search).get('lang');
  const locale = lang === 'en' || lang === 'zh-Hant' ? lang : 'zh-Hans';
  const decoded = decodeHash(u.hash, defaultSnapshot(locale));
  return { u, options: parseEmbedOptions(u.search, true), ...decoded, query: new URLSearchParams(u.search) };
}

describe('the embed URL', () => {
  it('is the atlas page with embed=1 and the language in the query, and the whole snapshot in the hash', () => {
    const url = embedUrl(PAGE, current, choices());
    const { u, options, snapshot, ignored, hasView, query } = open(url);
    expect(`${u.origin}${u.pathname}`).toBe(PAGE);
    expect(query.get('embed')).toBe('1');
    expect(query.get('lang')).toBe('zh-Hans');
    expect(query.has('controls')).toBe(false); // the defaults are not written
    expect(query.has('interactive')).toBe(false);
    expect(options.embedded).toBe(true);
    expect(ignored).toEqual([]);
    expect(hasView).toBe(true);
    expect(snapshot).toEqual(current);
  });

  it('writes controls that differ from the defaults, in the atlas’s order', () => {
    const { query, options } = open(embedUrl(PAGE, current, choices({ controls: ['zoom', 'items', 'present'] })));
    expect(query.get('controls')).toBe('items,present,zoom');
    expect([...options.controls].sort()).toEqual(['items', 'present', 'zoom']);
  });

  it('makes a static figure with interactive=0 (and its own default controls)', () => {
    const { query, options } = open(embedUrl(PAGE, current, choices({ interactive: false, controls: defaultControls(false) })));
    expect(query.get('interactive')).toBe('0');
    expect(query.has('controls')).toBe(false);
    expect(options.interactive).toBe(false);
    expect([...options.controls]).toEqual(['fullmap']);
    // The interactive defaults on a static figure are written out.
    expect(open(embedUrl(PAGE, current, choices({ interactive: false }))).query.get('controls')).toBe('layers,items,language,zoom,fullscreen,fullmap');
  });

  it('carries the origins and the frame name', () => {
    const { options } = open(embedUrl(PAGE, current, choices({ origins: ['https://news.example', 'https://b.example:8443'], frame: 'map-1' })));
    expect(options.origins).toEqual(['https://news.example', 'https://b.example:8443']);
    expect(options.frame).toBe('map-1');
  });

  it('puts the language in the query and leaves it out of the hash', () => {
    const url = embedUrl(PAGE, current, choices({ locale: 'zh-Hant' }));
    const { query, snapshot, u } = open(url);
    expect(query.get('lang')).toBe('zh-Hant');
    expect(u.hash).not.toContain('lang=');
    expect(snapshot.locale).toBe('zh-Hant');
    // Whatever the interface language was when the link was made.
    const { snapshot: en } = open(embedUrl(PAGE, { ...current, locale: 'en' }, choices({ locale: 'zh-Hans' })));
    expect(en.locale).toBe('zh-Hans');
  });
});

describe('the parts of the current view an embed carries', () => {
  it('are each reset to the default when left out', () => {
    for (const part of ['layers', 'filters', 'panel', 'selection'] as const) {
      const { snapshot } = open(embedUrl(PAGE, current, choices({ include: { ...ALL, [part]: false } })));
      const want = embedSnapshot(current, { include: ALL, presentation: null, locale: 'zh-Hans' });
      const fresh = defaultSnapshot('zh-Hans');
      if (part === 'layers') Object.assign(want, { layers: fresh.layers, opacity: fresh.opacity });
      else Object.assign(want, { [part]: fresh[part] });
      expect(snapshot, part).toEqual(want);
    }
  });

  it('without the view, have no map= so the atlas fits the region to the frame', () => {
    const hash = embedHash(current, { include: { ...ALL, view: false }, presentation: null, locale: 'zh-Hans' });
    expect(hash).not.toContain('map=');
    expect(hash).toContain('sel=places:zuh');
    expect(open(`${PAGE}${hash}`).hasView).toBe(false);
  });

  it('with nothing included and no deck, are no hash at all', () => {
    expect(embedHash(current, { include: NONE, presentation: null, locale: 'en' })).toBe('');
    const url = embedUrl(PAGE, current, choices({ include: NONE, locale: 'en' }));
    expect(url).toBe(`${PAGE}?embed=1&lang=en`);
  });

  it('with a deck, are the deck and slide only (the slide sets every part itself)', () => {
    for (const include of [ALL, NONE]) {
      const url = embedUrl(PAGE, current, choices({ include, presentation: { deck: 'structure', slide: 3 }, locale: 'en' }));
      expect(new URL(url).hash).toBe('#present=structure&slide=3');
      expect(open(url).snapshot).toEqual({ ...defaultSnapshot('en'), presentation: { deck: 'structure', slide: 3 } });
    }
  });

  it('drops the current presentation unless it is chosen', () => {
    const presenting = { ...current, presentation: { deck: 'structure', slide: 5 } };
    expect(embedHash(presenting, { include: ALL, presentation: null, locale: 'zh-Hans' })).not.toContain('present=');
  });

  it('keep a search text with & and # whole', () => {
    const s = { ...current, filters: { ...current.filters, query: 'a&b=c#d' } };
    expect(open(embedUrl(PAGE, s, choices())).snapshot.filters.query).toBe('a&b=c#d');
    expect(open(embedUrl(PAGE, s, choices({ include: { ...ALL, view: false } }))).snapshot.filters.query).toBe('a&b=c#d');
  });
});

describe('the snippet', () => {
  it('is one responsive iframe: 100% wide, its height, titled, lazy, full screen allowed', () => {
    const c = choices();
    const src = embedUrl(PAGE, current, c);
    const html = embedSnippet(src, c, PAGE);
    expect(html).toBe(`<iframe src="${escapeAttr(src)}" title="大湾区规划图集" width="100%" height="500" style="border:0" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`);
    expect(html).not.toContain('\n');
  });

  it('has fixed sizes, and never overflows a narrow column', () => {
    const c = choices({ size: { mode: 'fixed', width: 640, height: 360 } });
    const html = embedSnippet(embedUrl(PAGE, current, c), c, PAGE);
    expect(html).toContain(' width="640" height="360" style="border:0;max-width:100%" ');
    expect(frameAttrs({ mode: 'responsive', height: 700 })).toEqual({ width: '100%', height: '700' });
  });

  it('adds the auto-resize attribute and the script line from the atlas folder', () => {
    const c = choices({ autoResize: true });
    const lines = embedSnippet(embedUrl(PAGE, current, c), c, PAGE).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ data-gba-atlas-autoresize><\/iframe>$/);
    expect(lines[1]).toBe('<script src="https://agency.example/maps/gba/embed.js" async></script>');
  });

  it('escapes the title and the URL for an attribute', () => {
    const c = choices({ title: 'Plans "GBA" <2035> & after' });
    const html = embedSnippet('https://x.example/?a=1&b=2#q="<>"', c, PAGE);
    expect(html).toContain('title="Plans &quot;GBA&quot; &lt;2035&gt; &amp; after"');
    expect(html).toContain('src="https://x.example/?a=1&amp;b=2#q=&quot;&lt;&gt;&quot;"');
    // Only the four characters that matter in a double-quoted attribute.
    expect(escapeAttr(`'a'&"b"<c>`)).toBe(`'a'&amp;&quot;b&quot;&lt;c&gt;`);
  });

  it('reads back as the same URL and title, with no tag but the iframe', () => {
    const c = choices({ title: 'A "quoted" & <tagged> title' });
    const src = embedUrl(PAGE, { ...current, filters: { ...current.filters, query: '"<script>"&' } }, c);
    const html = embedSnippet(src, c, PAGE);
    const attr = (name: string) => unescapeAttr(html.split(` ${name}="`)[1]!.split('"')[0]!);
    expect(attr('src')).toBe(src);
    expect(attr('title')).toBe('A "quoted" & <tagged> title');
    expect(html.match(/<(?!\/?iframe)/g)).toBeNull(); // no tag but the iframe's own
  });

  it('has the default title of its language, and a written title on one line', () => {
    expect(frameTitle({ title: '', locale: 'en' })).toBe('GBA Plan Atlas');
    expect(frameTitle({ title: '  ', locale: 'zh-Hant' })).toBe('大灣區規劃圖集');
    expect(frameTitle({ title: ' Bay\n  plans ', locale: 'en' })).toBe('Bay plans');
  });
});

describe('sizes', () => {
  it('are whole pixels from 200 to 4000, and the default when not a number', () => {
    expect(clampSize(50, 500)).toBe(200);
    expect(clampSize(99999, 500)).toBe(4000);
    expect(clampSize(640.4, 500)).toBe(640);
    expect(clampSize(Number(''), 500)).toBe(200); // '' is 0: the smallest
    expect(clampSize(Number.NaN, DEFAULT_SIZES.width)).toBe(600);
    expect(clampSize(Number('abc'), DEFAULT_SIZES.height)).toBe(400);
    expect(clampSize(Infinity, 500)).toBe(500);
  });
});

describe('the full-map link', () => {
  it('is this page without embed options, with the snapshot’s hash', () => {
    const loc = { origin: 'https://agency.example', pathname: '/maps/gba/', search: '?embed=1&controls=zoom&lang=en&frame=x' };
    const link = fullMapLink(loc, { ...current, locale: 'en' }, 'en');
    expect(link.startsWith('https://agency.example/maps/gba/?lang=en#map=9/22.25/113.5&')).toBe(true);
    expect(link).not.toContain('embed=');
    expect(decodeHash(new URL(link).hash, defaultSnapshot('en')).snapshot).toEqual({ ...current, locale: 'en' });
    expect(fullMapLink({ ...loc, search: '' }, current, 'zh-Hans')).toMatch(/^https:\/\/agency\.example\/maps\/gba\/#map=/);
  });

  it('names the atlas folder for embed.js', () => {
    expect(atlasBase('https://agency.example/maps/gba/?lang=en#map=1/2/3')).toBe('https://agency.example/maps/gba/');
    expect(atlasBase('https://agency.example/maps/gba/index.html')).toBe('https://agency.example/maps/gba/');
  });
});
