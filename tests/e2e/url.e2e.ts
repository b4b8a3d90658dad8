// Shareable state: a link restores the view, layers, selection, panel and filters; Back and Forward
// step through discrete changes (not through panning); a broken link is shown, not fatal.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForAtlasReady, waitForLink, waitForMapSettled } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const state = (page: Page) => page.evaluate(() => window.gbaAtlas.getState());
const visibility = (page: Page, layer: string) => page.evaluate((l) => window.gbaAtlas.map!.getLayoutProperty(l, 'visibility') ?? 'visible', layer);
const card = (page: Page) => page.getByRole('region', { name: '所选地区' });

describe('a shared link', () => {
  it('opens on the same view, layers, selection, panel and search', async () => {
    const hash = '#map=9/22.25/113.5&layers=heritage,-structure-axes&sel=places:zuh&panel=items&q=港珠澳&doc=004';
    const atlas = await openAtlas(browser, { hash });
    try {
      const { page } = atlas;
      const s = await state(page);
      expect(s.view.zoom).toBeCloseTo(9, 1);
      expect(s.layers).toEqual({ heritage: true, 'structure-axes': false });
      expect(await visibility(page, 'si-zhou-band')).toBe('none');
      expect(await visibility(page, 'places-heritage-points')).toBe('visible');
      await card(page).getByRole('heading', { level: 2, name: '珠海金湾机场' }).waitFor();
      expect(await page.getByRole('searchbox', { name: '搜索规划事项' }).inputValue()).toBe('港珠澳');
      expect(await page.getByRole('combobox', { name: '文件' }).inputValue()).toBe('004');
      expect(await page.locator('.notice-bar li').count()).toBe(0);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('names what it ignored in a broken link, and the map still works', async () => {
    const atlas = await openAtlas(browser, { hash: '#map=far/away&layers=bogus,heritage&sel=places:nowhere&panel=<b>x</b>' });
    try {
      const { page } = atlas;
      const notices = page.locator('.notice-bar li');
      await page.waitForFunction(() => document.querySelectorAll('.notice-bar li').length >= 2);
      const text = (await notices.allInnerTexts()).join('\n');
      expect(text).toContain('map=far/away');
      expect(text).toContain('layers=bogus');
      expect(text).toContain('panel=<b>x</b>');
      expect(text).toContain('places:nowhere');
      expect(await page.locator('.notice-bar b').count()).toBe(0); // shown as text, never as markup
      expect((await state(page)).layers).toEqual({ heritage: true });
      expect((await state(page)).selection).toBeNull();
      expect((await state(page)).status).toBe('ready');
    } finally {
      await atlas.close();
    }
  });
});

/** The view a link settles on once its selection's card is shown. */
async function settledView(hash: string) {
  const atlas = await openAtlas(browser, { hash });
  try {
    await card(atlas.page).getByRole('heading', { level: 2 }).waitFor();
    await waitForMapSettled(atlas.page);
    return await atlas.page.evaluate(() => ({ zoom: window.gbaAtlas.map!.getZoom(), center: window.gbaAtlas.map!.getCenter().toArray() }));
  } finally {
    await atlas.close();
  }
}

describe('a shared link with an item selected', () => {
  // 004-box-1-1 (“六横”) names expressways across the whole west bank.
  const sel = 'sel=items:004-box-1-1';
  it('opens on the view its sender saw when it carries one, and fits the item’s places when it does not', async () => {
    const kept = await settledView(`#map=11/22.27/113.55&${sel}`);
    expect(kept.zoom).toBeCloseTo(11, 5);
    expect(kept.center[0]).toBeCloseTo(113.55, 5);
    expect(kept.center[1]).toBeCloseTo(22.27, 5);
    const fitted = await settledView(`#${sel}`);
    expect(fitted.zoom).toBeLessThan(10.5);
  });
});

describe('history', () => {
  it('steps back and forward through panels and selections, and a copied link reopens the same state', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await page.getByRole('button', { name: '图层' }).click();
      await page.locator('[data-group="heritage"]').getByRole('checkbox').check();
      await page.evaluate(() => window.gbaAtlas.setState({ selection: { kind: 'admin', id: '440700' } }));
      await card(page).getByRole('heading', { level: 2 }).waitFor();
      await waitForLink(page, 'sel=admin:440700');
      const shared = page.url();

      await page.goBack();
      await page.waitForFunction(() => window.gbaAtlas.getState().selection === null);
      expect((await state(page)).layers).toEqual({ heritage: true });
      await page.goBack();
      await page.waitForFunction(() => Object.keys(window.gbaAtlas.getState().layers).length === 0);
      expect(await page.locator('.layer-panel').count()).toBe(1);
      await page.goBack();
      await page.locator('.layer-panel').waitFor({ state: 'detached' });
      await page.goForward();
      await page.locator('.layer-panel').waitFor();

      const again = await browser.newPage();
      try {
        await again.goto(shared);
        await waitForAtlasReady(again);
        expect(await again.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'admin', id: '440700' });
        expect(await again.evaluate(() => window.gbaAtlas.getState().layers)).toEqual({ heritage: true });
        expect(await again.locator('.layer-panel').count()).toBe(1);
      } finally {
        await again.close();
      }
    } finally {
      await atlas.close();
    }
  });
});
