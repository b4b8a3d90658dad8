// The summary panel: a planner sees the plan items counted by theme, lead unit, document and target
// year, clicks a bar to filter, and watches the other charts (and the item list) follow.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEMES, type PlanDoc, type PlanItem, type Unit } from '../../src/contracts/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForLink, type AtlasPage } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const items = JSON.parse(readFileSync(resolve(root, 'public/data/plan-items.json'), 'utf8')) as PlanItem[];
const docs = JSON.parse(readFileSync(resolve(root, 'public/data/plan-docs.json'), 'utf8')) as PlanDoc[];
const proper = items.filter((i) => i.kind !== 'context');
const units = JSON.parse(readFileSync(resolve(root, 'public/data/units.json'), 'utf8')) as Unit[];
const today = new Map(units.filter((u) => u.renamedTo).map((u) => [u.name, u.renamedTo!.name]));
/** The leads an item counts for (issue #13): its own, else its annex task's, each under today's name. */
const leadsOf = (i: PlanItem) => (i.leadUnits.length ? i.leadUnits : (i.inherited?.leadUnits ?? [])).map((n) => today.get(n) ?? n);
const LEAD = '省交通运输厅';
const led = proper.filter((i) => leadsOf(i).includes(LEAD));
const ndrc = proper.filter((i) => leadsOf(i).includes('省发展改革委'));

/** The accessible name each chart's bar should have, for a given set of items. */
const docNames = (set: PlanItem[]) => docs.map((d) => `${d.id} ${d.titles['zh-Hans']}：${set.filter((i) => i.docId === d.id).length} 项`);
const themeNames = (set: PlanItem[]) => THEMES.map((t) => `${t.label['zh-Hans']}：${set.filter((i) => i.themes.includes(t.id)).length} 项`);

let browser: Browser;
let atlas: AtlasPage;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  // A common desktop height: every chart fits on one screen.
  atlas = await openAtlas(browser, { viewport: { width: 1280, height: 1024 } });
  page = atlas.page;
  await page.getByRole('button', { name: '统计', exact: true }).click();
  await page.locator('.summary-body').waitFor();
});
afterAll(async () => {
  await atlas?.close();
  await browser?.close();
});

const panel = () => page.getByRole('complementary', { name: '统计' });
const chart = (title: string) => panel().getByRole('region', { name: title });
const barNames = (title: string) => chart(title).getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
const shownText = () => panel().locator('.summary-shown').innerText();

describe('summary panel', () => {
  it('counts every item proper per document and theme before any filter', async () => {
    // Its own 12 (001, 002 and 004's annex) and the 004 paragraphs and entries inheriting it from the annex.
    expect(led.length).toBeGreaterThan(30);
    expect(await shownText()).toBe(`符合条件的事项：${proper.length} 项（共 ${proper.length} 项）`);
    expect(await barNames('按文件')).toEqual(docNames(proper));
    expect((await barNames('按主题')).sort()).toEqual(themeNames(proper).sort());
    // Lead units: the top 12 and the rest in one “其他” row.
    expect(await chart('按牵头单位（前 12 个）').getByRole('button').count()).toBe(12);
    expect(await chart('按牵头单位（前 12 个）').getByRole('img', { name: /^其他 \d+ 个单位/ }).count()).toBe(1);
  });

  it('clicking the 省交通运输厅 bar narrows the other charts to its items (inherited leads included), and the item list and URL follow', async () => {
    const bar = panel().getByRole('button', { name: `${LEAD}：${led.length} 项`, exact: true });
    await bar.click();
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    expect(await shownText()).toBe(`符合条件的事项：${led.length} 项（共 ${proper.length} 项）`);
    expect(await panel().locator('.summary-active li').allInnerTexts()).toEqual([`牵头单位：${LEAD}`]);
    // Its items per document (counted from plan-items.json by docNames): 004's are most of them.
    expect(await barNames('按文件')).toEqual(docNames(led));
    expect(led.filter((i) => i.docId === '004').length).toBeGreaterThan(led.length / 2);
    expect((await barNames('按主题')).sort()).toEqual(themeNames(led).sort());
    const transport = led.filter((i) => i.themes.includes('transport')).length;
    expect(await chart('按主题').getByRole('button').first().getAttribute('aria-label')).toBe(`交通与口岸：${transport} 项`);
    // Its own chart still offers the alternatives: the lead counts are those of all items.
    expect(await chart('按牵头单位（前 12 个）').getByRole('button', { name: `省发展改革委：${ndrc.length} 项`, exact: true }).count()).toBe(1);
    await page.waitForFunction((lead) => decodeURIComponent(location.hash).includes(`lead=${lead}`), LEAD);
    await waitForLink(page, 'panel=summary');
    await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/summary.png') });

    // The item list shows the same filter.
    await page.getByRole('button', { name: '规划事项', exact: true }).click();
    await page.locator('.item-list').waitFor();
    expect(await page.getByRole('combobox', { name: '牵头单位' }).inputValue()).toBe(LEAD);
    expect(await page.locator('.item-count').innerText()).toBe(`显示 ${led.length} / ${items.length} 项`);
    expect(await page.locator('.item-list > li').first().getAttribute('data-item-id')).toBe(led[0]!.id);
    await page.getByRole('button', { name: '统计', exact: true }).click();
    await page.locator('.summary-body').waitFor();
  });

  it('works from the keyboard: Enter sets a bar’s filter, Space clears it', async () => {
    const transport = led.filter((i) => i.themes.includes('transport'));
    const bar = chart('按主题').getByRole('button', { name: `交通与口岸：${transport.length} 项`, exact: true });
    await bar.focus();
    await page.keyboard.press('Enter');
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    expect(await shownText()).toBe(`符合条件的事项：${transport.length} 项（共 ${proper.length} 项）`);
    expect(await barNames('按文件')).toEqual(docNames(transport));
    await waitForLink(page, 'theme=transport');
    // Still focused after the charts re-render; Space toggles it off.
    expect(await bar.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press(' ');
    expect(await bar.getAttribute('aria-pressed')).toBe('false');
    expect(await barNames('按文件')).toEqual(docNames(led));
  });

  it('clears every filter with one control, and a shared link restores the charts', async () => {
    await panel().getByRole('button', { name: '清除筛选' }).click();
    expect(await shownText()).toBe(`符合条件的事项：${proper.length} 项（共 ${proper.length} 项）`);
    expect(await panel().locator('.bar-row[aria-pressed="true"]').count()).toBe(0);
    await waitForLink(page, 'lead=', false);

    const atlas2 = await openAtlas(browser, { hash: `#panel=summary&lead=${encodeURIComponent(LEAD)}` });
    try {
      const p = atlas2.page;
      const bar = p.getByRole('button', { name: `${LEAD}：${led.length} 项`, exact: true });
      await bar.waitFor();
      expect(await bar.getAttribute('aria-pressed')).toBe('true');
      expect(await p.locator('.summary-shown').innerText()).toBe(`符合条件的事项：${led.length} 项（共 ${proper.length} 项）`);
      expect(atlas2.consoleErrors).toEqual([]);
    } finally {
      await atlas2.close();
    }
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('speaks English with ?lang=en', async () => {
    const atlas2 = await openAtlas(browser, { query: '?lang=en', hash: '#panel=summary&theme=transport' });
    try {
      const p = atlas2.page;
      const transport = proper.filter((i) => i.themes.includes('transport'));
      const bar = p.getByRole('complementary', { name: 'Summary' }).getByRole('button', { name: `Transport & border crossings: ${transport.length} items`, exact: true });
      await bar.waitFor();
      expect(await bar.getAttribute('aria-pressed')).toBe('true');
      expect(await p.locator('.summary-shown').innerText()).toBe(`Matching items: ${transport.length} (of ${proper.length})`);
      await p.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/summary-en.png') });
    } finally {
      await atlas2.close();
    }
  });
});
