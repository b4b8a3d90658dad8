// The host-page SDK (public/embed.js, a classic script with no build step): its size and CSP-safety,
// the embed URL it builds, and its side of the postMessage protocol, run in a `vm` context with a
// minimal fake window and document (the unit project has no DOM).
import { readFileSync } from 'node:fs';
import { runInContext, createContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeHash } from '../kernel/hash.ts';
import { defaultSnapshot } from '../kernel/defaults.ts';
import { parseEmbedOptions } from './options.ts';

const code = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
const moduleCode = readFileSync(new URL('../../public/embed.mjs', import.meta.url), 'utf8');

interface Atlas {
  iframe: FakeIframe;
  frame: string;
  ready: Promise<unknown>;
  run(command: string, args?: unknown): Promise<unknown>;
  on(event: string, fn: (data: unknown, event: string) => void): () => void;
  destroy(): void;
  setView(view: unknown): Promise<unknown>;
  setLayers(layers: unknown, opacity?: unknown): Promise<unknown>;
  select(kind: unknown, id?: string): Promise<unknown>;
  goToSlide(slide: number, deck?: string): Promise<unknown>;
  openDeck(deck: string, slide?: number): Promise<unknown>;
  nextSlide(): Promise<unknown>;
  getState(): Promise<unknown>;
}
interface Sdk {
  version: string;
  src: string;
  embed(element: unknown, options?: Record<string, unknown>): Atlas;
  _hash(options: Record<string, unknown>): string;
  _url(options: Record<string, unknown>): string;
}
interface Posted {
  message: Record<string, unknown>;
  targetOrigin: string;
}
interface FakeIframe {
  src: string;
  title: string;
  allow: string;
  allowFullscreen: boolean;
  style: Record<string, string>;
  contentWindow: { postMessage(message: Record<string, unknown>, targetOrigin: string): void };
  posted: Posted[];
  removed: boolean;
  remove(): void;
}
type Listener = (e: { source: unknown; origin: string; data: unknown }) => void;

const ATLAS = 'https://agency.example/maps/gba/';
const HOST = 'https://host.example';

/** Loads embed.js into a fresh fake page whose <script> came from `scriptSrc`. */
function load(scriptSrc: string | null = `${ATLAS}embed.js`) {
  const listeners = new Set<Listener>();
  const iframes: FakeIframe[] = [];
  const appended: FakeIframe[] = [];
  const document = {
    currentScript: scriptSrc === null ? null : { src: scriptSrc },
    baseURI: `${HOST}/page.html`,
    createElement(tag: string) {
      expect(tag).toBe('iframe');
      const posted: Posted[] = [];
      const iframe: FakeIframe = {
        src: '',
        title: '',
        allow: '',
        allowFullscreen: false,
        style: {},
        posted,
        removed: false,
        contentWindow: { postMessage: (message, targetOrigin) => posted.push({ message: structuredClone(message), targetOrigin }) },
        remove() {
          this.removed = true;
        },
      };
      iframes.push(iframe);
      return iframe;
    },
    querySelector: (selector: string) => (selector === '#map' ? host : null),
    querySelectorAll: () => [],
  };
  const host = { appendChild: (child: FakeIframe) => appended.push(child) };
  const context = createContext({
    document,
    location: { origin: HOST },
    URL,
    URLSearchParams,
    console,
    setTimeout,
    clearTimeout,
    addEventListener: (type: string, fn: Listener) => type === 'message' && listeners.add(fn),
    removeEventListener: (type: string, fn: Listener) => type === 'message' && listeners.delete(fn),
  });
  context.window = context;
  runInContext(code, context);
  const sdk = context.GbaAtlas as Sdk;
  /** A message event as the browser would deliver it. */
  const deliver = (source: unknown, origin: string, data: unknown) => {
    for (const fn of listeners) fn({ source, origin, data });
  };
  return { sdk, context, host, appended, iframes, listeners, deliver };
}

describe('embed.js as a file', () => {
  it('stays small and CSP-safe', () => {
    expect(gzipSync(code).length).toBeLessThanOrEqual(5120);
    for (const banned of ['eval(', 'new Function', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', "setAttribute('style'"]) {
      expect(code).not.toContain(banned);
    }
    // setTimeout with a function only, never with a string.
    expect(code).not.toMatch(/setTimeout\(\s*['"`]/);
    expect(code.startsWith('/*')).toBe(true);
  });

  it('does not replace a GbaAtlas that is already there', () => {
    const { context } = load();
    const first = context.GbaAtlas as Sdk;
    runInContext(code, context);
    expect(context.GbaAtlas).toBe(first);
  });

  it('takes the atlas from its own URL, and needs options.src without one', () => {
    expect(load(`${ATLAS}embed.js?v=2`).sdk.src).toBe(ATLAS);
    const { sdk } = load(null);
    expect(sdk.src).toBe('');
    expect(() => sdk._url({})).toThrow(/options\.src/);
    expect(sdk._url({ src: 'https://a.example/x/' })).toMatch(/^https:\/\/a\.example\/x\/\?embed=1/);
  });

  it('is wrapped as an ES module by embed.mjs', () => {
    expect(moduleCode).toMatch(/import '\.\/embed\.js'/);
    expect(moduleCode).toMatch(/export default GbaAtlas/);
    expect(moduleCode).toMatch(/export const GbaAtlas/);
  });
});

describe('the embed URL', () => {
  const { sdk } = load();

  it('writes the hash keys as the atlas reads them', () => {
    const hash = sdk._hash({
      view: { center: [113.5, 22.25], zoom: 9 },
      layers: { heritage: true, 'structure-axes': false },
      selection: { kind: 'places', id: 'zuh' },
      panel: 'items',
      query: '港珠澳 & more',
      deck: 'structure',
      slide: 3,
    });
    expect(hash).toBe('map=9/22.25/113.5&layers=heritage,-structure-axes&sel=places:zuh&panel=items&q=%E6%B8%AF%E7%8F%A0%E6%BE%B3%20%26%20more&present=structure&slide=3');
    // The atlas's own decoder understands every part.
    const decoded = decodeHash(hash, defaultSnapshot('zh-Hans'));
    expect(decoded.ignored).toEqual([]);
    expect(decoded.snapshot.view.center).toEqual([113.5, 22.25]);
    expect(decoded.snapshot.view.zoom).toBe(9);
    expect(decoded.snapshot.layers).toMatchObject({ heritage: true, 'structure-axes': false });
    expect(decoded.snapshot.selection).toEqual({ kind: 'places', id: 'zuh' });
    expect(decoded.snapshot.filters.query).toBe('港珠澳 & more');
  });

  it('takes strings as they are written in a link, and a raw hash verbatim', () => {
    expect(sdk._hash({ view: '10/22.2/113.45', layers: 'heritage,-labels', selection: 'admin:440400' })).toBe('map=10/22.2/113.45&layers=heritage,-labels&sel=admin:440400');
    expect(sdk._hash({ view: { center: [113.123456789, 22.1], zoom: 9.876, bearing: 0, pitch: 30 } })).toBe('map=9.88/22.1/113.12346/0/30');
    expect(sdk._hash({ hash: '#map=9/22/113&sel=places:zuh', view: '1/2/3' })).toBe('map=9/22/113&sel=places:zuh');
    expect(sdk._hash({ slide: 2 })).toBe('');
    expect(sdk._hash({ deck: 'gba-cooperation' })).toBe('present=gba-cooperation');
    expect(sdk._hash({})).toBe('');
  });

  it('writes the query the frame parses', () => {
    const url = sdk._url({ frame: 'f1', lang: 'en', controls: ['layers', 'present'], interactive: false, query: 'x' });
    expect(url).toBe(`${ATLAS}?embed=1&frame=f1&lang=en&controls=layers,present&interactive=0&origin=https%3A%2F%2Fhost.example#q=x`);
    const u = new URL(url);
    const parsed = parseEmbedOptions(u.search, true);
    expect(parsed).toMatchObject({ embedded: true, interactive: false, origins: [HOST], frame: 'f1', ignored: [] });
    expect([...parsed.controls]).toEqual(['layers', 'present']);
    expect(sdk._url({ src: '/maps/other/', origin: false })).toBe(`${HOST}/maps/other/?embed=1`);
    expect(sdk._url({ controls: 'zoom,fullmap', origin: 'https://a.example' })).toBe(`${ATLAS}?embed=1&controls=zoom,fullmap&origin=https%3A%2F%2Fa.example`);
  });
});

describe('embed()', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates the iframe', () => {
    const { sdk, appended } = load();
    const atlas = sdk.embed('#map', { view: '9/22.25/113.5', deck: 'structure', slide: 2, lang: 'zh-Hant' });
    expect(appended).toEqual([atlas.iframe]);
    expect(atlas.frame).toMatch(/^gba-atlas-1-[a-z0-9]+$/);
    const url = new URL(atlas.iframe.src);
    expect(url.origin + url.pathname).toBe(ATLAS);
    expect(Object.fromEntries(url.searchParams)).toEqual({ embed: '1', frame: atlas.frame, lang: 'zh-Hant', origin: HOST });
    expect(url.hash).toBe('#map=9/22.25/113.5&present=structure&slide=2');
    expect(atlas.iframe.title).toBe('大湾区规划图集 GBA Plan Atlas');
    expect(atlas.iframe.allow).toBe('fullscreen');
    expect(atlas.iframe.allowFullscreen).toBe(true);
    expect(atlas.iframe.style).toMatchObject({ border: '0', width: '100%', height: '500px' });
    const other = sdk.embed('#map', { height: '60vh', width: 640, title: 'Map', frame: 'mine' });
    expect(other.frame).toBe('mine');
    expect(other.iframe.style).toMatchObject({ width: '640px', height: '60vh' });
    expect(other.iframe.title).toBe('Map');
    expect(() => sdk.embed('#nothing')).toThrow(/no element/);
  });

  it('holds commands until the atlas speaks, then sends them to its origin and settles the replies', async () => {
    const { sdk, deliver } = load();
    const atlas = sdk.embed('#map', { frame: 'f' });
    const win = atlas.iframe.contentWindow;
    const view = atlas.setView('10/22.2/113.45');
    expect(atlas.iframe.posted).toEqual([]);
    // Another window, another origin, another frame name or another protocol: ignored.
    deliver({}, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'resize', data: { height: 300 } });
    deliver(win, 'https://evil.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'resize', data: { height: 300 } });
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 2, frame: 'f', event: 'resize', data: { height: 300 } });
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'g', event: 'resize', data: { height: 300 } });
    deliver(win, 'https://agency.example', Object.create({ source: 'gba-atlas', v: 1, event: 'resize', data: { height: 300 } }));
    expect(atlas.iframe.posted).toEqual([]);
    expect(atlas.iframe.style.height).toBe('500px');

    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'resize', data: { height: 720.4 } });
    expect(atlas.iframe.style.height).toBe('720px');
    expect(atlas.iframe.posted).toEqual([
      { message: { source: 'gba-atlas', v: 1, id: 'f:1', command: 'setView', args: { center: [113.45, 22.2], zoom: 10 } }, targetOrigin: 'https://agency.example' },
    ]);
    const layers = atlas.setLayers('heritage,-labels');
    const select = atlas.select('places:zuh');
    const slide = atlas.goToSlide(2);
    expect(atlas.iframe.posted.slice(1).map((p) => [p.message.command, p.message.args])).toEqual([
      ['setLayers', { layers: { heritage: true, labels: false } }],
      ['select', { kind: 'places', id: 'zuh' }],
      ['goToSlide', { slide: 2 }],
    ]);
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', id: 'f:1', ok: true, result: { done: 1 } });
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', id: 'f:2', ok: false, error: 'unknown group' });
    await expect(view).resolves.toEqual({ done: 1 });
    await expect(layers).rejects.toThrow('unknown group');
    // Before ready, a reply is awaited however long loading takes; after it, 15 s.
    vi.advanceTimersByTime(60_000);
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'ready', data: { version: 1 } });
    await expect(atlas.ready).resolves.toEqual({ version: 1 });
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', id: 'f:3', ok: true });
    await expect(select).resolves.toBeUndefined();
    vi.advanceTimersByTime(15_001);
    await expect(slide).rejects.toThrow(/no reply to goToSlide/);
  });

  it('hands events to listeners, catching what they throw', () => {
    const { sdk, deliver } = load();
    const atlas = sdk.embed('#map', { frame: 'f', autoResize: false });
    const win = atlas.iframe.contentWindow;
    const seen: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    atlas.on('select', () => {
      throw new Error('listener bug');
    });
    const off = atlas.on('select', (data) => seen.push(['select', data]));
    atlas.on('*', (data, event) => seen.push(['*', event, data]));
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'select', data: { kind: 'places', id: 'zuh' } });
    off();
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'select', data: null });
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'resize', data: { height: 900 } });
    expect(seen).toEqual([
      ['select', { kind: 'places', id: 'zuh' }],
      ['*', 'select', { kind: 'places', id: 'zuh' }],
      ['*', 'select', null],
      ['*', 'resize', { height: 900 }],
    ]);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
    // autoResize: false leaves the height alone.
    expect(atlas.iframe.style.height).toBe('500px');
    // A late ready listener is called at once.
    deliver(win, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'ready', data: 'snap' });
    const late = vi.fn();
    atlas.on('ready', late);
    expect(late).toHaveBeenCalledWith('snap', 'ready');
  });

  it('rejects ready when loading fails, and everything after destroy', async () => {
    const { sdk, deliver, listeners } = load();
    const atlas = sdk.embed('#map', { frame: 'f' });
    const pending = atlas.nextSlide();
    deliver(atlas.iframe.contentWindow, 'https://agency.example', { source: 'gba-atlas', v: 1, frame: 'f', event: 'error', data: 'data failed to load' });
    await expect(atlas.ready).rejects.toThrow('data failed to load');
    const before = listeners.size;
    atlas.destroy();
    await expect(pending).rejects.toThrow(/destroyed/);
    await expect(atlas.getState()).rejects.toThrow(/destroyed/);
    expect(atlas.iframe.removed).toBe(true);
    expect(listeners.size).toBe(before - 1);
  });
});
