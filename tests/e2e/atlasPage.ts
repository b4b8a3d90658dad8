// Opens the built atlas in a fresh page and records what a user (and a reviewer) would care about:
// console errors and any request that leaves the app's origin.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export interface AtlasPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function openAtlas(
  browser: Browser,
  { hash = '', query = '', waitForReady = true, viewport = { width: 1280, height: 800 }, setup, contextOptions = {} }: {
    hash?: string;
    query?: string;
    waitForReady?: boolean;
    viewport?: { width: number; height: number };
    setup?: (page: Page) => Promise<unknown>;
    /** More options for the browser context (reduced motion, downloads …). */
    contextOptions?: BrowserContextOptions;
  } = {},
): Promise<AtlasPage> {
  const appUrl = inject('appUrl');
  // The built app registers a service worker that precaches everything once the map is ready: only
  // the offline tests want it (elsewhere it would download the whole app again during the test).
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(appUrl).origin;
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await setup?.(page);
  await page.goto(`${appUrl}${query}${hash}`);
  if (waitForReady) await waitForAtlasReady(page);
  return { page, consoleErrors, foreignRequests, close: () => context.close() };
}

/** Resolves when `window.gbaAtlas` emits `ready`: the map is idle with every layer drawn. */
export async function waitForAtlasReady(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.gbaAtlas?.on === 'function');
  await page.evaluate(() => new Promise<void>((ok) => window.gbaAtlas.on('ready', () => ok())));
}

/** The screen position of a lng/lat, so a test can click where a user would. */
export function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.gbaAtlas.map;
    if (!map) throw new Error('no map');
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/** Waits until the address bar (decoded) does, or with `present` false does not, contain `text`:
 * the app writes a step to the URL just after the frame that shows it. */
export async function waitForLink(page: Page, text: string, present = true): Promise<void> {
  await page.waitForFunction(([t, want]) => decodeURIComponent(location.href).includes(t) === want, [text, present] as const, { timeout: 5000 });
}

/** Does `act` (which changes the map synchronously: a click, a jump) and waits until the map has
 * settled: not moving, style and every source loaded. Polls the state rather than waiting for an
 * `idle` event, which an earlier change may fire just before `act` or which may have fired already. */
export async function settledAfter(page: Page, act: () => Promise<unknown>): Promise<void> {
  await act();
  await waitForMapSettled(page);
}

/** Until the map is not moving and its style and every source are loaded. */
export function waitForMapSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const map = window.gbaAtlas.map!;
    return !map.isMoving() && map.loaded();
  });
}

/** Opens the atlas, runs `fn`, and fails on any console error (but those `allowedErrors` matches) or request
 * leaving the app's origin; the page is closed whatever happens. */
export async function withAtlas(browser: Browser, options: Parameters<typeof openAtlas>[1], fn: (atlas: AtlasPage) => Promise<void>, allowedErrors?: RegExp): Promise<void> {
  const atlas = await openAtlas(browser, options);
  try {
    await fn(atlas);
    expect(atlas.consoleErrors.filter((e) => !allowedErrors?.test(e))).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  } finally {
    await atlas.close();
  }
}
