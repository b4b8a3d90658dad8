// Image export as a user and a host page use it: the dialog from the toolbar downloads a PNG; the API
// resolves with one. The PNGs are decoded here and looked at by region: their size per preset, the title
// band (it changes with the title, the map does not), the legend beside the map (present while layers
// are on, blank with every layer off), the map itself (a tiled render, as a GPU with a small canvas limit
// needs, matches the one-piece render), and the on-screen map never moves.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLayout, pageSize } from '../../src/export/image/layout.ts';
import { readDpi } from '../../src/export/image/pngDpi.ts';
import { LAYER_GROUP_IDS } from '../../src/kernel/layerGroups.ts';
import { launchChromium } from '../support/chromium.ts';
import { withAtlas as withPage, type openAtlas } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The shared check (no console error, no request off the app's origin), with the page. */
const withAtlas = (opts: Parameters<typeof openAtlas>[1], body: (page: Page) => Promise<void>) => withPage(browser, opts, (atlas) => body(atlas.page));

interface Exported {
  result: { ok: boolean; error?: string };
  type?: string;
  base64?: string;
  moves: number;
  viewKept: boolean;
}

/** Runs `export.image` through the public API and returns the PNG's bytes, and whether the map on screen moved. */
async function exportViaApi(page: Page, args: unknown): Promise<Exported & { png?: Uint8Array }> {
  const out = await page.evaluate(async (a) => {
    const map = window.gbaAtlas.map!;
    const before = JSON.stringify([map.getCenter(), map.getZoom(), map.getBearing()]);
    let moves = 0;
    const count = () => moves++;
    map.on('movestart', count);
    const result = await window.gbaAtlas.run('export.image', a);
    map.off('movestart', count);
    const viewKept = JSON.stringify([map.getCenter(), map.getZoom(), map.getBearing()]) === before;
    if (!result.ok || !(result.result instanceof Blob)) return { result, moves, viewKept };
    const blob = result.result;
    const base64 = await new Promise<string>((ok) => {
      const r = new FileReader();
      r.addEventListener('load', () => ok(String(r.result).slice(String(r.result).indexOf(',') + 1)));
      r.readAsDataURL(blob);
    });
    return { result: { ok: true }, type: blob.type, base64, moves, viewKept };
  }, args);
  return { ...out, png: out.base64 ? new Uint8Array(Buffer.from(out.base64, 'base64')) : undefined };
}

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

type Rect = { x: number; y: number; width: number; height: number };
/** Pixels of a region (image pixels) that are not near-white. */
function inked(img: PNG, r: Rect): number {
  let n = 0;
  for (let y = Math.floor(r.y); y < Math.min(img.height, r.y + r.height); y++)
    for (let x = Math.floor(r.x); x < Math.min(img.width, r.x + r.width); x++) {
      const i = (y * img.width + x) * 4;
      if (img.data[i]! < 230 || img.data[i + 1]! < 230 || img.data[i + 2]! < 230) n++;
    }
  return n;
}
/** Mean absolute difference per channel (0–255) between two images over a region. */
function meanDiff(a: PNG, b: PNG, r: Rect): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.floor(r.y); y < r.y + r.height; y++)
    for (let x = Math.floor(r.x); x < r.x + r.width; x++) {
      const i = (y * a.width + x) * 4;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c]! - b.data[i + c]!);
      n += 3;
    }
  return sum / n;
}
/** A layout box in image pixels, shrunk by `inset` CSS pixels (clear of frames and anti-aliased edges). */
const px = (b: Rect, scale: number, inset = 0): Rect => ({ x: (b.x + inset) * scale, y: (b.y + inset) * scale, width: (b.width - 2 * inset) * scale, height: (b.height - 2 * inset) * scale });

describe('export image', () => {
  it('downloads a PNG from the toolbar’s dialog, with the title typed in, at 1920 × 1080', async () => {
    await withAtlas({ query: '?lang=en', contextOptions: { acceptDownloads: true } }, async (page) => {
      await page.getByRole('button', { name: 'Export image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export image' });
      const title = dialog.getByRole('textbox', { name: 'Title' });
      await expect.poll(() => title.inputValue()).toBe('GBA Plan Atlas');
      await title.fill('Cross-river links, west bank');
      await dialog.getByRole('radio', { name: /1920 × 1080/ }).check();
      // Each size says how many pixels it makes (the screen's: this window's map at its pixel ratio).
      expect(await dialog.getByText('1280 × 800 px').count()).toBe(1);
      expect(await dialog.getByText('3508 × 2480 px').count()).toBe(1);
      const download = page.waitForEvent('download', { timeout: 90_000 });
      await dialog.getByRole('button', { name: 'Download PNG' }).click();
      await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Making the image…');
      const file = await download;
      const day = new Date().toISOString().slice(0, 10);
      expect(file.suggestedFilename()).toBe(`gba-plan-atlas_${day}_1920x1080.png`);
      const img = decode(readFileSync((await file.path())!));
      expect([img.width, img.height]).toEqual([1920, 1080]);
      await expect.poll(() => dialog.getByRole('status').innerText()).toBe('The image has been downloaded.');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    });
  }, 120_000);

  it('through the API: the title band follows the title, the map is the same, the legend goes with the layers, the screen never moves', async () => {
    await withAtlas({ hash: '#map=8/22.6/113.4' }, async (page) => {
      const a = await exportViaApi(page, { preset: '1920x1080', title: '珠江口西岸 交通' });
      const b = await exportViaApi(page, { preset: '1920x1080', title: '另一个标题，长一些，用来比较标题区域' });
      for (const r of [a, b]) {
        expect(r.result).toEqual({ ok: true });
        expect(r.type).toBe('image/png');
        expect(r.moves).toBe(0);
        expect(r.viewKept).toBe(true);
        // The document is not left with the off-screen map's container.
        expect(await page.locator('[data-export]').count()).toBe(0);
      }
      const [ia, ib] = [decode(a.png!), decode(b.png!)];
      expect([ia.width, ia.height]).toEqual([1920, 1080]);
      const layout = pageLayout(pageSize('1920x1080', { width: 1280, height: 800, pixelRatio: 1 }));
      // The title band has ink, and differs between the two titles; the map is the same map.
      expect(inked(ia, px(layout.title, 1))).toBeGreaterThan(200);
      expect(meanDiff(ia, ib, px(layout.title, 1))).toBeGreaterThan(1);
      expect(meanDiff(ia, ib, px(layout.map, 1, 60))).toBeLessThan(0.5);
      // The legend beside the map lists what is drawn; the map is not blank either.
      expect(inked(ia, px(layout.legendMax, 1))).toBeGreaterThan(2000);
      expect(inked(ia, px(layout.map, 1, 4))).toBeGreaterThan(layout.map.width * layout.map.height * 0.5);
      // With every layer off, the legend column is blank.
      await page.evaluate((ids) => window.gbaAtlas.run('layers.set', { layers: Object.fromEntries(ids.map((id) => [id, false])) }), [...LAYER_GROUP_IDS]);
      const off = await exportViaApi(page, { preset: '1920x1080', title: '珠江口西岸 交通' });
      expect(inked(decode(off.png!), px(layout.legendMax, 1))).toBe(0);
      // A bad preset or title is refused with a message, and nothing is drawn.
      const bad = await page.evaluate(async () => [
        await window.gbaAtlas.run('export.image', { preset: 'a3' }),
        await window.gbaAtlas.run('export.image', { preset: 'screen', title: 42 }),
        await window.gbaAtlas.run('export.image', { preset: 'screen', constructor: 1 }),
      ]);
      expect(bad[0]).toMatchObject({ ok: false, error: expect.stringContaining('preset must be one of screen, 1920x1080, a4-300dpi') });
      expect(bad[1]).toMatchObject({ ok: false, error: expect.stringContaining('title must be text') });
      expect(bad[2]).toMatchObject({ ok: false, error: expect.stringContaining('unknown argument') });
    });
  }, 180_000);

  it('makes A4 landscape at 300 dpi (3508 × 2480, marked 300 dpi) in one piece, and the same map in tiles where the GPU allows only 2048 px', async () => {
    await withAtlas({ query: '?lang=zh-Hant', hash: '#panel=items' }, async (page) => {
      const whole = await exportViaApi(page, { preset: 'a4-300dpi' });
      expect(whole.result).toEqual({ ok: true });
      expect(whole.viewKept).toBe(true);
      expect(readDpi(whole.png!)).toBe(300);
      const img = decode(whole.png!);
      expect([img.width, img.height]).toEqual([3508, 2480]);
      const size = pageSize('a4-300dpi', { width: 1280, height: 800, pixelRatio: 1 });
      const layout = pageLayout(size);
      expect(inked(img, px(layout.title, size.scale))).toBeGreaterThan(2000);
      expect(inked(img, px(layout.legendMax, size.scale))).toBeGreaterThan(5000);

      // A GPU whose canvas may be at most 2048 px a side: the map is drawn in tiles and stitched.
      await page.evaluate(() => {
        const original = WebGL2RenderingContext.prototype.getParameter;
        WebGL2RenderingContext.prototype.getParameter = function (this: WebGL2RenderingContext, p: number) {
          if (p === this.MAX_RENDERBUFFER_SIZE) return 2048;
          if (p === this.MAX_VIEWPORT_DIMS) return new Int32Array([2048, 2048]);
          return original.call(this, p);
        };
      });
      const tiled = await exportViaApi(page, { preset: 'a4-300dpi' });
      expect(tiled.result).toEqual({ ok: true });
      const timg = decode(tiled.png!);
      expect([timg.width, timg.height]).toEqual([3508, 2480]);
      // The same picture: a misplaced tile would differ by tens of levels; labels near seams may shift a little.
      expect(meanDiff(img, timg, px(layout.map, size.scale, 4))).toBeLessThan(4);
    });
  }, 240_000);
});
