// Items and places, both ways, as a planner uses them: from a place on the map to the plan items that
// name it, into an item's verbatim text, and from a highlighted name in that text back to the map;
// and from the item list to the item's places, fitted on the map.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { LinksFile } from '../../src/contracts/links.ts';
import { launchChromium } from '../support/chromium.ts';
import { settledAfter, openAtlas } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(root, 'public/data', path), 'utf8')) as T;
const links = read<LinksFile>('links.json');
const items = read<PlanItem[]>('plan-items.json');
const shots = resolve(import.meta.dirname, '__screenshots__');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const waitForExtras = (page: import('playwright-core').Page) =>
  page.waitForFunction(() => document.querySelector('.toolbar') !== null).then(() =>
    page.waitForFunction(() => (window.gbaAtlas.getState() as { status: string }).status === 'ready'),
  );

describe('place → items → place', () => {
  it('lists the items naming 珠海金湾机场, opens one, and follows a highlighted name back to the map', async () => {
    const named = links.placeItems.zuh ?? [];
    expect(named.length).toBeGreaterThan(0);
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await waitForExtras(page);
      await page.evaluate(() => window.gbaAtlas.setState({ selection: { kind: 'places', id: 'zuh' } }));
      const card = page.getByRole('region', { name: '所选地区' });
      const list = card.getByRole('region', { name: '提及此地的规划事项' });
      await list.waitFor();
      expect(await list.getByRole('listitem').count()).toBe(named.length);

      const first = items.find((i) => i.id === named[0])!;
      await list.getByRole('button').first().click();
      await page.waitForFunction((id) => window.gbaAtlas.getState().selection?.id === id, first.id);
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toContain(first.titleHans);
      // The airport's name is highlighted where the text names it.
      const airportLink = links.items[first.id]!.links.find((l) => l.placeId === 'zuh')!;
      const ref = card.locator('.place-ref', { hasText: airportLink.matched }).first();
      expect(await ref.count()).toBe(1);
      await page.screenshot({ path: resolve(shots, 'item-card.png') });

      // Another named place, clicked in the text, becomes the selection (text → map).
      const other = links.items[first.id]!.links.find((l) => l.layer !== 'admin' && l.placeId !== 'zuh' && !l.group)!;
      await card.locator('button.place-ref', { hasText: other.matched }).first().click();
      await page.waitForFunction((id) => window.gbaAtlas.getState().selection?.id === id, other.placeId);
      expect(await page.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'places', id: other.placeId });
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('text and search → map', () => {
  it('brings a place chosen in the search into view, clear of the panel and card, and leaves a map click where it is', async () => {
    // Opened over 惠州, far from the 黄茅海 channel.
    const atlas = await openAtlas(browser, { hash: '#map=10/23.4/114.6' });
    try {
      const { page } = atlas;
      await waitForExtras(page);
      await page.getByRole('button', { name: '规划事项' }).click();
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('黄茅海跨海通道');
      const hit = page.getByRole('region', { name: '地点' }).getByRole('button', { name: '黄茅海跨海通道' });
      const start = await page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray());
      await hit.click();
      // The card loads on demand and the camera fits once it is drawn: wait for the move, then its end.
      await page.locator('.selection-card').waitFor();
      await page.waitForFunction((c) => {
        const map = window.gbaAtlas.map!;
        const now = map.getCenter().toArray();
        return (now[0] !== c[0] || now[1] !== c[1]) && !map.isMoving() && map.loaded();
      }, start);
      const channel = read<FeatureCollection<LineString, { id: string }>>('places/channels.geojson').features.find((f) => f.properties.id === 'huangmaohai')!;
      const shown = await page.evaluate((coords) => {
        const map = window.gbaAtlas.map!;
        const { clientWidth: w, clientHeight: h } = map.getContainer();
        // Right of the side panel and the card (380 + 420 px), inside the map.
        return coords.map((c) => map.project(c as [number, number])).filter((p) => p.x > 800 && p.x < w && p.y > 0 && p.y < h);
      }, channel.geometry.coordinates);
      expect(shown.length).toBeGreaterThan(0);
      // A click on the map (here on the channel's end) selects without moving it.
      const before = await page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray());
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.evaluate(() => window.gbaAtlas.setState({ selection: null }));
      await page.mouse.click(box.x + shown[0]!.x, box.y + shown[0]!.y);
      await page.waitForFunction(() => window.gbaAtlas.getState().selection !== null || document.querySelector('.place-chooser') !== null);
      await page.waitForTimeout(700); // longer than a fit would take
      expect(await page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray())).toEqual(before);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('a place the plans name but do not locate', () => {
  it('opens 珠西高铁 from its item’s text, says it is not on the map and why, and leaves the map where it was', async () => {
    const line = read<FeatureCollection<LineString | null, { id: string; source: string }>>('places/rail-lines.geojson').features.find((f) => f.properties.id === 'zhuxi-hsr')!;
    expect(line.geometry).toBeNull();
    const [itemId] = links.placeItems['zhuxi-hsr'] ?? [];
    expect(itemId).toBeDefined();
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await waitForExtras(page);
      // Opening the item fits the map to its places once its card is drawn (a few frames later):
      // wait for that move to end, or the fit would land after `before` is read.
      await settledAfter(page, () =>
        page.evaluate(
          (id) =>
            new Promise<void>((ok) => {
              window.gbaAtlas.map!.once('moveend', () => ok());
              window.gbaAtlas.setState({ selection: { kind: 'items', id } });
            }),
          itemId!,
        ),
      );
      const before = await page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray());
      const card = page.getByRole('region', { name: '所选地区' });
      await card.locator('button.place-ref', { hasText: '珠西高铁' }).first().click();
      await page.waitForFunction(() => window.gbaAtlas.getState().selection?.id === 'zhuxi-hsr');
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('珠西高铁');
      const facts = await card.locator('.selection-facts').innerText();
      expect(facts).toContain('未在地图上标出');
      expect(facts).toContain('未标出的原因');
      expect(facts).toContain(line.properties.source);
      // It still lists the item that names it.
      expect(await card.getByRole('region', { name: '提及此地的规划事项' }).getByRole('listitem').count()).toBe(links.placeItems['zhuxi-hsr']!.length);
      await page.waitForTimeout(700); // longer than a fit would take
      expect(await page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray())).toEqual(before);

      // The search box finds it too.
      await page.getByRole('button', { name: '规划事项' }).click();
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('珠西高鐵');
      expect(await page.getByRole('region', { name: '地点' }).getByRole('button', { name: '珠西高铁' }).count()).toBe(1);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('item → places', () => {
  it('fits the map to the places an item names when the planner asks to see it', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await waitForExtras(page);
      await page.getByRole('button', { name: '规划事项' }).click();
      await page.getByRole('combobox', { name: '文件' }).selectOption('004');
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('黄茅海跨海通道');
      const row = page.locator('.item-list > li').first();
      const id = (await row.getAttribute('data-item-id'))!;
      const placeIds = [...new Set(links.items[id]!.links.map((l) => l.placeId))];
      expect(placeIds.length).toBeGreaterThan(0);
      // The fit comes once the item's card is drawn (it loads on demand): wait for that move to end.
      await settledAfter(page, async () => {
        const moved = page.evaluate(() => new Promise<void>((ok) => window.gbaAtlas.map!.once('moveend', () => ok())));
        await row.getByRole('button', { name: '在地图上显示' }).click();
        await moved;
      });
      expect(await page.evaluate(() => window.gbaAtlas.map!.isMoving())).toBe(false);
      const highlighted = await page.evaluate(() => window.gbaAtlas.map!.querySourceFeatures('selection').length);
      expect(highlighted).toBeGreaterThan(0);
      // Every highlighted place is inside the fitted view.
      const outside = await page.evaluate(() => {
        const map = window.gbaAtlas.map!;
        const b = map.getBounds();
        return map
          .querySourceFeatures('selection')
          .filter((f) => f.geometry.type === 'Point')
          .filter((f) => !b.contains((f.geometry as GeoJSON.Point).coordinates as [number, number])).length;
      });
      expect(outside).toBe(0);
      expect(await page.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'items', id });
      await page.screenshot({ path: resolve(shots, 'item-on-map.png') });
    } finally {
      await atlas.close();
    }
  });
});
