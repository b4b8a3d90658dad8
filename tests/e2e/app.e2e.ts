// The foundation, as a user meets it: the built app opens offline, draws the region, answers a click,
// keeps its view in the URL, and explains itself when it cannot work.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(import.meta.dirname, '__screenshots__');
const cities = JSON.parse(readFileSync(resolve(root, 'public/data/cities.geojson'), 'utf8')) as FeatureCollection;
const city = (name: string) => {
  const f = cities.features.find((c) => c.properties?.shortName === name);
  if (!f) throw new Error(`no city ${name} in cities.geojson`);
  return f.properties as { id: string; name: string; labelPoint: [number, number] };
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});
afterAll(() => browser?.close());

describe('default view', () => {
  it('loads offline with no console errors, reaches ready and draws all 12 cities', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await page.screenshot({ path: resolve(shots, 'default-view.png') });
      const drawn = await page.evaluate(() => {
        const map = window.gbaAtlas.map!;
        const ids = map.queryRenderedFeatures({ layers: ['cities-fill'] }).map((f) => f.properties.id as string);
        return [...new Set(ids)].sort();
      });
      expect(drawn).toEqual(cities.features.map((f) => f.properties?.id as string).sort());
      expect(drawn).toHaveLength(12);
      // Every city is named on the default view: collisions must move a label, never drop one.
      const labelled = await page.evaluate(() =>
        [...new Set(window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['city-labels'] }).map((f) => f.properties.id as string))].sort(),
      );
      expect(labelled).toEqual(drawn);
      expect(atlas.consoleErrors).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
      expect(await page.locator('[role="status"]').count()).toBe(0);
    } finally {
      await atlas.close();
    }
  });

  it('credits every data source in the attribution control', async () => {
    const atlas = await openAtlas(browser);
    try {
      const text = await atlas.page.locator('.maplibregl-ctrl-attrib').innerText();
      const sources = JSON.parse(readFileSync(resolve(root, 'public/data/sources.json'), 'utf8')) as unknown;
      const list = (Array.isArray(sources) ? sources : (sources as { sources: { attribution: string }[] }).sources) as {
        attribution: string;
      }[];
      expect(list.length).toBeGreaterThan(0);
      for (const s of list) expect(text).toContain(s.attribution);
      expect(text).toContain('OpenStreetMap');
    } finally {
      await atlas.close();
    }
  });

  it('has labelled navigation, scale and fullscreen controls in their usual corners', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await expect(page.locator('.maplibregl-ctrl-top-right .maplibregl-ctrl-zoom-in').getAttribute('title')).resolves.toBe('放大');
      expect(await page.locator('.maplibregl-ctrl-top-right .maplibregl-ctrl-fullscreen').count()).toBe(1);
      expect(await page.locator('.maplibregl-ctrl-bottom-left .maplibregl-ctrl-scale').count()).toBe(1);
      // MapLibre's canvas is the map's landmark, named in the UI language.
      expect(await page.getByRole('region', { name: '粤港澳大湾区规划地图' }).count()).toBe(1);
    } finally {
      await atlas.close();
    }
  });
});

describe('clicking the map', () => {
  it('shows the name of 珠海 when the user clicks on it, and Esc closes the card', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const zhuhai = city('珠海');
      // Somewhere inside 珠海 with no place, axis or core ring drawn on top (the 两圈 tint covers the
      // whole city, and a click inside it means the city).
      const at = await page.evaluate((id) => {
        const map = window.gbaAtlas.map!;
        const box = map.getCanvas().getBoundingClientRect();
        for (let y = 0; y < box.height; y += 6) {
          for (let x = 0; x < box.width; x += 6) {
            const hits = map.queryRenderedFeatures([x, y]);
            const overlay = hits.some((f) => (f.source === 'structures' || f.source.startsWith('places-')) && f.layer.type !== 'fill');
            if (!overlay && hits.some((f) => f.layer.id === 'cities-fill' && f.properties.id === id)) return { x: box.left + x, y: box.top + y };
          }
        }
        throw new Error('no clear point inside 珠海');
      }, zhuhai.id);
      await page.mouse.click(at.x, at.y);
      const card = page.getByRole('region', { name: '所选地区' });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(zhuhai.name);
      expect(await card.innerText()).toContain('Zhuhai');
      expect(await card.innerText()).toContain('珠江口西岸都市圈');
      await page.screenshot({ path: resolve(shots, 'click-zhuhai.png') });
      expect(await page.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'admin', id: zhuhai.id });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    } finally {
      await atlas.close();
    }
  });
});

describe('view in the URL', () => {
  it('opens on the view in #map=zoom/lat/lng and writes moves back to the hash', async () => {
    const atlas = await openAtlas(browser, { hash: '#map=10/22.27/113.55' });
    try {
      const { page } = atlas;
      const view = await page.evaluate(() => window.gbaAtlas.getState().view);
      expect(view.zoom).toBeCloseTo(10, 1);
      expect(view.center[0]).toBeCloseTo(113.55, 2);
      expect(view.center[1]).toBeCloseTo(22.27, 2);
      await page.screenshot({ path: resolve(shots, 'zhuhai-macao-z10.png') });
      // Zoom out with the keyboard, as a user can: the hash follows, without new history entries.
      const historyBefore = await page.evaluate(() => history.length);
      await page.locator('.maplibregl-canvas').focus();
      await page.keyboard.press('-');
      await page.waitForFunction(() => window.gbaAtlas.getState().view.zoom < 9.6);
      await page.waitForFunction(() => /^#map=9(\.\d+)?\//.test(location.hash));
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    } finally {
      await atlas.close();
    }
  });
});

describe('window.gbaAtlas', () => {
  it('exposes version, map, getState, setState and a sticky ready event', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const info = await page.evaluate(async () => {
        const a = window.gbaAtlas;
        const lateReady = await new Promise<boolean>((ok) => {
          a.on('ready', () => ok(true));
          setTimeout(() => ok(false), 1000);
        });
        return { version: a.version, hasMap: typeof a.map?.getZoom === 'function', status: a.getState().status, lateReady };
      });
      expect(info).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), hasMap: true, status: 'ready', lateReady: true });
    } finally {
      await atlas.close();
    }
  });

  it('applies setState to the map and tells the user what it ignored', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const result = await page.evaluate(() =>
        window.gbaAtlas.setState({ layers: { labels: false, nonsense: true }, view: { zoom: 8, center: [113.3, 22.5] }, hack: '<img src=x onerror=alert(1)>' }),
      );
      expect(result.ignored).toEqual(['layers.nonsense', 'hack']);
      await page.waitForFunction(() => Math.abs(window.gbaAtlas.getState().view.zoom - 8) < 0.01);
      const visibility = await page.evaluate(() => window.gbaAtlas.map!.getLayoutProperty('city-labels', 'visibility'));
      expect(visibility).toBe('none');
      const notice = page.locator('.notice-bar li');
      expect(await notice.innerText()).toContain('layers.nonsense');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await page.evaluate(() => window.gbaAtlas.setState({ selection: { kind: 'admin', id: '440700' } }));
      expect(await page.getByRole('region', { name: '所选地区' }).getByRole('heading', { level: 2 }).innerText()).toBe(city('江门').name);
    } finally {
      await atlas.close();
    }
  });
});

describe('when things go wrong', () => {
  it('names the data file that failed instead of showing a blank page', async () => {
    const atlas = await openAtlas(browser, {
      waitForReady: false,
      setup: (page) => page.route('**/data/cities.geojson', (r) => r.fulfill({ status: 404, body: 'gone' })),
    });
    try {
      const alert = atlas.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('data/cities.geojson');
      expect(await alert.innerText()).toContain('404');
      expect(await atlas.page.evaluate(() => window.gbaAtlas.getState().status)).toBe('error');
    } finally {
      await atlas.close();
    }
  });

  it('explains that WebGL is unavailable', async () => {
    const atlas = await openAtlas(browser, {
      waitForReady: false,
      setup: (page) =>
        page.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            return type.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof original;
        }),
    });
    try {
      const alert = atlas.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('WebGL 2');
    } finally {
      await atlas.close();
    }
  });
});
