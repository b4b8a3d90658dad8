// The atlas without a mouse: every control reachable with Tab and visibly focused, panels opened
// with Enter and closed with Esc, and the map described for screen readers.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

it('reaches the toolbar with Tab, shows focus, opens a panel with Enter and closes it with Esc', async () => {
  const atlas = await openAtlas(browser);
  try {
    const { page } = atlas;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { text: el?.textContent?.trim() ?? '', outline: el ? getComputedStyle(el).outlineStyle : 'none' };
      });
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focused()).text === '规划事项';
    }
    expect(found).toBe(true);
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: '规划事项' });
    await panel.waitFor();
    // Lists are real lists.
    await page.locator('.item-list').waitFor();
    expect(await page.locator('ol.item-list > li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  } finally {
    await atlas.close();
  }
});

it('describes the structure to screen readers from the plan’s own data', async () => {
  const atlas = await openAtlas(browser);
  try {
    const { page } = atlas;
    await page.waitForFunction(() => document.querySelector('canvas.maplibregl-canvas')?.getAttribute('aria-describedby'));
    const text = await page.evaluate(() => {
      const id = document.querySelector('canvas.maplibregl-canvas')!.getAttribute('aria-describedby')!;
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(text).toContain('珠海为核心');
    expect(text).toContain('中山、江门、阳江为增长极');
  } finally {
    await atlas.close();
  }
});
