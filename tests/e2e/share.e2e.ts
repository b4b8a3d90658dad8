// Share & embed, as someone putting the map on their own site uses it: the dialog opens by its command
// with focus in it, copies the link to the view, and Esc closes it; the options change the snippet,
// the preview loads exactly the snippet's URL at the snippet's size and shows its language and
// slide; and the snippet, pasted into a plain HTML page on another origin, shows the atlas there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { openAtlas, type AtlasPage } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function withAtlas(options: Parameters<typeof openAtlas>[1], fn: (atlas: AtlasPage) => Promise<void>) {
  const atlas = await openAtlas(browser, options);
  try {
    await fn(atlas);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  } finally {
    await atlas.close();
  }
}

async function openShare(page: Page) {
  expect(await page.evaluate(() => window.gbaAtlas.run('share.open'))).toEqual({ ok: true });
  const dialog = page.getByRole('dialog', { name: '分享与嵌入' });
  await dialog.waitFor();
  return dialog;
}

/** The iframe of a snippet, as a browser's HTML parser reads it (so the escaping is checked too). */
function parseSnippet(page: Page, html: string) {
  return page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const frames = [...doc.querySelectorAll('iframe')];
    const f = frames[0];
    if (!f || frames.length !== 1) throw new Error(`not one iframe: ${h}`);
    const attrs = Object.fromEntries([...f.attributes].map((a) => [a.name, a.value]));
    return { attrs, scripts: [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src')), text: doc.body.textContent ?? '' };
  }, html);
}

/** The snippet now in the dialog's code field, parsed. */
async function snippetNow(page: Page) {
  const html = await page.getByRole('textbox', { name: '嵌入代码' }).inputValue();
  return { html, ...(await parseSnippet(page, html)) };
}

/** Until the preview frame loads `src`, then that frame once its atlas is ready. */
async function previewFrame(page: Page, src: string): Promise<Frame> {
  await page.waitForFunction((want) => document.querySelector('iframe.share-preview')?.getAttribute('src') === want, src, { timeout: 5000 });
  const handle = await page.locator('iframe.share-preview').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no preview frame');
  await frame.waitForURL(src);
  await waitForFrameReady(frame);
  return frame;
}

async function waitForFrameReady(frame: Frame) {
  await frame.waitForFunction(() => typeof window.gbaAtlas?.on === 'function', undefined, { timeout: 30_000 });
  await frame.evaluate(() => new Promise<void>((ok) => window.gbaAtlas.on('ready', () => ok())));
}

describe('the share & embed dialog', () => {
  it('opens by its command with focus in it, copies the link to this view, and Esc closes it', { timeout: 180_000 }, async () => {
    await withAtlas({ hash: '#map=10/22.27/113.55&layers=heritage&sel=admin:440400', contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } }, async ({ page }) => {
      const dialog = await openShare(page);
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      const link = dialog.getByRole('textbox', { name: '链接' });
      // Focus is in the dialog, on the link.
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      // The link is this page as it is now: opening it shows the same view.
      await page.waitForFunction(() => location.hash.includes('sel=admin:440400'));
      const url = await link.inputValue();
      expect(url).toBe(await page.evaluate(() => location.href));
      expect(url).toContain('layers=heritage');
      await dialog.getByRole('button', { name: '复制链接' }).click();
      await dialog.getByRole('status').filter({ hasText: '已复制' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      // Keys other than Esc stay in the dialog: S does not open the summary panel behind it.
      await dialog.getByRole('checkbox', { name: /视图/ }).focus();
      await page.keyboard.press('s');
      expect((await page.evaluate(() => window.gbaAtlas.getState())).panel).toBeNull();
      // Esc closes the dialog only (the selection stays).
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await page.evaluate(() => window.gbaAtlas.getState())).selection).toEqual({ kind: 'admin', id: '440400' });
      // The close button closes it too.
      await (await openShare(page)).getByRole('button', { name: '关闭' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    });
  });

  it('makes a snippet from its options, and the preview loads exactly the snippet’s URL at its size, language and slide', { timeout: 180_000 }, async () => {
    await withAtlas({ hash: '#map=9/22.25/113.5&q=港珠澳' }, async ({ page }) => {
      const dialog = await openShare(page);
      // The defaults: responsive, 500 high, the interface language, the default title.
      let s = await snippetNow(page);
      expect(s.attrs).toMatchObject({ width: '100%', height: '500', title: '大湾区规划图集', loading: 'lazy', allowfullscreen: '' });
      expect(s.attrs.src).toMatch(/\?embed=1&lang=zh-Hans#map=9\/22\.25\/113\.5&q=/);
      // Leaving the filters out drops the search.
      await dialog.getByRole('checkbox', { name: /规划事项筛选/ }).uncheck();
      expect((await snippetNow(page)).attrs.src).toMatch(/#map=9\/22\.25\/113\.5$/);

      // Fixed 640 × 360 (a size past the limit is brought back to it), 繁體, the structure deck's third slide.
      await dialog.getByRole('radio', { name: /固定尺寸/ }).check();
      await dialog.getByRole('spinbutton', { name: '宽度' }).fill('9000');
      await dialog.getByRole('spinbutton', { name: '宽度' }).blur();
      expect(await dialog.getByRole('spinbutton', { name: '宽度' }).inputValue()).toBe('4000');
      await dialog.getByRole('spinbutton', { name: '宽度' }).fill('640');
      await dialog.getByRole('spinbutton', { name: '高度' }).fill('360');
      await dialog.getByRole('combobox', { name: '语言' }).selectOption('zh-Hant');
      const deck = dialog.getByRole('combobox', { name: '演示' });
      await deck.locator('option[value="structure"]').waitFor({ state: 'attached' });
      await deck.selectOption('structure');
      await dialog.getByRole('spinbutton', { name: '幻灯片' }).fill('3');
      // The slide sets the view, layers and filters: the current ones are not carried.
      expect(await dialog.getByRole('checkbox', { name: /规划事项筛选/ }).isDisabled()).toBe(true);

      s = await snippetNow(page);
      expect(s.attrs).toMatchObject({ width: '640', height: '360', title: '大灣區規劃圖集' });
      const src = new URL(s.attrs.src!);
      expect(src.searchParams.get('embed')).toBe('1');
      expect(src.searchParams.get('lang')).toBe('zh-Hant');
      expect(src.hash).toBe('#present=structure&slide=3');

      // The preview: the snippet's src and title, at the snippet's size (scaled to fit, and saying so).
      const frame = await previewFrame(page, s.attrs.src!);
      const preview = page.locator('iframe.share-preview');
      expect(await preview.getAttribute('title')).toBe('大灣區規劃圖集');
      expect(await preview.evaluate((el) => [el.clientWidth, el.clientHeight])).toEqual([640, 360]);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      await frame.waitForFunction(() => window.gbaAtlas.getState().presentation?.slide === 3);
      expect((await frame.evaluate(() => window.gbaAtlas.getState())).presentation).toEqual({ deck: 'structure', slide: 3 });
      expect((await frame.evaluate(() => window.gbaAtlas.getState())).filters.query).toBe('');

      // A static figure with chosen controls and the auto-resize line.
      await dialog.getByRole('checkbox', { name: /静态图/ }).check();
      await dialog.getByRole('checkbox', { name: '缩放按钮' }).check();
      await dialog.getByRole('checkbox', { name: /自动调整高度/ }).check();
      await dialog.getByRole('textbox', { name: /标题/ }).fill('規劃 "一核三極" <地圖> & 更多');
      s = await snippetNow(page);
      const appUrl = inject('appUrl');
      expect(s.html.split('\n')).toHaveLength(2);
      expect(s.scripts).toEqual([`${appUrl}embed.js`]);
      expect(s.attrs).toHaveProperty('data-gba-atlas-autoresize');
      expect(s.attrs.title).toBe('規劃 "一核三極" <地圖> & 更多');
      const query = new URL(s.attrs.src!).searchParams;
      expect(query.get('interactive')).toBe('0');
      expect(query.get('controls')).toBe('zoom,fullmap');
      // The preview follows once the typing settles.
      await page.waitForFunction((want) => document.querySelector('iframe.share-preview')?.getAttribute('src') === want, s.attrs.src!, { timeout: 5000 });
      expect(await page.locator('iframe.share-preview').getAttribute('title')).toBe(s.attrs.title!);
    });
  });

  it('gives a snippet that works pasted into a plain HTML page on another origin', { timeout: 180_000 }, async () => {
    let html = '';
    await withAtlas({ hash: '#map=10/22.27/113.55&sel=admin:440400' }, async ({ page }) => {
      const dialog = await openShare(page);
      await dialog.getByRole('spinbutton', { name: '高度' }).fill('420');
      await dialog.getByRole('combobox', { name: '语言' }).selectOption('en');
      html = (await snippetNow(page)).html;
    });
    const dir = mkdtempSync(join(tmpdir(), 'gba-host-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A newsroom page</title><link rel="icon" href="data:,"></head>\n<body style="margin:0">\n<main style="width:700px">\n<h1>Plans for the bay</h1>\n${html}\n</main>\n</body>\n</html>\n`);
    const host = await startStaticServer([{ prefix: '/news/', dir }]);
    const appUrl = inject('appUrl');
    expect(host.origin).not.toBe(new URL(appUrl).origin);
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.goto(`${host.origin}/news/`);
      const iframe = page.locator('iframe');
      expect(await iframe.getAttribute('title')).toBe('GBA Plan Atlas');
      expect(await iframe.evaluate((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height])).toEqual([700, 420]);
      const frame = await (await iframe.elementHandle())?.contentFrame();
      if (!frame) throw new Error('no frame');
      await waitForFrameReady(frame);
      expect(new URL(frame.url()).origin).toBe(new URL(appUrl).origin);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
      const state = await frame.evaluate(() => window.gbaAtlas.getState());
      expect(state.selection).toEqual({ kind: 'admin', id: '440400' });
      expect(state.view.zoom).toBe(10);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
