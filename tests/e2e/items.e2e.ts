// The plan corpus in the browser: a planner opens the item list, searches it in either script,
// narrows it to one document, and checks an item's words against the seed lines it cites.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDoc, PlanItem } from '../../src/contracts/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForLink, type AtlasPage } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const items = JSON.parse(readFileSync(resolve(root, 'public/data/plan-items.json'), 'utf8')) as PlanItem[];
const docs = JSON.parse(readFileSync(resolve(root, 'public/data/plan-docs.json'), 'utf8')) as PlanDoc[];
const noSpace = (s: string) => s.replace(/\s+/g, '');

let browser: Browser;
let atlas: AtlasPage;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  atlas = await openAtlas(browser);
  page = atlas.page;
  await page.getByRole('button', { name: '规划事项' }).click();
  await page.locator('.item-list').waitFor();
});
afterAll(async () => {
  await atlas?.close();
  await browser?.close();
});

const countText = () => page.locator('.item-count').innerText();
const search = (q: string) => page.getByRole('searchbox', { name: '搜索规划事项' }).fill(q);

describe('plan items panel', () => {
  it('lists every item of the five documents, preamble paragraphs on request', async () => {
    const proper = items.filter((i) => i.kind !== 'context').length;
    expect(proper).toBeLessThan(items.length);
    expect(await countText()).toBe(`显示 ${proper} / ${items.length} 项`);
    // The list is windowed: a screenful of rows is in the DOM, each saying where it stands in the whole.
    const rows = page.locator('.item-list > li');
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(proper);
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(proper));
    const properIds = items.filter((i) => i.kind !== 'context').map((i) => i.id);
    expect(await rows.first().getAttribute('data-item-id')).toBe(properIds[0]);
    // Scrolled to the end, the last item is there.
    await page.locator('.item-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = page.locator(`.item-list > li[aria-posinset="${proper}"]`);
    await last.waitFor();
    expect(await last.getAttribute('data-item-id')).toBe(properIds.at(-1));
    expect(await last.isVisible()).toBe(true);
    await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/items-panel.png') });
    await page.getByRole('checkbox', { name: '包括导言段落' }).check();
    expect(await countText()).toBe(`显示 ${items.length} / ${items.length} 项`);
  });

  it('finds the same items whether the query is typed in Simplified or Traditional characters', async () => {
    // 港珠澳大桥 appears in items of Simplified documents and in the Traditional 000.
    const expected = items.filter((i) => i.textHans.includes('港珠澳大桥')).length;
    expect(items.some((i) => i.text.includes('港珠澳大橋'))).toBe(true);
    expect(expected).toBeGreaterThan(1);
    await search('港珠澳大桥');
    expect(await countText()).toBe(`显示 ${expected} / ${items.length} 项`);
    await search('港珠澳大橋');
    expect(await countText()).toBe(`显示 ${expected} / ${items.length} 项`);
    await search('');
  });

  it('narrows to one document and combines that with the search', async () => {
    await page.getByRole('combobox', { name: '文件' }).selectOption('002');
    expect(await countText()).toBe(`显示 92 / ${items.length} 项`);
    await search('金融 IC卡');
    const rows = page.locator('.item-list > li');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('.item-number').innerText()).toBe('17．');
  });

  it('expands an item to its verbatim text, which is at the cited lines of the seed', async () => {
    const row = page.locator('.item-list > li').first();
    const head = row.locator('.item-head');
    await head.click();
    expect(await head.getAttribute('aria-expanded')).toBe('true');
    const body = row.locator('.item-body');
    const id = await row.getAttribute('data-item-id');
    const item = items.find((i) => i.id === id)!;
    const doc = docs.find((d) => d.id === item.docId)!;
    const source = await body.locator('.item-source').innerText();
    expect(source).toContain(doc.file);
    const [first, last] = source.match(/第 (\d+)–(\d+) 行/)!.slice(1).map(Number) as [number, number];
    const seedLines = readFileSync(resolve(root, 'seeds', doc.file), 'utf8').split('\n').slice(first - 1, last).join('');
    const shown = await body.locator('p[lang]').allInnerTexts();
    expect(noSpace(seedLines)).toContain(noSpace(shown.join('')));
    expect(await row.locator('.item-meta').innerText()).toContain('人民银行广州分行');
  });

  it('says so when nothing matches, and Esc closes the panel', async () => {
    await search('不存在的事项xyz');
    expect(await page.locator('.item-none').innerText()).toBe('没有符合条件的事项。');
    await page.keyboard.press('Escape');
    await page.locator('.side-panel').waitFor({ state: 'detached' });
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('the long list (windowed)', () => {
  it('moves between rows with the arrow keys, keeps a row open across scrolling, and scrolls an item chosen elsewhere into view', async () => {
    const atlas2 = await openAtlas(browser);
    try {
      const p = atlas2.page;
      await p.getByRole('button', { name: '规划事项' }).click();
      await p.locator('.item-list').waitFor();
      const proper = items.filter((i) => i.kind !== 'context');
      const focusedAt = () => p.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null);
      await p.locator('.item-list > li').first().locator('.item-head').focus();
      await p.keyboard.press('ArrowDown');
      expect(await focusedAt()).toBe('2');
      await p.keyboard.press('Enter');
      expect(await p.locator('.item-list > li[aria-posinset="2"] .item-head').getAttribute('aria-expanded')).toBe('true');
      // End goes to the last item, far outside the first window; Home comes back, row 2 still open.
      await p.keyboard.press('End');
      await p.waitForFunction((n) => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === String(n), proper.length);
      // Row 2 leaves the DOM once the window has followed the scroll (a frame or two later).
      await p.waitForFunction(() => document.querySelector('.item-list > li[aria-posinset="2"]') === null);
      await p.keyboard.press('Home');
      await p.waitForFunction(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === '1');
      expect(await p.locator('.item-list > li[aria-posinset="2"] .item-head').getAttribute('aria-expanded')).toBe('true');

      // An item selected from outside the list (the map, a card, the API) is scrolled into view.
      const target = proper[Math.floor(proper.length * 0.7)]!;
      await p.evaluate((id) => window.gbaAtlas.setState({ selection: { kind: 'items', id } }), target.id);
      const row = p.locator(`.item-list > li[data-item-id="${target.id}"]`);
      await row.waitFor();
      await p.waitForFunction((id) => {
        const li = document.querySelector(`.item-list > li[data-item-id="${id}"]`);
        const box = document.querySelector('.item-scroller')!.getBoundingClientRect();
        const r = li?.getBoundingClientRect();
        return !!r && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }, target.id);
      expect(await row.getAttribute('data-selected')).toBe('true');
      expect(atlas2.consoleErrors).toEqual([]);
    } finally {
      await atlas2.close();
    }
  });
});

describe('facets and place search (the planner’s questions)', () => {
  it('answers “which tasks does 省交通运输厅 lead, and where?” and restores it from the link', async () => {
    const atlas2 = await openAtlas(browser);
    try {
      const p = atlas2.page;
      await p.getByRole('button', { name: '规划事项' }).click();
      await p.locator('.item-list').waitFor();
      // Its own items and those taking it from their annex task (tasks.e2e.ts checks how they are told apart).
      const led = items.filter((i) => i.kind !== 'context' && (i.leadUnits.length ? i.leadUnits : (i.inherited?.leadUnits ?? [])).includes('省交通运输厅'));
      expect(led.length).toBeGreaterThan(0);
      await p.getByRole('combobox', { name: '牵头单位' }).selectOption('省交通运输厅');
      expect(await p.locator('.item-count').innerText()).toBe(`显示 ${led.length} / ${items.length} 项`);
      // The list is windowed: the rows drawn are the first of them, in corpus order.
      const shown = await p.locator('.item-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-id')));
      expect(shown.length).toBeGreaterThan(5);
      expect(shown).toEqual(led.slice(0, shown.length).map((i) => i.id));
      // The filter is in the link.
      await waitForLink(p, 'lead=省交通运输厅');
      await p.locator('.item-list > li').first().getByRole('button', { name: '在地图上显示' }).click();
      await p.waitForFunction((id) => window.gbaAtlas.getState().selection?.id === id, led[0]!.id);
      await p.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/lead-unit-filter.png') });
    } finally {
      await atlas2.close();
    }
  });

  it('separates items that name places from those placed by a fallback anchor', async () => {
    const links = JSON.parse(readFileSync(resolve(root, 'public/data/links.json'), 'utf8')) as { items: Record<string, { fallback: unknown; inherited?: unknown[] }> };
    // An annex task placed at its implementing items' places counts as placed (unless only the text counts).
    const fallback = items.filter((i) => i.kind !== 'context' && links.items[i.id]?.fallback && !links.items[i.id]?.inherited?.length);
    expect(fallback.length).toBeGreaterThan(0);
    const atlas2 = await openAtlas(browser, { hash: '#panel=items' });
    try {
      const p = atlas2.page;
      await p.locator('.item-list').waitFor();
      await p.getByRole('combobox', { name: '定位' }).selectOption('fallback');
      expect(await p.locator('.item-count').innerText()).toBe(`显示 ${fallback.length} / ${items.length} 项`);
      await waitForLink(p, 'anchor=fallback');
    } finally {
      await atlas2.close();
    }
  });

  it('finds places in the same search box, in either script, and opens one', async () => {
    const atlas2 = await openAtlas(browser);
    try {
      const p = atlas2.page;
      await p.getByRole('button', { name: '规划事项' }).click();
      await p.locator('.item-list').waitFor();
      await p.getByRole('searchbox', { name: '搜索规划事项' }).fill('江門');
      const hits = p.getByRole('region', { name: '地点' });
      await hits.waitFor();
      await hits.getByRole('button', { name: '江门市' }).click();
      await p.waitForFunction(() => window.gbaAtlas.getState().selection?.id === '440700');
      const card = p.getByRole('region', { name: '所选地区' });
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('江门市');
      // “What do the plans ask of 江门?” — the card lists the items naming it.
      const named = await card.getByRole('region', { name: '提及此地的规划事项' }).getByRole('listitem').count();
      expect(named).toBeGreaterThan(5);
    } finally {
      await atlas2.close();
    }
  });
});
