// "Your own data": a planner picks or drops GeoJSON and CSV files and sees them on the map, is told
// plainly what was wrong with a bad file, and nothing leaves the browser.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, project, type AtlasPage } from './atlasPage.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

const sites = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [113.55, 22.25] }, properties: { name: '站点 A' } },
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[113.3, 22.1], [113.7, 22.4]] }, properties: { name: '规划道路' } },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[113.4, 22.15], [113.6, 22.15], [113.6, 22.35], [113.4, 22.35], [113.4, 22.15]]] },
      properties: { name: '片区' },
    },
  ],
};
// Quoted names with commas, 经度/纬度 headers, one row without a number and one beyond the poles.
const pointsCsv = '名称,经度,纬度\n"广州, 天河",113.36,23.13\n深圳,114.06,22.54\n"东莞",113.75,23.02\n坏行,abc,22.5\n远点,114,95\n';

let browser: Browser;
let atlas: AtlasPage;
let page: Page;
const requests: { method: string; url: string }[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  atlas = await openAtlas(browser, {
    setup: async (p) => {
      p.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    },
  });
  page = atlas.page;
});
afterAll(async () => {
  await atlas?.close();
  await browser?.close();
});

const fileInput = () => page.locator('.user-data input[type="file"]');
const pick = (name: string, content: string | Buffer, mimeType = 'application/octet-stream') =>
  fileInput().setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
const listRow = (name: string) => page.locator('.user-data-list li').filter({ has: page.getByText(name, { exact: true }) });
const notices = () => page.locator('.notice-bar li span').allInnerTexts();

async function dismissNotices() {
  const buttons = page.locator('.notice-bar li button');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** Waits until the map has settled and returns the geometry types drawn by a file's layers. */
async function drawnTypes(key: string): Promise<string[]> {
  await page.waitForFunction(() => {
    const map = window.gbaAtlas.map;
    return !!map && map.loaded() && !map.isMoving();
  });
  return page.evaluate((k) => {
    const map = window.gbaAtlas.map!;
    const layers = [`user-${k}-fill`, `user-${k}-line`, `user-${k}-circle`];
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.geometry.type))].sort();
  }, key);
}

describe('your own data', () => {
  it('offers an "add data" button next to the map controls', async () => {
    const button = page.getByRole('button', { name: '添加数据' });
    await button.waitFor();
    expect(await button.getAttribute('title')).toContain('不会上传');
    expect(await fileInput().getAttribute('accept')).toBe('.geojson,.json,.csv');
  });

  it('draws a picked GeoJSON file (polygon, line, point), fits the map to it and lists it', async () => {
    await pick('sites.geojson', JSON.stringify(sites), 'application/geo+json');
    await listRow('sites.geojson').waitFor();
    expect(await listRow('sites.geojson').locator('.user-data-count').innerText()).toBe('3 个要素');
    expect(await drawnTypes('1')).toEqual(['LineString', 'Point', 'Polygon']);
    const view = await page.evaluate(() => window.gbaAtlas.getState().view);
    // Fitted to the data around 珠海: zoomed in from the whole-bay default of 7.2.
    expect(view.zoom).toBeGreaterThan(8);
    expect(view.center[0]).toBeCloseTo(113.5, 0);
    expect(view.center[1]).toBeCloseTo(22.25, 0);
    expect(await notices()).toEqual([]);
  });

  it('draws a dropped CSV as points and reports the skipped rows', async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'points.csv', { type: 'text/csv' }));
      return dt;
    }, pointsCsv);
    await page.dispatchEvent('.atlas-map canvas', 'dragenter', { dataTransfer });
    // The drop target covers the window while a file is dragged over it.
    expect(await page.locator('.user-data-drop').innerText()).toContain('不会上传');
    await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/userdata-drop.png') });
    await page.dispatchEvent('.atlas-map canvas', 'dragover', { dataTransfer });
    await page.dispatchEvent('.atlas-map canvas', 'drop', { dataTransfer });
    await listRow('points.csv').waitFor();
    expect(await page.locator('.user-data-drop').count()).toBe(0);
    expect(await listRow('points.csv').locator('.user-data-count').innerText()).toBe('3 个要素');
    expect(await notices()).toEqual([
      '“points.csv”：已添加 3 个要素，跳过 2 个（坐标缺失或无效 1 个；坐标超出经纬度范围 1 个（应为 WGS 84 经纬度））。',
    ]);
    expect(await drawnTypes('2')).toEqual(['Point']);
    await page.screenshot({ path: resolve(import.meta.dirname, '__screenshots__/userdata.png') });
    // querySourceFeatures repeats a feature once per tile it falls in.
    const names = await page.evaluate(() => [...new Set(window.gbaAtlas.map!.querySourceFeatures('user-2').map((f) => String(f.properties.名称)))].sort());
    expect(names).toEqual(['东莞', '广州, 天河', '深圳'].sort());
    await dismissNotices();
  });

  it('refuses broken, wrong, empty and oversized files with a message naming the file, and keeps working', async () => {
    await pick('broken.geojson', '{\n  "type": "FeatureCollection"\n  "features": []\n}');
    await pick('table.csv', '名称,x,y\nA,1,2\n');
    await pick('topo.json', '{"type":"Topology","objects":{}}');
    await pick('empty.csv', '');
    await pick('huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x20));
    await pick('map.kml', '<kml/>');
    // At most five notices at once, the newest, with a count of the rest.
    await page.locator('.notice-bar li.notice-more').waitFor();
    expect(await notices()).toEqual([
      '“table.csv”中没有经纬度列：需要 lon/lng/longitude/经度 和 lat/latitude/纬度 两列（现有列：名称, x, y）。',
      '“topo.json”是 JSON，但不是 GeoJSON：应为 FeatureCollection、Feature 或几何对象，实际为 "type": "Topology"。',
      '“empty.csv”是空文件。',
      '“huge.csv”太大（21 MB），上限为 20 MB。',
      '“map.kml”的格式不支持：请使用 .geojson、.json 或 .csv 文件。',
      '另有 1 条提示未显示',
    ]);
    // Dismissing one brings the one held back.
    await page.locator('.notice-bar li').filter({ hasText: 'map.kml' }).getByRole('button').click();
    expect((await notices())[0]).toBe('“broken.geojson”不是有效的 JSON（第 3 行有误）。');
    expect(await page.locator('.notice-bar li.notice-more').count()).toBe(0);
    // Nothing was added, and the map still responds.
    expect(await page.locator('.user-data-list li').count()).toBe(2);
    const before = await page.evaluate(() => window.gbaAtlas.getState().view.zoom);
    await page.getByRole('button', { name: /放大|Zoom in/ }).click();
    await page.waitForFunction((z) => window.gbaAtlas.getState().view.zoom > z + 0.5, before);
    await dismissNotices();
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('shows a hostile file name and property as text and creates no element from them', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.9, 22.6] }, properties: { [HOSTILE]: HOSTILE } }],
    };
    await pick(`${HOSTILE}.geojson`, JSON.stringify(fc));
    await listRow(`${HOSTILE}.geojson`).waitFor();
    expect(await drawnTypes('3')).toEqual(['Point']);
    // Clicking the point lists its properties, as text.
    const at = await project(page, [113.9, 22.6]);
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.user-popup');
    await popup.waitFor();
    expect(await popup.locator('strong').innerText()).toBe(`${HOSTILE}.geojson`);
    expect(await popup.locator('th').innerText()).toBe(HOSTILE);
    expect(await popup.locator('td').innerText()).toBe(HOSTILE);
    // A CSV whose every row is bad puts the name into a notice, also as text.
    await pick(`${HOSTILE}.csv`, 'lon,lat\nx,y\n');
    await page.locator('.notice-bar li').first().waitFor();
    expect(await notices()).toEqual([`“${HOSTILE}.csv”中没有可绘制的要素：1 个均被跳过（坐标缺失或无效 1 个）。`]);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await dismissNotices();
    await page.locator('.maplibregl-popup-close-button').click();
  });

  it('removes a file from the map and the list', async () => {
    await listRow('sites.geojson').getByRole('button', { name: '移除“sites.geojson”' }).click();
    expect(await listRow('sites.geojson').count()).toBe(0);
    const left = await page.evaluate(() => {
      const map = window.gbaAtlas.map!;
      return {
        layers: map.getLayersOrder().filter((id) => id.startsWith('user-')),
        source: !!map.getSource('user-1'),
      };
    });
    expect(left).toEqual({
      layers: ['user-2-fill', 'user-2-line', 'user-2-circle', 'user-3-fill', 'user-3-line', 'user-3-circle'],
      source: false,
    });
    // Focus stays in the control for keyboard users.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('user-data-add');
  });

  it('sent nothing anywhere: no upload, no outside request, no console error', () => {
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
