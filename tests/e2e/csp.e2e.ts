// The built app under the strict Content-Security-Policy an agency can copy from the README: a user's
// tour of the full app, an embed (alone and framed by a page on another origin), the service worker
// and the web manifest, all with no violation and no request leaving the app's origin. Violations are
// seen three ways: a `securitypolicyviolation` listener in every frame (installed before any page
// script), Chromium's console messages about the policy, and the policy's own `report-uri`, which
// also hears from the map's worker and the service worker. A positive control proves the listeners
// hear a violation when there is one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { waitForAtlasReady, waitForMapSettled } from './atlasPage.ts';
import { APP_PATH } from './global-setup.ts';

/** The header of the README, word for word. */
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";

const root = resolve(import.meta.dirname, '../..');
// The folder global-setup built (E2E_DIST, as there).
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');

interface Violation {
  where: string;
  what: string;
}

let browser: Browser;
let app: StaticServer;
let host: StaticServer;
let hostDir: string;
let reportServer: Server;
let reportOrigin: string;
/** What the policy's report-uri received: violations in any document or worker. */
const reports: string[] = [];
let appUrl: string;

beforeAll(async () => {
  browser = await launchChromium();
  reportServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method === 'POST') reports.push(body);
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    });
  });
  await new Promise<void>((ok) => reportServer.listen(0, '127.0.0.1', ok));
  reportOrigin = `http://127.0.0.1:${(reportServer.address() as AddressInfo).port}`;
  app = await startStaticServer([{ prefix: APP_PATH, dir: dist }], {
    headers: { 'content-security-policy': `${CSP}; report-uri ${reportOrigin}/csp-report` },
  });
  appUrl = `${app.origin}${APP_PATH}`;
  // A host page on a second origin, framing the atlas as an agency's page would.
  hostDir = mkdtempSync(join(tmpdir(), 'gba-csp-host-'));
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>
<h1>An agency page</h1>
<iframe src="${appUrl}?embed=1#map=9/22.25/113.3" width="600" height="400" title="GBA Plan Atlas"></iframe>
</body></html>`,
  );
  host = await startStaticServer([{ prefix: '/', dir: hostDir }]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  await new Promise<void>((ok) => (reportServer ? reportServer.close(() => ok()) : ok()));
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

interface CspPage {
  context: BrowserContext;
  page: Page;
  violations: Violation[];
  foreignRequests: string[];
  consoleErrors: string[];
}

/** A fresh context whose every frame reports violations before any of its own scripts runs. */
async function openContext({ serviceWorkers = 'block', allowed = [] }: { serviceWorkers?: 'allow' | 'block'; allowed?: string[] } = {}): Promise<CspPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers });
  const violations: Violation[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.exposeBinding('__cspViolation', ({ frame }: { frame: Frame }, what: string) => {
    violations.push({ where: frame.url(), what });
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __cspViolation: (what: string) => void }).__cspViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} "${e.sample}"`),
      true,
    );
  });
  // The context's requests include its workers' and service worker's.
  const origins = [app.origin, ...allowed];
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(`${reportOrigin}/`)) return; // the test's own report-uri
    if (!origins.some((o) => url.startsWith(`${o}/`)) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const page = await context.newPage();
  context.on('page', (p) => watchConsole(p, violations, consoleErrors));
  watchConsole(page, violations, consoleErrors);
  return { context, page, violations, foreignRequests, consoleErrors };
}

function watchConsole(page: Page, violations: Violation[], consoleErrors: string[]): void {
  page.on('console', (m) => {
    const text = m.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) violations.push({ where: m.location().url, what: `console: ${text}` });
    else if (m.type() === 'error') consoleErrors.push(text);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
}

/** Until the report-uri has heard `n` reports, or `ms` have passed (reports are sent asynchronously). */
async function reportsSettle(ms = 1000, n = Infinity): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && reports.length < n) await new Promise((ok) => setTimeout(ok, 50));
}

/** The same as waitForAtlasReady, for a frame (a cross-origin one is reached through Playwright). */
async function frameReady(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => typeof window.gbaAtlas?.on === 'function', undefined, { timeout: 60_000 });
  await frame.evaluate(() => new Promise<void>((ok) => window.gbaAtlas.on('ready', () => ok())));
}

async function expectClean(p: CspPage): Promise<void> {
  await reportsSettle();
  expect(p.violations).toEqual([]);
  expect(reports).toEqual([]);
  expect(p.foreignRequests).toEqual([]);
  expect(p.consoleErrors).toEqual([]);
}

describe('under the strict Content-Security-Policy', () => {
  it('is really in force: an inline script and a blob: worker are reported (positive control)', { timeout: 90_000 }, async () => {
    const p = await openContext();
    try {
      await p.page.goto(appUrl);
      await waitForAtlasReady(p.page);
      const header = await p.page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      expect(header).toContain(CSP);
      // What an inline <script> in index.html, or a worker made from a Blob, would do.
      const ran = await p.page.evaluate(() => {
        const w = window as unknown as { inlineRan?: boolean };
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true;';
        document.head.append(s);
        try {
          const worker = new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' })));
          worker.terminate();
        } catch {
          // Chromium throws for a worker-src violation; the event is fired all the same.
        }
        return w.inlineRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => p.violations.map((v) => v.what.split(' ')[0]).filter((d) => d !== 'console:').sort(), { timeout: 5000 }).toEqual(['script-src-elem', 'worker-src']);
      expect(p.violations.some((v) => v.what.startsWith('console:'))).toBe(true);
      await reportsSettle(5000, 2);
      expect(reports.length).toBeGreaterThanOrEqual(2);
    } finally {
      await p.context.close();
      await reportsSettle(500);
      reports.length = 0;
    }
  });

  it('a user’s tour of the full app: panels, charts, a search, a click on the map, sharing, a deck', { timeout: 180_000 }, async () => {
    reports.length = 0;
    const p = await openContext();
    const { page } = p;
    try {
      await page.goto(appUrl);
      await waitForAtlasReady(page);
      // The items panel, and a place found by its search.
      await page.getByRole('button', { name: '规划事项', exact: true }).click();
      await page.locator('.item-count').waitFor();
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('南沙');
      await page.getByRole('region', { name: '地点' }).getByRole('button', { name: '南沙' }).first().click();
      const card = page.getByRole('region', { name: '所选地区' });
      await card.getByRole('heading', { level: 2 }).waitFor();
      await waitForMapSettled(page);
      // The layers panel, then the summary and its charts.
      await page.getByRole('button', { name: '图层', exact: true }).click();
      await page.getByRole('complementary', { name: '图层' }).waitFor();
      await page.getByRole('button', { name: '统计', exact: true }).click();
      await page.locator('.summary-body svg').first().waitFor();
      // A city clicked on the map.
      await page.evaluate(() => window.gbaAtlas.setState({ selection: null }));
      await page.locator('.toolbar button[aria-pressed="true"]').click(); // close the panel
      await waitForMapSettled(page);
      // A point inside a city with no place or line drawn over it (a click there means the city).
      const at = await page.evaluate(() => {
        const map = window.gbaAtlas.map!;
        const box = map.getCanvas().getBoundingClientRect();
        for (let y = box.height / 4; y < box.height; y += 8) {
          for (let x = box.width / 4; x < box.width; x += 8) {
            const hits = map.queryRenderedFeatures([x, y]);
            const overlay = hits.some((f) => (f.source === 'structures' || f.source.startsWith('places-')) && f.layer.type !== 'fill');
            if (!overlay && hits.some((f) => f.layer.id === 'cities-fill')) return { x: box.left + x, y: box.top + y };
          }
        }
        throw new Error('no clear point inside a city');
      });
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(() => window.gbaAtlas.getState().selection?.kind === 'admin');
      await card.waitFor();
      // The keyboard shortcuts dialog.
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      // The share dialog, whose live preview frames the atlas (same origin) in embed mode.
      await page.getByRole('button', { name: '分享', exact: true }).click();
      const preview = await page.locator('.share-dialog iframe').elementHandle({ timeout: 30_000 });
      await frameReady((await preview!.contentFrame())!);
      await page.keyboard.press('Escape');
      await page.locator('.share-dialog').waitFor({ state: 'detached' });
      // The deck chooser, a deck presented, and the next slide.
      await page.getByRole('button', { name: '演示', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: /一核三极、两圈四轴/ }).click();
      await page.waitForFunction(() => window.gbaAtlas.getState().presentation?.slide === 1);
      await page.locator('.present-count').waitFor();
      await waitForMapSettled(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => window.gbaAtlas.getState().presentation?.slide === 2);
      await page.locator('.present-count').filter({ hasText: /\b2 \/ \d+/ }).waitFor();
      await waitForMapSettled(page);
      // A deck opened from its link, another slide.
      await page.goto(`${appUrl}#present=structure&slide=3`);
      await waitForAtlasReady(page);
      await page.locator('.present-count').filter({ hasText: /\b3 \/ \d+/ }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('.present-count').filter({ hasText: /\b4 \/ \d+/ }).waitFor();
      await waitForMapSettled(page);
      await expectClean(p);
    } finally {
      await p.context.close();
    }
  });

  it('an embed, alone and framed by a page on another origin', { timeout: 90_000 }, async () => {
    reports.length = 0;
    const p = await openContext({ allowed: [host.origin] });
    const { page } = p;
    try {
      await page.goto(`${appUrl}?embed=1#map=9/22.25/113.3`);
      await waitForAtlasReady(page);
      await page.goto(`${host.origin}/`);
      const frame = page.frames().find((f) => f.url().startsWith(appUrl));
      expect(frame).toBeDefined();
      await frameReady(frame!);
      expect(await frame!.evaluate(() => window.gbaAtlas.getState().status)).toBe('ready');
      await expectClean(p);
    } finally {
      await p.context.close();
    }
  });

  it('the service worker registers and precaches the app, and the web manifest loads', { timeout: 120_000 }, async () => {
    reports.length = 0;
    const p = await openContext({ serviceWorkers: 'allow' });
    const { page } = p;
    try {
      await page.goto(appUrl);
      await waitForAtlasReady(page);
      // src/app/offline.ts registers sw.js after load; its install (importScripts, precaching) must pass.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      // Chromium fetches the manifest only when asked (install prompts, DevTools): ask, under the policy.
      const cdp = await p.context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
      expect(manifest.url).toBe(`${appUrl}manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ short_name: '大湾区规划图集' });
      // A reload served by the service worker, still under the policy.
      await page.reload();
      await waitForAtlasReady(page);
      await expectClean(p);
    } finally {
      await p.context.close();
    }
  });
});
