// Online basemaps against a local stub tile server (never the real hosts): the app's config file is
// answered with the stub's URLs. Tianditu with the user's key (asked for once, kept in the browser, never
// in the link, the snippet, the state or an export), a refused key, OpenFreeMap's style (labels left out),
// no answer in time, no connection: each failure puts the built-in map back and says why.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForAtlasReady, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

const GOOD = 'goodkey0123456789abcdef01234567';
/** A host nobody answers on (the browser refuses the port outright). */
const UNREACHABLE = 'http://127.0.0.1:9/';
const BAD = 'badkey00123456789abcdef012345678';
/** The stub's map tiles are this magenta, which nothing in the atlas's own style uses. */
const MAGENTA = [230, 0, 230] as const;

let browser: Browser;
let stub: Server;
let stubOrigin = '';
const requests: string[] = [];

function tile(color: readonly [number, number, number], alpha = 255): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...color, alpha], i);
  return PNG.sync.write(png);
}
const MAP_TILE = tile(MAGENTA);
const LABEL_TILE = tile([0, 0, 0], 0);

const STYLE = (origin: string) => ({
  version: 8,
  glyphs: `${origin}/ofm/fonts/{fontstack}/{range}.pbf`,
  sources: { openmaptiles: { type: 'vector', tiles: [`${origin}/ofm/tiles/{z}/{x}/{y}.pbf`], maxzoom: 14, attribution: '<b>remote credit</b>' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#e600e6' } },
    { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water', paint: { 'fill-color': '#00f' } },
    { id: 'place-label', type: 'symbol', source: 'openmaptiles', 'source-layer': 'place', layout: { 'text-field': '{name}' } },
  ],
});

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', stubOrigin);
  requests.push(url.pathname + url.search);
  res.setHeader('access-control-allow-origin', '*');
  if (url.pathname.startsWith('/slow/')) return; // never answers
  if (url.pathname.startsWith('/tdt/')) {
    if (url.searchParams.get('tk') !== GOOD) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      return res.end('bad key');
    }
    res.writeHead(200, { 'content-type': 'image/png' });
    return res.end(url.searchParams.get('LAYER')?.startsWith('c') || url.searchParams.get('LAYER')?.startsWith('e') ? LABEL_TILE : MAP_TILE);
  }
  if (url.pathname === '/ofm/style.json') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(STYLE(stubOrigin)));
  }
  if (url.pathname.startsWith('/ofm/tiles/')) {
    // An empty vector tile: nothing in it, a valid answer.
    res.writeHead(200, { 'content-type': 'application/x-protobuf' });
    return res.end();
  }
  res.writeHead(404);
  res.end();
}

const TDT_TEMPLATE = (path = 'tdt') => `${stubOrigin}/${path}/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER={layer}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}`;
const config = (over: Record<string, unknown> = {}) => ({
  tianditu: { tiles: TDT_TEMPLATE(), subdomains: [''], maxzoom: 18 },
  openfreemap: { style: `${stubOrigin}/ofm/style.json` },
  timeoutSeconds: 8,
  ...over,
});

beforeAll(async () => {
  browser = await launchChromium();
  stub = createServer(handle);
  await new Promise<void>((ok) => stub.listen(0, '127.0.0.1', ok));
  stubOrigin = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  stub?.closeAllConnections();
  await new Promise((ok) => stub?.close(ok));
});

/** Opens the atlas with the online basemaps' config answered by `cfg`; fails on any page error other than
 * the browser's own line about a tile the stub refused on purpose. */
async function withAtlas(opts: Parameters<typeof openAtlas>[1] & { cfg?: unknown }, body: (page: Page, atlas: AtlasPage) => Promise<void>): Promise<void> {
  const atlas = await openAtlas(browser, {
    ...opts,
    setup: (page) => page.route('**/data/online-basemaps.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(opts.cfg ?? config()) })),
  });
  try {
    await body(atlas.page, atlas);
    expect(atlas.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    // The only other origin the page talked to is the stub.
    expect(atlas.foreignRequests.filter((u) => !u.startsWith(stubOrigin) && !u.startsWith(UNREACHABLE))).toEqual([]);
  } finally {
    await atlas.close();
  }
}

const onlineLayers = (page: Page) => page.evaluate(() => window.gbaAtlas.map!.getStyle().layers.filter((l) => l.id.startsWith('online:')).map((l) => l.id));
const basemapOf = (page: Page) => page.evaluate(() => window.gbaAtlas.getState().basemap);

/** Share of the map's pixels (a screenshot, decoded) in the stub's magenta. */
async function magentaShare(page: Page): Promise<number> {
  await waitForMapSettled(page);
  const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i]! - MAGENTA[0]) < 40 && png.data[i + 1]! < 80 && Math.abs(png.data[i + 2]! - MAGENTA[2]) < 40) n++;
  return n / (png.width * png.height);
}

describe('online basemaps', () => {
  it('Tianditu: asks for the user’s key once, draws its tiles under the plan, and never lets the key out of this browser', async () => {
    await withAtlas({ hash: '#panel=layers' }, async (page) => {
      const panel = page.getByRole('complementary', { name: '图层' });
      const before = requests.length;
      await panel.getByRole('radio', { name: /天地图 矢量/ }).check();
      const field = panel.getByLabel('天地图密钥（tk）');
      await field.waitFor();
      // Nothing is asked of Tianditu before there is a key.
      expect(await basemapOf(page)).toBe('offline');
      expect(requests.slice(before).some((r) => r.startsWith('/tdt/'))).toBe(false);
      await field.fill(GOOD);
      await panel.getByRole('button', { name: '保存并使用' }).click();
      await expect.poll(() => basemapOf(page)).toBe('tianditu-vector');
      await expect.poll(() => onlineLayers(page)).toEqual(['online:tianditu', 'online:tianditu-labels']);
      await expect.poll(() => requests.some((r) => r.startsWith('/tdt/vec_w/') && r.includes(`tk=${GOOD}`)), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => requests.some((r) => r.startsWith('/tdt/cva_w/') && r.includes(`tk=${GOOD}`)), { timeout: 10_000 }).toBe(true);
      // Its tiles are on screen (under the plan's layers: the stub's magenta shows where nothing else is drawn).
      expect(await magentaShare(page)).toBeGreaterThan(0.2);
      // The credits follow the basemap.
      expect(await page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('天地图');

      // The key is in this browser's storage only: not in the address, the state, the snippet or an export.
      const out = await page.evaluate(async () => {
        const csv = await window.gbaAtlas.run('export.data', { format: 'csv' });
        const geo = await window.gbaAtlas.run('export.data', { format: 'geojson' });
        return {
          href: location.href,
          state: JSON.stringify(window.gbaAtlas.getState()),
          stored: Object.values(localStorage).join('|'),
          exports: [csv, geo].map((r) => (r.ok && r.result instanceof Blob ? 'blob' : 'none')),
          texts: await Promise.all([csv, geo].map((r) => (r.ok && r.result instanceof Blob ? r.result.text() : ''))),
        };
      });
      expect(out.href).toContain('base=tianditu-vector');
      expect(out.href).not.toContain(GOOD);
      expect(out.state).not.toContain(GOOD);
      expect(out.stored).toContain(GOOD);
      expect(out.exports).toEqual(['blob', 'blob']);
      for (const text of out.texts) expect(text).not.toContain(GOOD);
      await page.evaluate(() => window.gbaAtlas.run('share.open'));
      const snippet = await page.locator('.share-code').inputValue();
      expect(snippet).toContain('<iframe');
      expect(snippet).not.toContain(GOOD);
      expect(await page.getByRole('dialog').innerText()).not.toContain(GOOD);
      await page.keyboard.press('Escape');

      // A new page on the same link uses the kept key without asking.
      const link = out.href;
      const done = requests.length;
      await page.goto('about:blank');
      await page.goto(link);
      await waitForAtlasReady(page);
      await expect.poll(() => onlineLayers(page), { timeout: 20_000 }).toEqual(['online:tianditu', 'online:tianditu-labels']);
      await expect.poll(() => requests.slice(done).some((r) => r.includes(`tk=${GOOD}`)), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => basemapOf(page)).toBe('tianditu-vector');
    });
  }, 120_000);

  it('a refused key (HTTP 403) puts the built-in map back and says the service refused the key', async () => {
    await withAtlas({ hash: '#panel=layers' }, async (page) => {
      await page.evaluate((key) => window.gbaAtlas.run('basemap.key', { key }), BAD);
      await page.evaluate(() => window.gbaAtlas.run('basemap.set', { basemap: 'tianditu-imagery' }));
      const notice = page.locator('.notice-bar');
      await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toContain('“天地图 影像”无法加载（服务拒绝了密钥，HTTP 403）');
      expect(await basemapOf(page)).toBe('offline');
      expect(await onlineLayers(page)).toEqual([]);
      expect(page.url()).not.toContain('base=');
      expect(await page.getByRole('complementary', { name: '图层' }).getByRole('radio', { name: /内置离线底图/ }).isChecked()).toBe(true);
    });
  }, 60_000);

  it('OpenFreeMap: its land and lines under the plan, its labels and remote credit left out; back to offline removes it', async () => {
    await withAtlas({ query: '?lang=en', hash: '#panel=layers' }, async (page) => {
      await page.getByRole('complementary', { name: 'Layers' }).getByRole('radio', { name: /OpenFreeMap/ }).check();
      await expect.poll(() => onlineLayers(page), { timeout: 15_000 }).toEqual(['online:background', 'online:water']);
      await expect.poll(() => requests.some((r) => r.startsWith('/ofm/tiles/')), { timeout: 10_000 }).toBe(true);
      expect(await basemapOf(page)).toBe('openfreemap');
      // Its background shows where the plan draws nothing; the plan's layers are still drawn above it.
      expect(await magentaShare(page)).toBeGreaterThan(0.2);
      const credits = await page.locator('.maplibregl-ctrl-attrib').innerText();
      expect(credits).toContain('OpenFreeMap © OpenMapTiles, data from OpenStreetMap');
      expect(credits).not.toContain('remote credit');
      // No glyphs or sprites are fetched from it.
      expect(requests.some((r) => r.startsWith('/ofm/fonts/'))).toBe(false);

      await page.getByRole('complementary', { name: 'Layers' }).getByRole('radio', { name: /Built-in offline map/ }).check();
      await expect.poll(() => onlineLayers(page)).toEqual([]);
      expect(await magentaShare(page)).toBe(0);
      expect(await page.locator('.maplibregl-ctrl-attrib').innerText()).not.toContain('OpenFreeMap');
    });
  }, 60_000);

  it('no answer in time, and no connection at all: the built-in map comes back with the reason, in the UI language', async () => {
    await withAtlas({ query: '?lang=zh-Hant', cfg: config({ tianditu: { tiles: TDT_TEMPLATE('slow'), subdomains: [''], maxzoom: 18 }, openfreemap: { style: `${UNREACHABLE}style.json` }, timeoutSeconds: 2 }) }, async (page) => {
      await page.evaluate((key) => window.gbaAtlas.run('basemap.key', { key }), GOOD);
      await page.evaluate(() => window.gbaAtlas.run('basemap.set', { basemap: 'tianditu-vector' }));
      const notices = page.locator('.notice-bar');
      await expect.poll(() => notices.allInnerTexts().then((t) => t.join('\n')), { timeout: 15_000 }).toContain('底圖「天地圖 向量」無法載入（2 秒內無回應）');
      expect(await basemapOf(page)).toBe('offline');
      await page.evaluate(() => window.gbaAtlas.run('basemap.set', { basemap: 'openfreemap' }));
      await expect.poll(() => notices.allInnerTexts().then((t) => t.join('\n')), { timeout: 15_000 }).toContain('底圖「OpenFreeMap」無法載入（無法連線');
      expect(await basemapOf(page)).toBe('offline');
      expect(await onlineLayers(page)).toEqual([]);
      // A link naming Tianditu in a browser without a key: the built-in map, and a word on how to add one.
      await page.evaluate(() => window.gbaAtlas.run('basemap.key', { key: null }));
      await page.evaluate(() => window.gbaAtlas.setState({ basemap: 'tianditu-vector' }));
      await expect.poll(() => notices.allInnerTexts().then((t) => t.join('\n'))).toContain('天地圖需要您自己的金鑰');
      expect(await basemapOf(page)).toBe('offline');
    });
  }, 60_000);
});
