// The atlas embedded in other sites' pages, as those pages and their visitors meet it. Host pages are
// served from their own origins (another port on 127.0.0.1 is another origin): the agency's (B) and
// someone else's (C); they use external scripts only. On the agency's page, a pasted snippet opens on
// its slide and language; the postMessage API's commands change what the frame shows and its events
// say so; bad arguments are refused by name; two embeds keep apart; the toolbar stays usable with a
// panel open; an ad from origin C is not answered; the wheel scrolls the page unless Ctrl is held. A
// 300×250 sidebar box keeps its legend usable and grows for a card, then shrinks back. The SDK makes a
// static figure the visitor cannot move but its host can, and <gba-atlas> follows its attributes. The
// snippet copied to origin C is not answered there, stores nothing, calls no one, leaves the page's
// history alone, and its full-map link opens the full atlas on the same view and selection.
// Software WebGL makes every frame slow to load (15–25 s, more on a busy machine), so each host page is
// loaded once and its frames serve a describe block's tests in order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { waitForAtlasReady } from './atlasPage.ts';
import { atlasFrame, frameSettled, hostHtml, mapView, mark, messages, send, startHostSite, waitForEvent, type HostSite } from './hostPage.ts';

// ——— What the data says (read from the sources, not from the app) ———

const root = resolve(import.meta.dirname, '../..');
const readJson = <T>(path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;
const deckLength = (id: string) => readJson<{ slides: unknown[] }>(`data/decks/${id}.json`).slides.length;
const STRUCTURE = deckLength('structure');
const COOPERATION = deckLength('gba-cooperation');

interface Feature {
  properties: Record<string, unknown> & { id: string; name: string };
  geometry: { type: string; coordinates: unknown };
}
const feature = (path: string, id: string): Feature => {
  const f = readJson<{ features: Feature[] }>(path).features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no ${id} in ${path}`);
  return f;
};
const ZUH = feature('public/data/places/airports.geojson', 'zuh'); // 珠海金湾机场
const ZUH_AT = ZUH.geometry.coordinates as [number, number];
const HENGQIN = feature('public/data/places/zones.geojson', 'hengqin'); // 横琴粤澳深度合作区
const ZHONGSHAN = feature('public/data/cities.geojson', '442000'); // 中山市

const items = readJson<PlanItem[]>('public/data/plan-items.json');
const HZMB = '港珠澳大桥';
/** The items a search for 港珠澳大桥 lists (preamble paragraphs are not listed by default). */
const HZMB_IDS = new Set(items.filter((i) => i.kind !== 'context' && i.textHans.includes(HZMB)).map((i) => i.id));

// ——— The browser, the app and the host sites ———

let browser: Browser;
let context: BrowserContext;
let appUrl: string;
let appOrigin: string;
/** Origin B: the agency's site that embeds the atlas. */
let host: HostSite;
/** Origin C: someone else. */
let other: HostSite;

const frameTag = (id: string, query: string, hash: string, { width = 640, height = 400, title = 'GBA Plan Atlas', extra = '' } = {}) =>
  `<iframe id="${id}" src="${appUrl}${query}${hash}" title="${title}" width="${width}" height="${height}" allow="fullscreen"${extra}></iframe>`;

beforeAll(async () => {
  browser = await launchChromium();
  // The app's service worker is kept out of these pages; the privacy test has a context that allows it.
  context = await browser.newContext({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  appUrl = inject('appUrl');
  appOrigin = new URL(appUrl).origin;
  host = await startHostSite('host');
  other = await startHostSite('other');

  // An agency's article: an embed its code drives, the snippet of a slide pasted further down, an ad
  // from origin C, and enough text below to scroll.
  host.write(
    'agency.html',
    hostHtml({
      title: 'An agency page',
      body: [
        '<h1>Plans of the Greater Bay Area</h1>',
        frameTag('api', '?embed=1&frame=api', '#map=9/22.3/113.55'),
        '<p>The spatial structure, step by step:</p>',
        `<iframe id="story" src="${appUrl}?embed=1&lang=zh-Hant&frame=story#present=structure&slide=3" title="大灣區規劃圖集" width="640" height="420" allow="fullscreen"></iframe>`,
        `<iframe id="intruder" src="${other.url('intruder.html')}" title="An advertisement" width="400" height="60"></iframe>`,
        '<div style="height:3000px">More of the article.</div>',
      ].join('\n'),
    }),
  );
  other.write('intruder.html', hostHtml({ title: 'Intruder', body: '<p>An advertisement</p>', scripts: ['intruder.js'] }));
  other.write(
    'intruder.js',
    `'use strict';
window.received = [];
window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
// The first frame of the page it sits in is an atlas: it tries to drive it as that page's code would.
window.attack = () => {
  const atlas = parent.frames[0];
  const commands = [
    ['setView', { center: [114.1, 22.6], zoom: 12 }],
    ['select', { kind: 'places', id: 'zuh' }],
    ['setLanguage', { locale: 'en' }],
    ['setLayers', { layers: { airports: false } }],
    ['panel.open', { panel: 'layers' }],
    ['getState', undefined],
  ];
  commands.forEach(([command, args], i) => {
    const message = { source: 'gba-atlas', v: 1, id: 'evil-' + i, command, args };
    atlas.postMessage(message, '*');
    atlas.postMessage(message, ${JSON.stringify(appOrigin)});
  });
  return commands.length;
};
`,
  );
  // Someone copies the agency's snippet (which allows origin B only) to a page of origin C.
  other.write(
    'copied.html',
    hostHtml({ title: 'Copied', body: frameTag('copied', `?embed=1&frame=copied&origin=${encodeURIComponent(host.origin)}`, '#map=8.6/22.5/113.45') }),
  );
  other.write('sw.js', '// A page’s own service worker (it does nothing).\n');
  // A sidebar box: 300×250, with the snippet's auto-resize line.
  host.write(
    'sidebar.html',
    hostHtml({
      title: 'Sidebar',
      body: `<p>Text above the map.</p>\n${frameTag('box', '?embed=1&frame=box', '#map=8/22.5/113.6', { width: 300, height: 250, title: '大湾区规划图集', extra: ' data-gba-atlas-autoresize' })}\n<p>Text below the map.</p>`,
      scripts: ['host.js', { src: `${appUrl}embed.js`, async: true }],
    }),
  );
  // The SDK: GbaAtlas.embed() making a static figure, and <gba-atlas> (no src: the atlas embed.js came from).
  host.write(
    'sdk.html',
    hostHtml({
      title: 'SDK',
      body: `<div id="figure"></div>\n<gba-atlas id="el" lang="zh-Hant" deck="structure" slide="2" height="420" title="Element atlas"></gba-atlas>\n<script src="sdk.js"></script>`,
      scripts: ['host.js', `${appUrl}embed.js`],
    }),
  );
  host.write(
    'sdk.js',
    `'use strict';
window.sdkLog = [];
window.elEvents = [];
window.atlas = GbaAtlas.embed('#figure', {
  src: ${JSON.stringify(appUrl)},
  view: { center: [${ZUH_AT[0] + 0.04}, ${ZUH_AT[1]}], zoom: 11 },
  interactive: false,
  width: 640,
  height: 400,
  title: 'SDK figure',
});
for (const event of ['ready', 'statechange', 'viewchange', 'select', 'slidechange', 'resize']) window.atlas.on(event, (data) => window.sdkLog.push({ event, data }));
for (const event of ['ready', 'select', 'slidechange', 'statechange']) document.addEventListener('gba-atlas:' + event, (e) => window.elEvents.push({ event, target: e.target.id, detail: e.detail }));
`,
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.close();
  await other?.close();
});

// ——— Helpers ———

type FrameState = Awaited<ReturnType<typeof window.gbaAtlas.getState>>;
const frameState = (frame: Frame): Promise<FrameState> => frame.evaluate(() => window.gbaAtlas.getState());
/** The snapshot a host gets: the frame's state without its load status. */
const snapshotOf = ({ status: _status, ...rest }: FrameState) => rest;
const counter = (frame: Frame) => frame.locator('.present-count');
const card = (frame: Frame) => frame.locator('.selection-card');
const lang = (frame: Frame) => frame.evaluate(() => document.documentElement.lang);
/** The visibility of each map layer drawn from a source (what the map shows of that group). */
const sourceVisibility = (frame: Frame, source: string) =>
  frame.evaluate((src) => {
    const map = window.gbaAtlas.map!;
    return map
      .getStyle()
      .layers.filter((l) => 'source' in l && l.source === src)
      .map((l) => (map.getLayoutProperty(l.id, 'visibility') as string | undefined) ?? 'visible');
  }, source);
const distinct = async (values: Promise<string[]>) => [...new Set(await values)];

async function openHost(url: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(url);
  return page;
}

/** Where a point of a frame's viewport is on the host page (past the iframe's position and border). */
async function pagePoint(page: Page, iframe: string, at: { x: number; y: number }) {
  const offset = await page.locator(iframe).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
  });
  return { x: offset.x + at.x, y: offset.y + at.y };
}

/** A point of the frame's map inside a city with nothing drawn over it (a click there means the city). */
function clearPointInCity(frame: Frame, id: string) {
  return frame.evaluate((cityId) => {
    const map = window.gbaAtlas.map!;
    const box = map.getCanvas().getBoundingClientRect();
    for (let y = 40; y < box.height - 40; y += 6) {
      for (let x = 20; x < box.width - 20; x += 6) {
        const under = document.elementFromPoint(box.left + x, box.top + y);
        if (!under?.classList.contains('maplibregl-canvas')) continue; // a control or panel is on top
        const hits = map.queryRenderedFeatures([x, y]);
        const overlay = hits.some((f) => (f.source === 'structures' || f.source.startsWith('places-')) && f.layer.type !== 'fill');
        if (!overlay && hits.some((f) => f.layer.id === 'cities-fill' && f.properties.id === cityId)) return { x: box.left + x, y: box.top + y };
      }
    }
    throw new Error(`no clear point inside ${cityId}`);
  }, id);
}

const near = (a: number, b: number, within: number) => Math.abs(a - b) < within;

// ——— The tests ———

describe('an agency page with two embeds', () => {
  let page: Page;
  /** The embed the page's code drives (`frame=api`). */
  let api: Frame;
  /** The pasted snippet of a slide (`frame=story`, 繁體). */
  let story: Frame;
  beforeAll(async () => {
    page = await openHost(host.url('agency.html'));
    [api, story] = await Promise.all([atlasFrame(page, '#api'), atlasFrame(page, '#story')]);
    await Promise.all([waitForEvent(page, { frame: 'api', event: 'ready', timeout: 90_000 }), waitForEvent(page, { frame: 'story', event: 'ready', timeout: 90_000 })]);
    await Promise.all([frameSettled(api), frameSettled(story)]);
  });
  afterAll(() => page?.close());

  describe('the pasted snippet', () => {
    it('opens on the slide and in the language its URL asks for, and tells the host it is ready', async () => {
      const ready = await waitForEvent<{ presentation: unknown; locale: string }>(page, { frame: 'story', event: 'ready' });
      expect(ready.presentation).toEqual({ deck: 'structure', slide: 3 });
      expect(ready.locale).toBe('zh-Hant');
      await expect.poll(() => counter(story).innerText()).toBe(`第 3 / ${STRUCTURE} 張`);
      expect(await lang(story)).toBe('zh-Hant');
      // The event came from the atlas's origin, out of the iframe the snippet made.
      const readyMessage = (await messages(page)).find((m) => m.data.event === 'ready' && m.data.frame === 'story')!;
      expect(readyMessage.origin).toBe(appOrigin);
      expect(readyMessage.from).toBe('story');
    });

    it('moves through the decks on the host’s commands, and each move is a slidechange event', async () => {
      const steps: [string, unknown, string, number, number][] = [
        ['goToSlide', { slide: 5 }, 'structure', 5, STRUCTURE],
        ['nextSlide', undefined, 'structure', 6, STRUCTURE],
        ['previousSlide', undefined, 'structure', 5, STRUCTURE],
        ['goToSlide', { deck: 'gba-cooperation', slide: 2 }, 'gba-cooperation', 2, COOPERATION],
        ['openDeck', { deck: 'structure', slide: 4 }, 'structure', 4, STRUCTURE],
      ];
      for (const [command, args, deck, slide, total] of steps) {
        const since = await mark(page);
        expect(await send(page, 'story', command, args), `${command} ${JSON.stringify(args)}`).toMatchObject({ ok: true, frame: 'story' });
        await expect.poll(() => counter(story).innerText(), { timeout: 15_000 }).toBe(`第 ${slide} / ${total} 張`);
        const want = { deck, slide };
        expect(await waitForEvent(page, { frame: 'story', event: 'slidechange', since, match: (d) => JSON.stringify(d) === JSON.stringify(want) })).toEqual(want);
      }
    });
  });

  describe('commands', () => {
    const F = 'api';

    it('setView moves the map there, then a viewchange and a statechange tell the host', async () => {
      const since = await mark(page);
      expect(await send(page, F, 'setView', { center: [113.3, 22.62], zoom: 10.5 })).toMatchObject({ ok: true, frame: F });
      await frameSettled(api);
      const view = await mapView(api);
      expect(view.zoom).toBeCloseTo(10.5, 1);
      expect(view.center[0]).toBeCloseTo(113.3, 2);
      expect(view.center[1]).toBeCloseTo(22.62, 2);
      expect((await frameState(api)).view.zoom).toBeCloseTo(10.5, 1);
      const change = await waitForEvent<{ zoom: number; center: [number, number] }>(page, { frame: F, event: 'viewchange', since, match: (v) => near(v.zoom, 10.5, 0.05) });
      expect(change.center[0]).toBeCloseTo(113.3, 2);
      await waitForEvent<{ view: { zoom: number } }>(page, { frame: F, event: 'statechange', since, match: (s) => near(s.view.zoom, 10.5, 0.05) });
    });

    it('fitBounds shows the whole box, and not much more', async () => {
      const box = [113.45, 22.1, 113.65, 22.3] as const;
      expect(await send(page, F, 'fitBounds', { bounds: box })).toMatchObject({ ok: true, frame: F });
      await frameSettled(api);
      const [w, s, e, n] = (await mapView(api)).bounds;
      expect(w).toBeLessThanOrEqual(box[0]);
      expect(s).toBeLessThanOrEqual(box[1]);
      expect(e).toBeGreaterThanOrEqual(box[2]);
      expect(n).toBeGreaterThanOrEqual(box[3]);
      // Fitted, not merely inside: the box fills much of the frame on one side at least.
      expect(Math.max((box[2] - box[0]) / (e - w), (box[3] - box[1]) / (n - s))).toBeGreaterThan(0.4);
    });

    it('setLayers hides a group’s map layers, and shows them again', async () => {
      const before = await sourceVisibility(api, 'places-airports');
      expect(before.length).toBeGreaterThan(0);
      expect(new Set(before)).toEqual(new Set(['visible']));
      const since = await mark(page);
      expect(await send(page, F, 'setLayers', { layers: { airports: false } })).toMatchObject({ ok: true, frame: F });
      await expect.poll(() => sourceVisibility(api, 'places-airports')).toEqual(before.map(() => 'none'));
      await waitForEvent<{ layers: Record<string, boolean> }>(page, { frame: F, event: 'statechange', since, match: (s) => s.layers.airports === false });
      expect(await send(page, F, 'setLayers', { layers: { airports: true } })).toMatchObject({ ok: true });
      await expect.poll(() => sourceVisibility(api, 'places-airports')).toEqual(before);
    });

    it('setFilters and the registry’s panel.open list the filtered items', async () => {
      expect(HZMB_IDS.size).toBeGreaterThan(1);
      expect(await send(page, F, 'setFilters', { query: HZMB })).toMatchObject({ ok: true, frame: F });
      expect(await send(page, F, 'panel.open', { panel: 'items' })).toMatchObject({ ok: true, frame: F });
      await api.locator('.item-list').waitFor();
      await expect.poll(() => api.locator('.item-count').innerText()).toBe(`显示 ${HZMB_IDS.size} / ${items.length} 项`);
      expect(await api.getByRole('searchbox', { name: '搜索规划事项' }).inputValue()).toBe(HZMB);
      const listed = await api.locator('.item-list > li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item-id')));
      expect(listed.length).toBeGreaterThan(0);
      for (const id of listed) expect(HZMB_IDS.has(id!), `${id} does not mention ${HZMB}`).toBe(true);
      expect(await send(page, F, 'filters.clear')).toMatchObject({ ok: true });
      expect(await send(page, F, 'panel.close')).toMatchObject({ ok: true });
      await api.locator('.item-list').waitFor({ state: 'detached' });
    });

    it('select shows the place’s card and a select event names it; clearSelection takes the card away', async () => {
      let since = await mark(page);
      expect(await send(page, F, 'select', { kind: 'places', id: 'zuh' })).toMatchObject({ ok: true, frame: F });
      await expect.poll(() => card(api).locator('.selection-name').innerText()).toBe(ZUH.properties.name);
      expect(await waitForEvent(page, { frame: F, event: 'select', since })).toEqual({ kind: 'places', id: 'zuh' });
      since = await mark(page);
      expect(await send(page, F, 'clearSelection')).toMatchObject({ ok: true, frame: F });
      await card(api).waitFor({ state: 'detached' });
      expect(await waitForEvent(page, { frame: F, event: 'select', since })).toBeNull();
    });

    it('getState answers with what the frame shows', async () => {
      await frameSettled(api);
      const reply = await send(page, F, 'getState');
      expect(reply).toMatchObject({ ok: true, frame: F });
      expect(reply.result).toEqual(snapshotOf(await frameState(api)));
    });

    it('setLanguage switches the frame’s toolbar to English (and back)', async () => {
      const since = await mark(page);
      expect(await send(page, F, 'setLanguage', { locale: 'en' })).toMatchObject({ ok: true, frame: F });
      await api.getByRole('button', { name: 'Layers', exact: true }).waitFor();
      await api.getByRole('button', { name: 'Plan items', exact: true }).waitFor();
      expect(await api.locator('.toolbar').innerText()).not.toContain('图层');
      expect(await lang(api)).toBe('en');
      await waitForEvent<{ locale: string }>(page, { frame: F, event: 'statechange', since, match: (s) => s.locale === 'en' });
      expect(await send(page, F, 'setLanguage', { locale: 'zh-Hans' })).toMatchObject({ ok: true });
      await api.getByRole('button', { name: '图层', exact: true }).waitFor();
    });
  });

  describe('bad arguments', () => {
    it.each([
      { what: 'setView with a zoom that is not a number', command: 'setView', args: { zoom: 'x' }, error: /zoom/ },
      { what: 'setView off the earth', command: 'setView', args: { center: [500, 0] }, error: /center/ },
      { what: 'select of an unknown kind', command: 'select', args: { kind: 'nope', id: 'zuh' }, error: /kind/ },
      { what: 'select of a place that does not exist', command: 'select', args: { kind: 'places', id: 'no-such-place' }, error: /no-such-place/ },
      { what: 'fitBounds with west > east', command: 'fitBounds', args: { bounds: [114, 22, 113, 23] }, error: /bounds/ },
      { what: 'setLayers of an unknown group', command: 'setLayers', args: { layers: { 'no-such-group': false } }, error: /no-such-group/ },
      { what: 'setLanguage to a language the atlas lacks', command: 'setLanguage', args: { locale: 'fr' }, error: /locale/ },
      { what: 'an unknown command', command: 'flyToTheMoon', args: {}, error: /unknown command.*flyToTheMoon/ },
      { what: 'version 2 of the protocol', command: 'getState', args: undefined, v: 2, error: /version/ },
    ])('$what → ok:false, naming what is wrong; nothing changes', async ({ command, args, v, error }) => {
      const before = snapshotOf(await frameState(api));
      const id = `bad-${command}-${Math.random().toString(36).slice(2)}`;
      const reply = await send(page, 'api', command, args, { v, id });
      expect(reply).toMatchObject({ source: 'gba-atlas', v: 1, frame: 'api', id, ok: false });
      expect(reply.error).toMatch(error);
      expect(reply).not.toHaveProperty('result');
      expect(snapshotOf(await frameState(api))).toEqual(before);
    });
  });

  describe('two embeds on one page', () => {
    it('a command to one changes only that one, and every reply and event names the frame it came from', async () => {
      await frameSettled(story);
      const storyView = await mapView(story);
      const storyState = snapshotOf(await frameState(story));
      let since = await mark(page);
      expect(await send(page, 'api', 'setView', { center: [113.9, 22.6], zoom: 11 })).toMatchObject({ ok: true, frame: 'api' });
      await frameSettled(api);
      expect((await mapView(api)).zoom).toBeCloseTo(11, 1);
      await waitForEvent(page, { frame: 'api', event: 'viewchange', since });
      await page.waitForTimeout(500);
      expect(await mapView(story)).toEqual(storyView);
      expect(snapshotOf(await frameState(story))).toEqual(storyState);
      expect((await messages(page)).slice(since).filter((m) => m.data.frame === 'story' && m.data.event && m.data.event !== 'resize')).toEqual([]);

      since = await mark(page);
      expect(await send(page, 'story', 'setLanguage', { locale: 'en' })).toMatchObject({ ok: true, frame: 'story' });
      await expect.poll(() => counter(story).innerText()).toBe(`Slide 4 of ${STRUCTURE}`);
      await waitForEvent<{ locale: string }>(page, { frame: 'story', event: 'statechange', since, match: (s) => s.locale === 'en' });
      expect(await lang(api)).toBe('zh-Hans');
      await api.getByRole('button', { name: '图层', exact: true }).waitFor();

      // Every message says which frame sent it: its frame id is that of the iframe it came out of.
      const all = await messages(page);
      expect(new Set(all.map((m) => m.from))).toEqual(new Set(['api', 'story']));
      for (const m of all) {
        expect(m.origin).toBe(appOrigin);
        expect(m.data.frame, JSON.stringify(m.data).slice(0, 200)).toBe(m.from);
      }
    });

    it('a slide shown in one does not move the other’s', async () => {
      // The snippet shows slide 4 of the structure deck (the tests above left it there, in English).
      expect((await frameState(story)).presentation).toEqual({ deck: 'structure', slide: 4 });
      const since = await mark(page);
      try {
        expect(await send(page, 'api', 'openDeck', { deck: 'structure', slide: 9 })).toMatchObject({ ok: true, frame: 'api' });
        await expect.poll(() => counter(api).innerText(), { timeout: 15_000 }).toBe(`第 9 / ${STRUCTURE} 张`);
        expect(await send(page, 'api', 'nextSlide')).toMatchObject({ ok: true });
        await expect.poll(() => counter(api).innerText()).toBe(`第 10 / ${STRUCTURE} 张`);
        await page.waitForTimeout(1000);
        expect(await counter(story).innerText()).toBe(`Slide 4 of ${STRUCTURE}`);
        expect((await frameState(story)).presentation).toEqual({ deck: 'structure', slide: 4 });
        expect((await messages(page)).slice(since).filter((m) => m.data.frame === 'story' && m.data.event === 'slidechange')).toEqual([]);
      } finally {
        await send(page, 'api', 'present.exit');
        await api.locator('.present-caption').waitFor({ state: 'detached' });
        await frameSettled(api);
      }
    });
  });

  describe('a visitor in the 640×400 embed', () => {
    it('with a panel open still sees and uses the toolbar: 图层, then 规划事项, switches panels', async () => {
      try {
        await api.getByRole('button', { name: '图层', exact: true }).click();
        await api.locator('.layer-panel').waitFor();
        // Every toolbar control is on top where it is drawn (not under the panel).
        const covered = await api.locator('.toolbar').evaluate((bar) =>
          [...bar.querySelectorAll<HTMLElement>('button, select, a')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return !el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
            })
            .map((el) => el.textContent),
        );
        expect(covered).toEqual([]);
        await api.getByRole('button', { name: '规划事项', exact: true }).click({ timeout: 5000 });
        await api.locator('.item-list').waitFor();
        expect(await api.locator('.layer-panel').count()).toBe(0);
      } finally {
        await send(page, 'api', 'panel.close');
        await api.locator('.side-panel').waitFor({ state: 'detached' });
      }
    });
  });

  describe('a message from another origin', () => {
    it('from a frame of origin C in the page gets no reply and changes nothing', async () => {
      await frameSettled(api);
      expect(await page.evaluate(() => window.frames[0] === (document.getElementById('api') as HTMLIFrameElement).contentWindow)).toBe(true);
      const before = snapshotOf(await frameState(api));
      const viewBefore = await mapView(api);
      const since = await mark(page);

      const intruder = page.frames().find((f) => f.url().startsWith(other.origin))!;
      expect(await intruder.evaluate(() => (window as unknown as { attack: () => number }).attack())).toBeGreaterThan(0);
      await page.waitForTimeout(1500);

      expect(await intruder.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
      expect(snapshotOf(await frameState(api))).toEqual(before);
      expect(await mapView(api)).toEqual(viewBefore);
      expect(await card(api).count()).toBe(0);
      expect(await api.locator('.layer-panel').count()).toBe(0);
      expect(await lang(api)).toBe('zh-Hans');
      expect((await messages(page)).slice(since).filter((m) => m.data.id !== undefined)).toEqual([]);
      // The page's own code is answered, at once.
      expect(await send(page, 'api', 'getState', undefined, { timeout: 5000 })).toMatchObject({ ok: true, frame: 'api', result: before });
    });
  });

  describe('cooperative gestures', () => {
    it('a plain wheel scrolls the host page and shows the hint; Ctrl + wheel zooms the map and leaves the page', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await frameSettled(api);
      const zoom = (await mapView(api)).zoom;
      // The hint is shown for a moment: note every time it is.
      await api.evaluate(() => {
        const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
        const w = window as unknown as { hintShown: number };
        w.hintShown = 0;
        new MutationObserver(() => void (screen.classList.contains('maplibregl-show') && w.hintShown++)).observe(screen, { attributes: true, attributeFilter: ['class'] });
      });
      const box = (await page.locator('#api').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      await expect.poll(() => api.evaluate(() => (window as unknown as { hintShown: number }).hintShown)).toBeGreaterThan(0);
      expect(await api.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message').innerText()).toBe('按住 Ctrl 并滚动鼠标滚轮以缩放地图');
      await page.waitForTimeout(400);
      expect((await mapView(api)).zoom).toBeCloseTo(zoom, 6);

      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      try {
        await page.mouse.wheel(0, -300);
        await expect.poll(async () => (await mapView(api)).zoom).toBeGreaterThan(zoom + 0.2);
      } finally {
        await page.keyboard.up('Control');
      }
      await frameSettled(api);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  });
});

describe('a 300×250 sidebar box', () => {
  let page: Page;
  let frame: Frame;
  const iframeHeight = () => page.locator('#box').evaluate((el) => Math.round(el.getBoundingClientRect().height));
  beforeAll(async () => {
    page = await openHost(host.url('sidebar.html'));
    frame = await atlasFrame(page, '#box');
    await waitForEvent(page, { frame: 'box', event: 'ready', timeout: 60_000 });
    await page.waitForFunction(() => typeof (window as unknown as { GbaAtlas?: unknown }).GbaAtlas === 'object');
    await frameSettled(frame);
  });
  afterAll(() => page?.close());

  it('keeps its toolbar and legend usable: 图层 opens the layer panel inside the frame, Esc and × return to the map', async () => {
    // Without auto-resize for this test: the box stays 300×250 whatever the atlas asks for.
    await page.locator('#box').evaluate((el) => el.removeAttribute('data-gba-atlas-autoresize'));
    const outer = (await page.locator('#box').boundingBox())!;
    expect(Math.round(outer.height)).toBe(252); // 250 and its border
    const inside = (b: { x: number; y: number; width: number; height: number } | null) =>
      !!b && b.width > 0 && b.height > 0 && b.x >= outer.x - 0.5 && b.y >= outer.y - 0.5 && b.x + b.width <= outer.x + outer.width + 0.5 && b.y + b.height <= outer.y + outer.height + 0.5;

    const layersButton = frame.getByRole('button', { name: '图层', exact: true });
    expect(inside(await frame.locator('.toolbar').boundingBox())).toBe(true);
    expect(inside(await layersButton.boundingBox())).toBe(true);
    await layersButton.click();
    const panel = frame.locator('.layer-panel');
    await panel.waitFor();
    expect(inside(await panel.boundingBox())).toBe(true);
    // The legend works there: the 机场 group can be scrolled to and switched off.
    const airports = panel.locator('[data-group="airports"]').getByRole('checkbox');
    await airports.scrollIntoViewIfNeeded();
    expect(inside(await airports.boundingBox())).toBe(true);
    await airports.uncheck();
    await expect.poll(() => distinct(sourceVisibility(frame, 'places-airports'))).toEqual(['none']);
    await airports.check();

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(inside(await frame.locator('.maplibregl-canvas').boundingBox())).toBe(true);

    await layersButton.click();
    await panel.waitFor();
    await panel.getByRole('button', { name: '关闭' }).first().click();
    await panel.waitFor({ state: 'detached' });
    expect(await iframeHeight()).toBe(252);
  });

  it('with the auto-resize line, grows for a place’s card and shrinks back when it is cleared', async () => {
    await page.locator('#box').evaluate((el) => el.setAttribute('data-gba-atlas-autoresize', ''));
    expect(await iframeHeight()).toBe(252);
    expect(await send(page, 'box', 'select', { kind: 'places', id: HENGQIN.properties.id })).toMatchObject({ ok: true });
    await card(frame).locator('.selection-name').filter({ hasText: HENGQIN.properties.name }).waitFor();
    await expect.poll(iframeHeight, { timeout: 10_000 }).toBeGreaterThan(300);
    // The card fits the grown frame: its bottom is inside the frame's viewport.
    await expect.poll(() => card(frame).evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);

    expect(await send(page, 'box', 'clearSelection')).toMatchObject({ ok: true });
    await card(frame).waitFor({ state: 'detached' });
    await expect.poll(iframeHeight, { timeout: 10_000 }).toBe(252);
  });
});

describe('the SDK (embed.js)', () => {
  let page: Page;
  type Sdk = {
    atlas: Record<string, (...a: unknown[]) => Promise<unknown>> & { ready: Promise<unknown>; on(e: string, fn: (d: unknown) => void): () => void; destroy(): void };
    sdkLog: { event: string; data: unknown }[];
    elEvents: { event: string; target: string; detail: unknown }[];
    selects: unknown[];
    unsubscribe: () => void;
  };
  const logged = (event: string) => page.evaluate((e) => (window as unknown as Sdk).sdkLog.filter((l) => l.event === e).map((l) => l.data), event);
  /** Calls a method of the embed object in the page: its result, or { rejected: message }. */
  const call = (method: string, ...args: unknown[]) =>
    page.evaluate(
      ([m, a]) =>
        (window as unknown as Sdk).atlas[m]!(...a).then(
          (result) => ({ result }),
          (e: Error) => ({ rejected: e.message }),
        ),
      [method, args] as const,
    );
  beforeAll(async () => {
    page = await openHost(host.url('sdk.html'));
  });
  afterAll(() => page?.close());

  // (The first test waits for both of the page's frames to load.)
  it('GbaAtlas.embed() with interactive: false makes a static figure: a drag does not move it, a click selects nothing', { timeout: 150_000 }, async () => {
    const ready = (await page.evaluate(() => (window as unknown as Sdk).atlas.ready)) as { view: { zoom: number; center: [number, number] } };
    expect(ready.view.zoom).toBeCloseTo(11, 1);
    expect(ready.view.center[1]).toBeCloseTo(ZUH_AT[1], 2);
    const iframe = page.locator('#figure iframe');
    expect(await iframe.getAttribute('title')).toBe('SDK figure');
    expect(new URL((await iframe.getAttribute('src'))!).searchParams.get('interactive')).toBe('0');
    const frame = await atlasFrame(page, '#figure iframe');
    await frameSettled(frame);
    const before = await mapView(frame);

    const box = (await iframe.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    expect(await mapView(frame)).toEqual(before);

    // 珠海金湾机场 is drawn under the pointer, yet a click selects nothing.
    const point = await frame.evaluate((ll) => {
      const map = window.gbaAtlas.map!;
      const p = map.project(ll);
      const ids = map.queryRenderedFeatures([p.x, p.y]).map((f) => f.properties.id as string);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, ids };
    }, ZUH_AT);
    expect(point.ids).toContain('zuh');
    const click = await pagePoint(page, '#figure iframe', point);
    await page.mouse.click(click.x, click.y);
    await page.waitForTimeout(700);
    expect((await frameState(frame)).selection).toBeNull();
    expect(await card(frame).count()).toBe(0);
    expect(await logged('select')).toEqual([]);

    // The click gave the frame the keyboard: the zoom keys (W, 0, +) do not move the figure either.
    for (const key of ['w', '0', '+']) await page.keyboard.press(key);
    await page.waitForTimeout(800);
    expect(await mapView(frame)).toEqual(before);
  });

  it('its host still drives it: each promise method changes the figure, on() hears the events until unsubscribed, a refusal rejects, destroy() removes it', async () => {
    const frame = await atlasFrame(page, '#figure iframe');

    expect(await call('setView', { center: [113.3, 22.62], zoom: 10.5 })).toHaveProperty('result');
    await frameSettled(frame);
    expect((await mapView(frame)).zoom).toBeCloseTo(10.5, 1);
    await expect.poll(async () => (await logged('viewchange')).some((v) => near((v as { zoom: number }).zoom, 10.5, 0.05))).toBe(true);

    expect(await call('fitBounds', [113.45, 22.1, 113.65, 22.3])).toHaveProperty('result');
    await frameSettled(frame);
    const [west, south, east, north] = (await mapView(frame)).bounds;
    expect([west <= 113.45, south <= 22.1, east >= 113.65, north >= 22.3]).toEqual([true, true, true, true]);

    expect(await call('setLayers', { airports: false })).toHaveProperty('result');
    await expect.poll(() => distinct(sourceVisibility(frame, 'places-airports'))).toEqual(['none']);
    expect(await call('setLayers', 'airports')).toHaveProperty('result');
    await expect.poll(() => distinct(sourceVisibility(frame, 'places-airports'))).toEqual(['visible']);

    // on() → unsubscribe: a listener removed hears nothing more; the others still do.
    await page.evaluate(() => {
      const w = window as unknown as Sdk;
      w.selects = [];
      w.unsubscribe = w.atlas.on('select', (d) => w.selects.push(d));
    });
    expect(await call('select', 'places', 'zuh')).toHaveProperty('result');
    await card(frame).locator('.selection-name').filter({ hasText: ZUH.properties.name }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as Sdk).selects)).toEqual([{ kind: 'places', id: 'zuh' }]);
    await page.evaluate(() => (window as unknown as Sdk).unsubscribe());
    expect(await call('clearSelection')).toHaveProperty('result');
    await card(frame).waitFor({ state: 'detached' });
    await expect.poll(() => logged('select')).toEqual([{ kind: 'places', id: 'zuh' }, null]);
    expect(await page.evaluate(() => (window as unknown as Sdk).selects)).toEqual([{ kind: 'places', id: 'zuh' }]);

    expect(await call('setFilters', { query: HZMB })).toHaveProperty('result');
    expect(await call('run', 'panel.open', { panel: 'items' })).toHaveProperty('result');
    await expect.poll(() => frame.locator('.item-count').innerText()).toBe(`显示 ${HZMB_IDS.size} / ${items.length} 项`);
    expect(await call('run', 'panel.close')).toHaveProperty('result');
    await frame.locator('.item-list').waitFor({ state: 'detached' });

    await frameSettled(frame);
    expect(await call('getState')).toEqual({ result: snapshotOf(await frameState(frame)) });
    expect(await call('setState', { selection: { kind: 'places', id: 'zuh' }, bogus: 1 })).toEqual({ result: { ignored: [expect.stringContaining('bogus')] } });
    await card(frame).waitFor();
    expect(await call('clearSelection')).toHaveProperty('result');
    await card(frame).waitFor({ state: 'detached' });

    // (The other deck than the element's below, so that this test does not depend on the two keeping apart.)
    expect(await call('openDeck', 'gba-cooperation', 3)).toHaveProperty('result');
    await expect.poll(() => counter(frame).innerText(), { timeout: 15_000 }).toBe(`第 3 / ${COOPERATION} 张`);
    expect(await call('nextSlide')).toHaveProperty('result');
    await expect.poll(() => counter(frame).innerText()).toBe(`第 4 / ${COOPERATION} 张`);
    expect(await call('previousSlide')).toHaveProperty('result');
    await expect.poll(() => counter(frame).innerText()).toBe(`第 3 / ${COOPERATION} 张`);
    expect(await call('goToSlide', 7)).toHaveProperty('result');
    await expect.poll(() => counter(frame).innerText()).toBe(`第 7 / ${COOPERATION} 张`);
    await expect.poll(() => logged('slidechange')).toEqual([3, 4, 3, 7].map((slide) => ({ deck: 'gba-cooperation', slide })));
    expect(await call('setLanguage', 'en')).toHaveProperty('result');
    await expect.poll(() => counter(frame).innerText()).toBe(`Slide 7 of ${COOPERATION}`);

    // A refusal is a rejection naming the field.
    expect(((await call('setView', { zoom: 'x' })) as { rejected?: string }).rejected).toMatch(/zoom/);

    // destroy(): the frame goes, and later calls reject.
    await page.evaluate(() => (window as unknown as Sdk).atlas.destroy());
    expect(await page.locator('#figure iframe').count()).toBe(0);
    expect(await call('getState')).toEqual({ rejected: expect.stringMatching(/destroy/) });
  }, 120_000);

  it('<gba-atlas lang="zh-Hant" deck="structure" slide="2"> shows slide 2 in 繁體; setting its attributes moves it and switches its language', async () => {
    const frame = await atlasFrame(page, '#el iframe');
    expect(await page.locator('#el iframe').getAttribute('title')).toBe('Element atlas');
    await expect.poll(() => counter(frame).innerText(), { timeout: 30_000 }).toBe(`第 2 / ${STRUCTURE} 張`);
    expect(await lang(frame)).toBe('zh-Hant');
    const elEvents = () => page.evaluate(() => (window as unknown as Sdk).elEvents.filter((e) => e.target === 'el'));
    await expect.poll(async () => (await elEvents()).find((e) => e.event === 'ready')?.detail).toMatchObject({ presentation: { deck: 'structure', slide: 2 }, locale: 'zh-Hant' });

    await page.locator('#el').evaluate((el) => el.setAttribute('slide', '5'));
    await expect.poll(() => counter(frame).innerText(), { timeout: 15_000 }).toBe(`第 5 / ${STRUCTURE} 張`);
    await expect.poll(async () => (await elEvents()).filter((e) => e.event === 'slidechange').map((e) => e.detail)).toContainEqual({ deck: 'structure', slide: 5 });

    await page.locator('#el').evaluate((el) => el.setAttribute('lang', 'en'));
    await expect.poll(() => counter(frame).innerText()).toBe(`Slide 5 of ${STRUCTURE}`);
    expect(await lang(frame)).toBe('en');
  });
});

describe('the snippet copied to a page of origin C (its URL allows origin B only)', () => {
  let swContext: BrowserContext;
  let page: Page;
  let frame: Frame;
  const requests: string[] = [];
  beforeAll(async () => {
    // Service workers allowed, as in a visitor's browser: the embed must not register one.
    swContext = await browser.newContext({ viewport: { width: 900, height: 640 }, deviceScaleFactor: 1, serviceWorkers: 'allow' });
    swContext.on('request', (r) => void requests.push(r.url()));
    page = await openHost(other.url('copied.html'), swContext);
    frame = await atlasFrame(page, '#copied');
    await frame.waitForFunction(() => window.gbaAtlas.getState().status === 'ready', null, { timeout: 60_000 });
    await frameSettled(frame);
  });
  afterAll(() => swContext?.close());

  it('gets no reply and no event: its messages change nothing', async () => {
    const before = snapshotOf(await frameState(frame));
    expect(await send(page, 'copied', 'setView', { center: [114.1, 22.6], zoom: 12 }, { timeout: 1500 })).toEqual({ timeout: true });
    expect(await send(page, 'copied', 'select', { kind: 'places', id: 'zuh' }, { timeout: 300 })).toEqual({ timeout: true });
    expect(await send(page, 'copied', 'getState', undefined, { timeout: 300 })).toEqual({ timeout: true });
    await frameSettled(frame);
    expect(snapshotOf(await frameState(frame))).toEqual(before);
    expect(await card(frame).count()).toBe(0);
    // Not even the ready event reached this page.
    expect(await messages(page)).toEqual([]);
  });

  it('a visitor clicking around adds nothing to the page’s history; the embed stores nothing and calls no one', async () => {
    const length = await page.evaluate(() => history.length);
    const close = frame.locator('.side-panel').getByRole('button', { name: '关闭' }).first();
    await frame.getByRole('button', { name: '图层', exact: true }).click();
    await frame.locator('.layer-panel').waitFor();
    await close.click();
    await frame.getByRole('button', { name: '规划事项', exact: true }).click();
    await frame.locator('.item-list').waitFor();
    await close.click();
    await frame.locator('.side-panel').waitFor({ state: 'detached' });
    await frameSettled(frame);
    // A click on 中山 selects it.
    const click = await pagePoint(page, '#copied', await clearPointInCity(frame, ZHONGSHAN.properties.id));
    await page.mouse.click(click.x, click.y);
    await card(frame).locator('.selection-name').filter({ hasText: ZHONGSHAN.properties.name }).waitFor();
    expect((await frameState(frame)).selection).toEqual({ kind: 'admin', id: ZHONGSHAN.properties.id });
    // The frame wrote each step to its own address (replacing it)…
    await expect.poll(() => frame.evaluate(() => decodeURIComponent(location.hash))).toContain(`sel=admin:${ZHONGSHAN.properties.id}`);
    await page.waitForTimeout(600);
    // …and the page's history did not grow.
    expect(await page.evaluate(() => history.length)).toBe(length);

    // Nothing stored, nothing registered.
    const stored = await frame.evaluate(async () => ({
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      controlled: navigator.serviceWorker.controller !== null,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cookie: document.cookie,
      caches: await caches.keys(),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(stored).toEqual({ serviceWorkers: 0, controlled: false, localStorage: 0, sessionStorage: 0, cookie: '', caches: [], indexedDB: [] });
    // The context does allow service workers: the page can register its own.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.register('sw.js')).scope)).toBe(`${other.origin}/`);
    // No request left the app and the page.
    const foreign = requests.filter((u) => !u.startsWith(`${appOrigin}/`) && !u.startsWith(`${other.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });

  it('the full-map link opens the full atlas (no embed options) on the same view and selection', async () => {
    const link = frame.locator('a.toolbar-fullmap');
    expect(await link.getAttribute('target')).toBe('_blank');
    const embedded = await frameState(frame);
    expect(embedded.selection).toEqual({ kind: 'admin', id: ZHONGSHAN.properties.id });
    const [popup] = await Promise.all([swContext.waitForEvent('page'), link.click()]);
    try {
      await popup.waitForLoadState();
      const url = new URL(popup.url());
      expect(url.origin + url.pathname).toBe(appUrl);
      for (const key of ['embed', 'frame', 'controls', 'interactive', 'origin']) expect(url.searchParams.has(key), key).toBe(false);
      await waitForAtlasReady(popup);
      const full = await popup.evaluate(() => window.gbaAtlas.getState());
      expect(full.selection).toEqual(embedded.selection);
      expect(full.view.zoom).toBeCloseTo(embedded.view.zoom, 2);
      expect(full.view.center[0]).toBeCloseTo(embedded.view.center[0], 3);
      expect(full.view.center[1]).toBeCloseTo(embedded.view.center[1], 3);
      expect(await popup.locator('.selection-card .selection-name').innerText()).toBe(ZHONGSHAN.properties.name);
      // The full app: its whole toolbar, and no way "out".
      await popup.locator('.toolbar-present').waitFor();
      expect(await popup.locator('a.toolbar-fullmap').count()).toBe(0);
    } finally {
      await popup.close();
    }
  });
});
