// The first screen as a newcomer meets it: a title that says what the map shows at this scale, a search box
// that `/` reaches and that finds 江门 and its tasks in one step (places, items, units and structure elements
// in groups, by keyboard), and a legend on the map listing exactly what is drawn at this zoom.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, project, waitForLink, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const items = JSON.parse(readFileSync(resolve(root, 'public/data/plan-items.json'), 'utf8')) as PlanItem[];
const links = JSON.parse(readFileSync(resolve(root, 'public/data/links.json'), 'utf8')) as { placeItems: Record<string, string[]> };

let browser: Browser;
let atlas: AtlasPage;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  atlas = await openAtlas(browser);
  page = atlas.page;
});
afterAll(async () => {
  await atlas?.close();
  await browser?.close();
});

const state = (p: Page = page) => p.evaluate(() => window.gbaAtlas.getState());
const moveTo = async (view: { zoom: number; center?: [number, number] }, p: Page = page) => {
  await p.evaluate((v) => window.gbaAtlas.run('view.set', v), view);
  await p.waitForFunction((z) => window.gbaAtlas.getState().view.zoom === z, view.zoom);
  await waitForMapSettled(p);
};
const subject = (p: Page = page) => p.locator('.atlas-header .atlas-subject');
const box = () => page.getByRole('combobox', { name: '搜索地点、规划事项、单位与结构要素' });
const listbox = () => page.getByRole('listbox');
/** Leaves whatever control has the keyboard, as a click on empty paper would. */
const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('the title block', () => {
  it('names the atlas, the metropolitan area and the subject of the scale, following the map', async () => {
    const header = page.getByRole('banner');
    expect(await header.getByRole('heading', { level: 1 }).innerText()).toBe('大湾区规划图集');
    expect(await header.locator('.atlas-metro').innerText()).toBe('珠江口西岸都市圈');
    await subject().waitFor();
    expect(await state().then((s) => s.view.zoom)).toBeLessThan(8);
    expect(await subject().innerText()).toBe('湾区：粤港澳大湾区');

    // W: the west bank (z8–10) names its four cities.
    await page.keyboard.press('w');
    await page.waitForFunction(() => window.gbaAtlas.getState().view.zoom >= 8);
    await waitForMapSettled(page);
    expect(await state().then((s) => s.view.zoom)).toBeLessThan(10);
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.getAttribute('data-scale') === 'metro');
    const [scale, names] = (await subject().innerText()).split('：');
    expect(scale).toBe('都市圈');
    expect(names!.split('、').sort()).toEqual(['中山', '江门', '珠海', '阳江'].sort());

    // The city scale names the city at the centre.
    await moveTo({ zoom: 11, center: [113.0895, 22.5931] });
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.textContent === '城市：江门市');
    await moveTo({ zoom: 11, center: [113.3769, 22.5238] });
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.textContent === '城市：中山市');
    // In each language.
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.textContent === 'City: Zhongshan');
    expect(await page.getByRole('banner').getByRole('heading', { level: 1 }).innerText()).toBe('GBA Plan Atlas');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-Hant');
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.textContent === '城市：中山市');
    await page.getByRole('combobox', { name: '介面語言' }).selectOption('zh-Hans');
    // Out at sea, the city scale names the west bank.
    await moveTo({ zoom: 10.5, center: [113.0, 21.2] });
    await page.waitForFunction(() => document.querySelector('.atlas-subject')?.getAttribute('data-scale') === 'metro');
  });
});

describe('the search box', () => {
  it('is focused by /, answers 江门 in groups, moves by arrows, and Enter shows 江门 with its plan items', async () => {
    await moveTo({ zoom: 7.4, center: [113.375, 22.933] });
    await blur();
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('江门');
    await listbox().waitFor();
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    const groups = await listbox().getByRole('group').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
    expect(groups.slice(0, 2)).toEqual(['地点', '规划事项']);
    expect(groups).toContain('空间结构');
    const options = listbox().getByRole('option');
    expect(await options.first().innerText()).toMatch(/^江门市\s*城市$/);
    expect(await listbox().getByRole('group', { name: '空间结构' }).getByRole('option').allInnerTexts()).toContainEqual(expect.stringContaining('江门重要增长极'));

    // ↓ ↓ ↑: the second option, then the first, each announced as the active descendant.
    const activeIs = (i: number | null) =>
      page.waitForFunction((n) => {
        const input = document.querySelector('[role="combobox"][aria-controls]')!;
        const opts = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
        const id = input.getAttribute('aria-activedescendant');
        const selected = opts.filter((o) => o.getAttribute('aria-selected') === 'true');
        return n === null ? !id && !selected.length : id === opts[n]?.id && selected.length === 1 && selected[0] === opts[n];
      }, i);
    await activeIs(null);
    await page.keyboard.press('ArrowDown');
    await activeIs(0);
    await page.keyboard.press('ArrowDown');
    await activeIs(1);
    await page.keyboard.press('ArrowUp');
    await activeIs(0);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => JSON.stringify(window.gbaAtlas.getState().selection) === '{"kind":"admin","id":"440700"}');
    await listbox().waitFor({ state: 'detached' });
    const card = page.locator('.selection-card');
    await card.getByText('江门市', { exact: true }).first().waitFor();
    // The card lists the plan items naming 江门, as many as the links file says.
    const named = links.placeItems['440700'] ?? [];
    expect(named.length).toBeGreaterThan(5);
    await card.getByRole('heading', { name: `提及此地的规划事项（${named.length}）` }).waitFor();
    expect(await card.locator('.place-items').first().getByRole('button').count()).toBe(named.length);
    // The map goes to 江门: its centre is on screen, clear of the card.
    await waitForMapSettled(page);
    expect((await state()).view.zoom).toBeGreaterThan(8);
    const at = await project(page, [113.0895, 22.5931]);
    const cardBox = (await card.boundingBox())!;
    expect(at.x).toBeGreaterThan(cardBox.x + cardBox.width);
    expect(at.x).toBeLessThan(1280);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(800);
    await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/first-screen-search-jiangmen.png') });
  });

  it('is 简/繁-insensitive, and Esc closes its results before anything else', async () => {
    await box().fill('江門');
    await listbox().waitFor();
    expect(await listbox().getByRole('option').first().innerText()).toMatch(/^江门市/);
    await page.keyboard.press('Escape');
    await listbox().waitFor({ state: 'detached' });
    // The card is still open; the next Esc closes it.
    expect((await state()).selection).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.gbaAtlas.getState().selection === null);
  });

  it('lists a unit’s items when a unit is chosen, and opens a structure element', async () => {
    const lead = '省交通运输厅';
    const led = items.filter((i) => i.kind !== 'context' && (i.leadUnits.includes(lead) || (!i.leadUnits.length && (i.inherited?.leadUnits ?? []).includes(lead))));
    await box().fill('交通运输厅');
    const unitGroup = listbox().getByRole('group', { name: '牵头单位' });
    await unitGroup.waitFor();
    const unit = unitGroup.getByRole('option', { name: new RegExp(`^${lead}`) });
    expect(await unit.innerText()).toContain(`牵头（${led.length}）`);
    // By keyboard: down to the unit, Enter.
    const ids = await listbox().getByRole('option').evaluateAll((os) => os.map((o) => o.id));
    const at = ids.indexOf((await unit.getAttribute('id'))!);
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((l) => window.gbaAtlas.getState().panel === 'items' && window.gbaAtlas.getState().filters.lead === l, lead);
    await page.locator('.item-count').getByText(`显示 ${led.length} / ${items.length} 项`).waitFor();
    await waitForLink(page, `lead=${lead}`);

    await box().fill('沿海经济');
    const element = listbox().getByRole('group', { name: '空间结构' }).getByRole('option').first();
    expect(await element.innerText()).toContain('沿海经济发展轴');
    await element.click();
    await page.waitForFunction(() => JSON.stringify(window.gbaAtlas.getState().selection) === '{"kind":"structures","id":"axis-coastal"}');
    await page.locator('.selection-card').getByText('沿海经济发展轴').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.gbaAtlas.getState().panel === null && window.gbaAtlas.getState().selection === null);
    await box().fill('');
  });
});

/** The groups the layer panel shows switched on, and those of them it gives a legend. */
const panelGroups = async () => {
  await blur();
  await page.keyboard.press('l');
  const panel = page.locator('.layer-panel');
  await panel.waitFor();
  const rows = await panel.locator('li[data-group]').evaluateAll((lis) =>
    lis.map((li) => ({ id: li.getAttribute('data-group')!, on: li.querySelector<HTMLInputElement>('.layer-toggle input')!.checked, legend: [...li.querySelectorAll('.legend li')].map((e) => e.textContent) })),
  );
  await page.keyboard.press('l');
  await panel.waitFor({ state: 'detached' });
  return rows;
};
/** The groups whose layers the map draws now: visible in the style and within their zoom range. */
const drawnGroups = () =>
  page.evaluate(() => {
    const map = window.gbaAtlas.map!;
    const z = map.getZoom();
    const out = new Set<string>();
    for (const l of map.getStyle().layers) {
      const g = (l.metadata as Record<string, string> | undefined)?.['gba:group'];
      if (g && (l.layout as { visibility?: string } | undefined)?.visibility !== 'none' && z >= (l.minzoom ?? 0) && z < (l.maxzoom ?? 24)) out.add(g);
    }
    return [...out];
  });
const legendGroups = () => page.locator('.map-legend-group').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-group')));
const legendOf = (id: string) => page.locator(`.map-legend-group[data-group="${id}"] li`).allInnerTexts();

describe('the legend on the map', () => {
  it('lists exactly the visible groups drawn at z7 and at z11, with the layer panel’s entries', async () => {
    const rows = await panelGroups();
    const seen: string[][] = [];
    for (const zoom of [7, 11]) {
      await moveTo({ zoom });
      const drawn = new Set(await drawnGroups());
      // No list is open, so the item counts are not drawn (their layers have no data) and not listed.
      const want = rows.filter((r) => r.on && r.legend.length && drawn.has(r.id) && r.id !== 'item-counts').map((r) => r.id);
      await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('.map-legend-group')].map((g) => g.getAttribute('data-group'))) === w, JSON.stringify(want));
      expect(want.length).toBeGreaterThan(2);
      for (const id of want) for (const entry of await legendOf(id)) expect(rows.find((r) => r.id === id)!.legend).toContain(entry.trim());
      seen.push(want);
    }
    // What the GBA scale and the city scale draw differ, and so do their legends.
    expect(seen[0]).not.toEqual(seen[1]);
    expect(seen[1]!.filter((g) => !seen[0]!.includes(g)).length).toBeGreaterThan(0);
  });

  it('follows the layer switches and the item counts', async () => {
    const before = await legendGroups();
    const group = before.find((g) => g !== 'cities')!;
    await page.evaluate((g) => window.gbaAtlas.run('layer.toggle', { group: g, visible: false }), group);
    await page.waitForFunction((g) => !document.querySelector(`.map-legend-group[data-group="${g}"]`), group);
    expect(await drawnGroups()).not.toContain(group);
    await page.evaluate((g) => window.gbaAtlas.run('layer.toggle', { group: g, visible: true }), group);
    await page.waitForFunction((n) => document.querySelectorAll('.map-legend-group').length === n, before.length);
    // With the item list open the counts are drawn, and listed.
    await blur();
    await page.keyboard.press('i');
    await page.locator('.map-legend-group[data-group="item-counts"]').waitFor();
    await page.keyboard.press('i');
    await page.locator('.map-legend-group[data-group="item-counts"]').waitFor({ state: 'detached' });
  });

  it('collapses and opens again, and a link keeps it collapsed', async () => {
    const toggle = page.locator('.map-legend').getByRole('button', { name: '图例' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await page.locator('.map-legend-body').waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await state()).legend).toBe(false);
    await waitForLink(page, 'legend=0');

    const hash = await page.evaluate(() => location.hash);
    const again = await openAtlas(browser, { hash });
    try {
      const t2 = again.page.locator('.map-legend').getByRole('button', { name: '图例' });
      await t2.waitFor();
      expect(await t2.getAttribute('aria-expanded')).toBe('false');
      await t2.click();
      await again.page.locator('.map-legend-body').waitFor();
      await waitForLink(again.page, 'legend=1');
    } finally {
      await again.close();
    }
    await toggle.click();
    await page.locator('.map-legend-body').waitFor();
  });
});

describe('on a phone', () => {
  it('puts the search box in the top row clear of the menu button, the title on one line, and the legend collapsed', async () => {
    const phone = await openAtlas(browser, { viewport: { width: 390, height: 844 } });
    try {
      const p = phone.page;
      const input = await p.getByRole('combobox', { name: '搜索地点、规划事项、单位与结构要素' }).boundingBox();
      const title = await p.locator('.atlas-title').boundingBox();
      expect(input!.y).toBeLessThan(title!.y);
      expect(input!.x + input!.width).toBeLessThanOrEqual(390 - 8 - 52 + 1);
      expect(input!.height).toBeGreaterThanOrEqual(44);
      expect(title!.height).toBeLessThan(40);
      const toggle = p.locator('.map-legend').getByRole('button', { name: '图例' });
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect((await state(p)).legend).toBeNull();
    } finally {
      await phone.close();
    }
  });
});

it('logs no errors in the console', () => {
  expect(atlas.consoleErrors).toEqual([]);
});
