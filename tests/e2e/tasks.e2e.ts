// “Which tasks does 省交通运输厅 lead, and where?” asked as a planner would: a lead filter finds the annex tasks and every
// paragraph and 专栏 entry under them, each inherited department says so, “count only what the text says” takes the
// inherited ones away, and a box entry leads to the annex task implementing it, which is drawn at its places.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { LinksFile } from '../../src/contracts/links.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForLink } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const items = JSON.parse(readFileSync(resolve(root, 'public/data/plan-items.json'), 'utf8')) as PlanItem[];
const links = JSON.parse(readFileSync(resolve(root, 'public/data/links.json'), 'utf8')) as LinksFile;
const LEAD = '省交通运输厅';
// What the issue asks the filter to find, read from the data: the items leading it themselves, and those that name no
// department and take it from their annex task (context paragraphs are listed only on request).
const proper = items.filter((i) => i.kind !== 'context');
const own = proper.filter((i) => i.leadUnits.includes(LEAD));
const inherited = proper.filter((i) => !i.leadUnits.length && !i.partnerUnits.length && i.inherited?.leadUnits.includes(LEAD));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('which tasks does 省交通运输厅 lead, and where?', () => {
  it('lists the annex tasks and every paragraph and entry under them, tags the inherited leads, and counts only the text on request', async () => {
    expect(inherited.length).toBeGreaterThan(20);
    const atlas = await openAtlas(browser, { hash: '#panel=items' });
    try {
      const { page } = atlas;
      await page.getByRole('combobox', { name: '牵头单位' }).selectOption(LEAD);
      const count = page.locator('.item-count');
      await page.waitForFunction((want) => document.querySelector('.item-count')?.textContent?.startsWith(want), `显示 ${own.length + inherited.length} /`);
      // A 专栏1 entry (“六横”) names no department: its lead comes from the road-network task, tagged as such.
      const entry = inherited.find((i) => i.kind === 'box-entry')!;
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill(entry.title);
      const row = page.locator(`.item-list > li[data-item-id="${entry.id}"]`);
      await row.waitFor();
      expect(await row.locator('.item-meta').innerText()).toContain(LEAD);
      expect(await row.locator('.unit-inherited').innerText()).toBe('由任务继承');
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('');
      // Only what the text itself says: the tasks (and older documents' own leads) remain.
      await page.getByRole('checkbox', { name: '只计原文所列' }).check();
      await page.waitForFunction((want) => document.querySelector('.item-count')?.textContent?.startsWith(want), `显示 ${own.length} /`);
      expect(await page.locator('.item-list .unit-inherited').count()).toBe(0);
      expect(await page.evaluate(() => window.gbaAtlas.getState().filters.textOnly)).toBe(true);
      await waitForLink(page, 'own=1');
      await page.getByRole('checkbox', { name: '只计原文所列' }).uncheck();
      expect(await count.innerText()).toMatch(new RegExp(`^显示 ${own.length + inherited.length} /`));
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('an energy entry of 专栏4 goes to the energy task (not the water one), which shows what implements it, drawn at their places', async () => {
    const entry = items.find((i) => i.id === '004-box-4-2')!;
    const task = items.find((i) => i.id === entry.tasks![0]!.id)!;
    expect(task.title).toBe('完善安全高效的能源保障体系');
    const atlas = await openAtlas(browser, { hash: `#sel=items:${entry.id}` });
    try {
      const { page } = atlas;
      const card = page.locator('.selection-card');
      await card.getByRole('heading', { name: /清洁煤电工程/ }).waitFor();
      const facts = await card.locator('.selection-facts').innerText();
      expect(facts).toContain('省能源局');
      expect(facts).toContain('由任务继承');
      expect(facts).not.toContain('省水利厅');
      expect(facts).toContain('依专栏小标题');
      await card.getByRole('button', { name: new RegExp(task.title) }).click();
      await card.getByRole('heading', { name: new RegExp(task.title) }).waitFor();
      expect(await page.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'items', id: task.id });
      await card.getByText(/^实施内容（\d+ 项）$/).click();
      await card.getByRole('button', { name: /清洁煤电工程/ }).waitFor();
      const placed = links.items[task.id]!.inherited!.length;
      expect(await card.locator('.selection-interpretation').innerText()).toBe(`地点由实施内容继承（${placed} 处），见地图`);
      await page.waitForFunction(() => window.gbaAtlas.map!.querySourceFeatures('selection').length > 0);
      await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/task-inherited-places.png') });
      // Back to the entry from the task's list.
      await card.getByRole('button', { name: /清洁煤电工程/ }).click();
      await card.getByRole('heading', { name: /清洁煤电工程/ }).waitFor();
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('a filter by today’s 省生态环境厅 finds the older documents’ tasks given to 省环境保护厅, shown under today’s name with the old one', async () => {
    const older = proper.filter((i) => i.leadUnits.includes('省环境保护厅'));
    expect(older.length).toBeGreaterThan(0);
    const atlas = await openAtlas(browser, { hash: `#panel=items&lead=${encodeURIComponent('省生态环境厅')}&doc=001` });
    try {
      const { page } = atlas;
      const row = page.locator(`.item-list > li[data-item-id="${older.find((i) => i.docId === '001')!.id}"]`);
      await row.waitFor();
      expect(await row.locator('.item-meta').innerText()).toContain('省生态环境厅（原名 省环境保护厅）');
      // The facet offers today's body, with its former name.
      const option = page.getByRole('combobox', { name: '牵头单位' }).locator('option[value="省生态环境厅"]');
      expect(await option.innerText()).toMatch(/^省生态环境厅（原名 省环境保护厅）/);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('a structure card names the plan item that defines the element, and opens it', async () => {
    // 第二章 of 004 is now items: the 一核 is defined by the paragraph opening 珠海核心 (004 line 193).
    const def = items.find((i) => i.docId === '004' && i.kind === 'framework' && i.text.startsWith('珠海核心。'))!;
    expect(def.sourceLines[0]).toBeLessThanOrEqual(193);
    const atlas = await openAtlas(browser, { hash: '#sel=structures:core-zhuhai' });
    try {
      const { page } = atlas;
      const card = page.locator('.selection-card');
      await card.getByRole('heading', { name: '定义它的规划事项' }).waitFor();
      await card.getByRole('region', { name: '定义它的规划事项' }).getByRole('button', { name: def.title, exact: true }).click();
      await page.waitForFunction((id) => window.gbaAtlas.getState().selection?.id === id, def.id);
      await card.locator('.item-text').filter({ hasText: '充分发挥珠海经济特区的开放优势' }).waitFor();
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
