// The item counts as a map: a planner opens the item list and sees the cities shaded by how many of
// the listed items concern them, with a legend of the classes; narrowing the list reshades the map
// and rewrites the legend; switching to badges (kept in the link, and over a reload) shows the
// numbers, in the colours of the same classes, and no badge ever covers a city's name.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZERO_COLOR } from '../../src/map/countClasses.ts';
import { BADGE } from '../../src/map/layers/itemCounts.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForAtlasReady, waitForLink, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

const GBA = '#map=7/22.6/113.2';
const WEST_BANK = '#map=9/22.3/113.3';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface LegendClass {
  color: string;
  text: string;
}

/** The legend's entries as drawn: each patch's colour and its words. */
const legend = (page: Page): Promise<LegendClass[]> =>
  page.locator('.side-panel .counts-classes li').evaluateAll((lis) =>
    lis.map((li) => ({ color: li.querySelector('rect, circle')?.getAttribute('fill') ?? '', text: (li.textContent ?? '').trim() })),
  );

/** The colour of each shaded area in a fill layer, from what the map rendered (feature state). */
const shaded = (page: Page, layer: string, key: string): Promise<Record<string, string>> =>
  page.evaluate(
    ([id, stateKey]) => {
      const map = window.gbaAtlas.map!;
      const out: Record<string, string> = {};
      for (const f of map.queryRenderedFeatures({ layers: [id!] })) {
        const c = (f.state as Record<string, unknown>)[stateKey!];
        if (typeof c === 'string') out[String(f.properties.id)] = c;
      }
      return out;
    },
    [layer, key] as const,
  );

/** A range as the legend writes it ("75–96", "4,530", "无") → [min, max]; null for the zero class. */
function range(text: string): [number, number] | null {
  const nums = text.split('–').map((s) => Number(s.replace(/[^\d]/g, '')));
  if (!/\d/.test(text)) return null;
  return [nums[0]!, nums.at(-1)!];
}

/** A colour as rgb numbers, from `rgb(…)` or `#rrggbb`. */
function rgb(color: string): [number, number, number] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  return color.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
}

/** A point of an area where its shading is the topmost thing drawn (no line, symbol or zone above it). */
const clearPoint = (page: Page, id: string): Promise<[number, number]> =>
  page.evaluate((areaId) => {
    const map = window.gbaAtlas.map!;
    const canvas = map.getCanvas();
    const { width, height, left, top: y0 } = canvas.getBoundingClientRect();
    // Where the map shows: not under the title, the toolbar, the legend or a panel.
    const visible = (x: number, y: number) => document.elementFromPoint(left + x, y0 + y) === canvas;
    for (let y = 20; y < height - 20; y += 6)
      for (let x = 20; x < width - 20; x += 6) {
        if (![-4, 0, 4].every((dx) => [-4, 0, 4].every((dy) => visible(x + dx, y + dy)))) continue;
        const top = map.queryRenderedFeatures([x, y])[0];
        const around = [-4, 4].flatMap((dx) => [-4, 4].map((dy) => map.queryRenderedFeatures([x + dx, y + dy])[0]));
        const clear = [top, ...around].every((f) => f?.layer.id === 'item-count-fill-gba' && String(f.properties.id) === areaId);
        if (clear) return map.unproject([x, y]).toArray() as [number, number];
      }
    throw new Error(`no clear point in ${areaId}`);
  }, id);

/** The colour of the screen pixel at a lng/lat (from a screenshot, as the user sees it). */
async function pixelAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ([data, ll]) => {
      const map = window.gbaAtlas.map!;
      const p = map.project(ll as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(Math.round(box.left + p.x), Math.round(box.top + p.y), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    [png, lngLat] as const,
  );
}

interface Badge {
  id: string;
  count: number;
  color: string;
  cls: number;
  /** The badge's circle on screen, from its anchor and its class's radius. */
  x: number;
  y: number;
  r: number;
}

/** The badges MapLibre placed, with where each circle is drawn. */
const badges = (page: Page, layer: string): Promise<Badge[]> =>
  page.evaluate(
    ([id, badge]) => {
      const map = window.gbaAtlas.map!;
      return map.queryRenderedFeatures({ layers: [id!] }).map((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        const cls = Number(f.properties.cls);
        const r = (badge as typeof BADGE).classRadius[cls]!;
        return { id: String(f.properties.id), count: Number(f.properties.count), color: String(f.properties.color), cls, x: p.x, y: p.y - (badge as typeof BADGE).gap - r, r };
      });
    },
    [layer, BADGE] as const,
  );

/** What MapLibre placed of a symbol layer inside a screen box (its collision index). */
const placedIn = (page: Page, layer: string, box: [[number, number], [number, number]]): Promise<string[]> =>
  page.evaluate(([id, b]) => window.gbaAtlas.map!.queryRenderedFeatures(b as [[number, number], [number, number]], { layers: [id as string] }).map((f) => String(f.properties.id)), [layer, box] as const);

/** The colour the legend gives a count: the class whose range holds it. */
function classOf(classes: LegendClass[], count: number): LegendClass | undefined {
  return classes.find((c) => {
    const r = range(c.text);
    return r !== null && count >= r[0] && count <= r[1];
  });
}

// Each test opens or reloads the whole atlas on a software-rendered map: minutes on a busy machine.
const SLOW = 120_000;

describe('item counts on the map', () => {
  let atlas: AtlasPage;
  afterAll(() => atlas?.close());

  it('shades each city by its items when the list opens, in the classes the legend lists, zero apart', async () => {
    atlas = await openAtlas(browser, { hash: GBA });
    const { page } = atlas;
    // Closed list: nothing shaded.
    expect(await shaded(page, 'item-count-fill-gba', 'countGba')).toEqual({});
    await page.getByRole('button', { name: '规划事项' }).click();
    await page.locator('.side-panel .counts-classes li').first().waitFor();
    await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-fill-gba'] }).some((f) => f.state.countGba));
    const classes = await legend(page);
    expect(await page.locator('.side-panel .counts-legend h3').innerText()).toBe('规划事项数（随筛选变化）');
    expect(await page.locator('.side-panel .counts-scale').innerText()).toBe('按城市');
    expect(classes.length).toBeGreaterThanOrEqual(2);
    const fills = await shaded(page, 'item-count-fill-gba', 'countGba');
    // Every city in view is shaded (11 of the 12 are on this screen, 阳江 at its edge or beyond).
    expect(Object.keys(fills).length).toBeGreaterThanOrEqual(10);
    const legendColors = new Set(classes.map((c) => c.color));
    for (const [id, color] of Object.entries(fills)) expect(legendColors.has(color) || color === ZERO_COLOR, id).toBe(true);
    expect(new Set(Object.values(fills)).size, 'more than one class on the map').toBeGreaterThan(1);
    // What the screen shows inside 惠州, where nothing is drawn over its shading, is its class's colour
    // (laid lightly over the city fill): nearer to it than to any other class's.
    await waitForMapSettled(page);
    await page.waitForTimeout(300);
    const got = await pixelAt(page, await clearPoint(page, '441300'));
    const dist = (c: string) => rgb(c).reduce((sum, v, i) => sum + (v - got[i]!) ** 2, 0);
    const nearest = [...legendColors, ZERO_COLOR].sort((a, b) => dist(a) - dist(b))[0];
    expect(nearest, `pixel ${got}`).toBe(fills['441300']);
    expect(atlas.consoleErrors.filter((e) => !/Service Worker|Offline use/.test(e))).toEqual([]);
  }, SLOW);

  it('reshades the map and rewrites the legend as the filters change', async () => {
    const { page } = atlas;
    const before = { classes: await legend(page), fills: await shaded(page, 'item-count-fill-gba', 'countGba') };
    await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('台山核电二期');
    await page.waitForFunction((prev) => (document.querySelector('.side-panel .counts-classes')?.textContent ?? '') !== prev, before.classes.map((c) => c.text).join(''));
    await page.waitForFunction(
      (prev) => {
        const now = window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-fill-gba'] });
        return now.some((f) => f.state.countGba && f.state.countGba !== prev[String(f.properties.id)]);
      },
      before.fills,
    );
    const after = { classes: await legend(page), fills: await shaded(page, 'item-count-fill-gba', 'countGba') };
    expect(after.classes.map((c) => c.text)).not.toEqual(before.classes.map((c) => c.text));
    expect(after.fills).not.toEqual(before.fills);
    // One item names the second phase of the 台山 nuclear plant, in 江门: 江门 is shaded, the cities it
    // does not concern (惠州) are in the zero class, which the legend now lists.
    const zero = after.classes.find((c) => c.text === '无');
    expect(zero).toBeDefined();
    expect(after.fills['441300']).toBe(zero!.color);
    expect(after.fills['440700']).not.toBe(zero!.color);
  }, SLOW);

  it('switches to badges from the legend: the link says so, each badge has its area’s class colour, and none covers a city name', async () => {
    const { page } = atlas;
    const fills = await shaded(page, 'item-count-fill-gba', 'countGba');
    const classes = await legend(page);
    const group = page.getByRole('group', { name: '显示方式' });
    expect(await group.getByRole('button', { name: '地区着色' }).getAttribute('aria-pressed')).toBe('true');
    await group.getByRole('button', { name: '徽标' }).click();
    await waitForLink(page, 'counts=badges');
    expect(await group.getByRole('button', { name: '徽标' }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-badges-gba'] }).length > 0);
    // The shading is gone: one form at a time.
    await page.waitForFunction(() => !window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-fill-gba'] }).some((f) => f.state.countGba));
    const placed = await badges(page, 'item-count-badges-gba');
    expect(placed.length).toBeGreaterThan(0);
    for (const b of placed) {
      // The number on the badge falls in the legend class whose colour the area had on the shaded map.
      const cls = classOf(classes, b.count);
      expect(cls, `${b.id}: ${b.count} in the legend`).toBeDefined();
      expect(b.color).toBe(cls!.color);
      expect(fills[b.id]).toBe(cls!.color);
    }
    await expectBadgesClearOfNames(page, 'item-count-badges-gba', placed);
  }, SLOW);

  it('keeps the badges over a reload', async () => {
    const { page } = atlas;
    await page.reload();
    await waitForAtlasReady(page);
    expect(decodeURIComponent(page.url())).toContain('counts=badges');
    const group = page.getByRole('group', { name: '显示方式' });
    await group.waitFor();
    expect(await group.getByRole('button', { name: '徽标' }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-badges-gba'] }).length > 0, undefined, { timeout: 20_000 });
    expect(await shaded(page, 'item-count-fill-gba', 'countGba')).toEqual({});
    // Back to the shaded map: the link drops counts= (the default).
    await group.getByRole('button', { name: '地区着色' }).click();
    await waitForLink(page, 'counts=', false);
    await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-badges-gba'] }).length === 0);
  }, SLOW);
});

describe('item counts zoomed in on the west bank', () => {
  it('shades the west bank by county and the other cities whole, and its badges stay clear of the names', async () => {
    const atlas = await openAtlas(browser, { hash: `${WEST_BANK}&panel=items` });
    try {
      const { page } = atlas;
      await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-fill-counties'] }).some((f) => f.state.countWestBank), undefined, { timeout: 20_000 });
      expect(await page.locator('.side-panel .counts-scale').innerText()).toBe('西岸按县区，其他城市整体');
      const counties = await shaded(page, 'item-count-fill-counties', 'countWestBank');
      // 香洲, 斗门, 金湾 (珠海), the 江门 districts and 中山 are on this screen.
      for (const id of ['440402', '440403', '440404', '440705', '442000']) expect(counties[id], id).toBeDefined();
      const cities = await shaded(page, 'item-count-fill-cities', 'countWestBank');
      expect(Object.keys(cities)).toContain('820000'); // 澳门, whole
      expect(Object.keys(cities)).not.toContain('440400'); // 珠海 is shaded by county
      const colors = new Set((await legend(page)).map((c) => c.color));
      for (const c of [...Object.values(counties), ...Object.values(cities)]) expect(colors.has(c) || c === ZERO_COLOR).toBe(true);

      await page.getByRole('group', { name: '显示方式' }).getByRole('button', { name: '徽标' }).click();
      await waitForLink(page, 'counts=badges');
      await page.waitForFunction(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['item-count-badges-west-bank'] }).length > 3, undefined, { timeout: 20_000 });
      await expectBadgesClearOfNames(page, 'item-count-badges-west-bank', await badges(page, 'item-count-badges-west-bank'));
    } finally {
      await atlas.close();
    }
  }, SLOW);
});

/** Each placed badge is where we think it is (MapLibre finds it in its circle), and no city or county
 * name MapLibre placed meets that circle's box. */
async function expectBadgesClearOfNames(page: Page, layer: string, placed: Badge[]): Promise<void> {
  await page.waitForTimeout(400); // the names' fade after the badges took their places
  for (const b of placed) {
    const box: [[number, number], [number, number]] = [
      [b.x - b.r, b.y - b.r],
      [b.x + b.r, b.y + b.r],
    ];
    expect(await placedIn(page, layer, [[b.x - 1, b.y - 1], [b.x + 1, b.y + 1]]), `badge ${b.id} at its centre`).toContain(b.id);
    expect(await placedIn(page, 'city-labels', box), `city names under badge ${b.id}`).toEqual([]);
    expect(await placedIn(page, 'county-labels', box), `county names under badge ${b.id}`).toEqual([]);
  }
}
