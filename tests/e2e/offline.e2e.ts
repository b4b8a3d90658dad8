// Offline, as a presenter meets it: after one visit the atlas opens with no network at all (the service
// worker has precached the app and every data file), a link's view and language survive an offline
// reload, and a newer version is announced instead of being swapped in under the open page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { openAtlas, waitForAtlasReady } from './atlasPage.ts';
import { APP_PATH } from './global-setup.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Until the service worker is active (so its precache is complete) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** The URLs (relative to the app) held by Workbox's precache. */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache'));
    if (!name) return [];
    const requests = await (await caches.open(name)).keys();
    return requests.map((r) => new URL(r.url).pathname.replace(/^.*?\/maps\/gba\//, ''));
  });

const state = (page: Page) => page.evaluate(() => window.gbaAtlas.getState());

describe('after one visit', () => {
  it('opens and presents with no network at all', async () => {
    const atlas = await openAtlas(browser, { contextOptions: { serviceWorkers: 'allow' } });
    try {
      const { page } = atlas;
      await waitForServiceWorker(page);
      const cached = await precached(page);
      expect(cached).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icon.svg', 'data/plan-items.json', 'data/cities.geojson']));
      expect(cached.some((p) => p.endsWith('.mjs'))).toBe(true); // MapLibre's worker

      await page.context().setOffline(true);
      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      await waitForAtlasReady(page);
      expect((await state(page)).status).toBe('ready');
      // Data read only by the panels is there too.
      const items = await page.evaluate(async () => {
        const r = await fetch('data/plan-items.json');
        return { ok: r.ok, bytes: (await r.text()).length };
      });
      expect(items.ok).toBe(true);
      expect(items.bytes).toBeGreaterThan(100_000);
      await page.getByRole('button', { name: '规划事项' }).click();
      await page.locator('.item-count').waitFor();
      expect(atlas.consoleErrors).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
      // And it was really offline: what the precache does not hold cannot be fetched.
      expect(await page.evaluate(() => fetch('not-precached.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
    } finally {
      await atlas.close();
    }
  });

  it("keeps a link's view and language when reloaded offline", async () => {
    const atlas = await openAtlas(browser, { hash: '#map=9/22.3/113.5&lang=en', contextOptions: { serviceWorkers: 'allow' } });
    try {
      const { page } = atlas;
      await waitForServiceWorker(page);
      await page.context().setOffline(true);
      await page.reload();
      await waitForAtlasReady(page);
      const s = await state(page);
      expect(s.locale).toBe('en');
      expect(s.view.zoom).toBeCloseTo(9, 5);
      expect(s.view.center[0]).toBeCloseTo(113.5, 3);
      expect(s.view.center[1]).toBeCloseTo(22.3, 3);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(decodeURIComponent(page.url())).toContain('map=9/22.3/113.5');
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it("presents a deck offline: its slides and the clicker keys, with presentation mode's code from the cache", async () => {
    const atlas = await openAtlas(browser, { contextOptions: { serviceWorkers: 'allow' } });
    try {
      const { page } = atlas;
      await waitForServiceWorker(page);
      expect(await precached(page)).toEqual(expect.arrayContaining(['data/decks/index.json', 'data/decks/structure.json']));
      await page.context().setOffline(true);
      await page.goto(`${page.url().split('#')[0]}#present=structure&slide=2`);
      await waitForAtlasReady(page);
      await page.locator('.present-count').filter({ hasText: /第 2 \/ \d+ 张/ }).waitFor();
      // Presentation mode's own code (a chunk loaded only now) came from the cache too.
      await page.keyboard.press('PageDown');
      await page.locator('.present-count').filter({ hasText: /第 3 \/ \d+ 张/ }).waitFor();
      await page.locator('.present-quote blockquote').waitFor();
      expect((await state(page)).presentation).toEqual({ deck: 'structure', slide: 3 });
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('a newer version', () => {
  it('is announced, and waits until the atlas is closed instead of replacing the open page', async () => {
    // A copy of the build on a server of its own, so the test can publish a "new version" of it.
    const dir = mkdtempSync(join(tmpdir(), 'gba-atlas-offline-'));
    cpSync(resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist'), dir, { recursive: true });
    const server = await startStaticServer([{ prefix: APP_PATH, dir }]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      await page.goto(`${server.origin}${APP_PATH}`);
      await waitForAtlasReady(page);
      await waitForServiceWorker(page);
      const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
      expect(await page.locator('.notice-bar li').count()).toBe(0); // the first install is quiet

      // Publish: a changed service worker (as any new build makes), then the user opens the atlas again.
      const sw = join(dir, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next version\n`);
      await page.reload();
      await waitForAtlasReady(page);
      await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));
      await page.locator('.notice-bar li span', { hasText: '有新版本可用' }).waitFor({ timeout: 30_000 });
      // Nothing was swapped in: the same page, still served by the old worker, the new one waiting.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
      const after = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: !!reg?.waiting, controller: navigator.serviceWorker.controller === reg?.active };
      });
      expect(after).toEqual({ waiting: true, controller: true });
      expect(first).toContain('/sw.js');
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
