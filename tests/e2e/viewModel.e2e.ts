// One view model, as a user and a host page meet it: hostile links open a working atlas, search text
// survives moves and reloads, the API hands out copies and runs commands, echoing listeners stop,
// the language switches without a reload (the map's own labels included), every shortcut works, a
// framed atlas leaves the host's history alone, notices stay few and clear of the controls, a phone
// shows a linked selection above its card, and a panel that fails does not take the map with it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/staticServer.ts';
import { DEFAULT_BOUNDS } from '../../src/kernel/defaults.ts';
import { openAtlas, waitForAtlasReady, waitForMapSettled } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const state = (page: Page) => page.evaluate(() => window.gbaAtlas.getState());
const notices = (page: Page) => page.locator('.notice-bar li span').allInnerTexts();

describe('a hostile link', () => {
  it.each(['__proto__', 'constructor', 'toString'])('with sel=items:%s opens with working panels and says what it ignored', async (id) => {
    const atlas = await openAtlas(browser, { hash: `#sel=items:${id}&panel=items` });
    try {
      const { page } = atlas;
      await page.locator('.item-list').waitFor();
      await page.waitForFunction(() => window.gbaAtlas.getState().selection === null);
      expect((await notices(page)).join('\n')).toContain(`items:${id}`);
      // The panels work: the list filters, the layer panel opens.
      await page.getByRole('searchbox', { name: '搜索规划事项' }).fill('港珠澳');
      await page.waitForFunction(() => /^显示 \d+ \/ \d+ 项$/.test(document.querySelector('.item-count')?.textContent ?? ''));
      await page.getByRole('button', { name: '图层', exact: true }).click();
      await page.locator('.layer-panel').waitFor();
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('search text in the URL', () => {
  it('survives a pan and a reload exactly, whatever it contains', async () => {
    const query = 'a&b $& $` %41 +x';
    const atlas = await openAtlas(browser, { hash: `#map=9/22.3/113.4&panel=items&q=${encodeURIComponent(query)}` });
    try {
      const { page } = atlas;
      const box = page.getByRole('searchbox', { name: '搜索规划事项' });
      await page.locator('.item-count').waitFor();
      expect(await box.inputValue()).toBe(query);
      // Pan by dragging, as a user does; the view in the hash follows, the search text stays.
      const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
      const before = await page.evaluate(() => location.hash);
      await page.mouse.move(canvas.x + canvas.width * 0.7, canvas.y + canvas.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(canvas.x + canvas.width * 0.55, canvas.y + canvas.height * 0.4, { steps: 8 });
      await page.mouse.up();
      await waitForMapSettled(page);
      await page.waitForFunction((h) => location.hash !== h && location.hash.includes('map='), before);
      const hash = await page.evaluate(() => location.hash);
      expect(new URLSearchParams(hash.slice(1)).get('q')).toBe(query);
      await page.reload();
      await waitForAtlasReady(page);
      await page.locator('.item-count').waitFor();
      expect(await box.inputValue()).toBe(query);
      expect((await state(page)).filters.query).toBe(query);
      expect(await page.locator('.notice-bar li').count()).toBe(0);
    } finally {
      await atlas.close();
    }
  });
});

describe('window.gbaAtlas', () => {
  it('hands out copies: changing what getState() returned changes nothing', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const result = await page.evaluate(() => {
        const s = window.gbaAtlas.getState();
        s.panel = 'items';
        s.layers.heritage = true;
        s.view.center[0] = 0;
        s.filters.query = 'mutated';
        return window.gbaAtlas.getState();
      });
      expect(result.panel).toBeNull();
      expect(result.layers).toEqual({});
      expect(result.view.center[0]).toBeGreaterThan(100);
      expect(result.filters.query).toBe('');
      expect(await page.locator('.side-panel').count()).toBe(0);
    } finally {
      await atlas.close();
    }
  });

  it('stops when a statechange listener echoes every state back with setState, and survives one that throws', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const calls = await page.evaluate(async () => {
        let n = 0;
        window.gbaAtlas.on('statechange', (s) => {
          n++;
          window.gbaAtlas.setState(s);
        });
        window.gbaAtlas.on('statechange', () => {
          throw new Error('a broken host listener');
        });
        window.gbaAtlas.setState({ panel: 'layers', layers: { heritage: true } });
        await new Promise((ok) => setTimeout(ok, 1500));
        return n;
      });
      expect(calls).toBe(1);
      await page.locator('.layer-panel').waitFor();
      expect((await state(page)).layers).toEqual({ heritage: true });
      // The atlas still answers its own buttons.
      await page.getByRole('button', { name: '统计' }).click();
      await page.locator('.summary-panel').waitFor();
    } finally {
      await atlas.close();
    }
  });

  it('lists its commands and runs them, answering bad calls with an error value', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const out = await page.evaluate(async () => {
        const a = window.gbaAtlas;
        return {
          ids: a.commands().map((c) => c.id),
          layers: a.commands().find((c) => c.id === 'panel.toggle'),
          open: await a.run('panel.open', { panel: 'layers' }),
          unknown: await a.run('no.such.command'),
          bad: await a.run('layer.toggle', { group: '<img src=x onerror=alert(1)>' }),
          proto: await a.run('__proto__', {}),
          select: await a.run('selection.set', { kind: 'admin', id: '440700' }),
          missing: await a.run('selection.set', { kind: 'admin', id: 'toString' }),
        };
      });
      expect(out.ids).toEqual(expect.arrayContaining(['panel.open', 'panel.toggle', 'layer.toggle', 'filters.clear', 'view.reset', 'locale.set', 'shortcuts.show']));
      expect(out.layers).toEqual({ id: 'panel.toggle', label: '打开或关闭面板', keys: ['i', 'l', 's'] });
      expect(out.open).toEqual({ ok: true });
      expect(out.unknown).toEqual({ ok: false, error: 'unknown command "no.such.command"' });
      expect(out.bad.ok).toBe(false);
      expect(out.proto.ok).toBe(false);
      expect(out.select).toEqual({ ok: true });
      expect(out.missing.ok).toBe(false);
      await page.locator('.layer-panel').waitFor();
      expect(await page.getByRole('region', { name: '所选地区' }).getByRole('heading', { level: 2 }).innerText()).toBe('江门市');
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    } finally {
      await atlas.close();
    }
  });
});

/** The box of the pixels that differ from the sea around a lng/lat, in a screenshot of the map alone. */
async function labelBox(page: Page, lngLat: [number, number]): Promise<{ png: Buffer; width: number }> {
  const at = await page.evaluate((ll) => {
    const p = window.gbaAtlas.map!.project(ll);
    const r = window.gbaAtlas.map!.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
  const clip = { x: Math.round(at.x - 80), y: Math.round(at.y - 40), width: 160, height: 80 };
  const png = await page.screenshot({ clip });
  const width = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const { data: px } = g.getImageData(0, 0, c.width, c.height);
    let min = c.width;
    let max = -1;
    for (let y = 0; y < c.height; y++)
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        // Label ink is dark; the sea behind is light.
        if (px[i]! + px[i + 1]! + px[i + 2]! < 300) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
    return max < 0 ? 0 : max - min + 1;
  }, png.toString('base64'));
  return { png, width };
}

describe('the language', () => {
  it('switches at run time, without a reload: toolbar, <html lang>, map controls and the map’s own labels', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      const language = page.getByRole('combobox', { name: '界面语言' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

      await language.selectOption('zh-Hant');
      await page.getByRole('button', { name: '圖層', exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('title')).toBe('縮小');
      await page.waitForFunction(() => location.hash.includes('lang=zh-Hant'));

      await page.getByRole('combobox', { name: '介面語言' }).selectOption('en');
      await page.getByRole('button', { name: 'Layers', exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Zoom in');
      expect(await page.getByRole('region', { name: 'Map of the Greater Bay Area plans' }).count()).toBe(1);
      expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/km$/);
      // The structure's text alternative follows.
      await page.waitForFunction(() => {
        const id = document.querySelector('canvas.maplibregl-canvas')?.getAttribute('aria-describedby');
        return !!id && (document.getElementById(id)?.textContent ?? '').includes('Zhuhai is the core');
      });
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

      // The map's label of 珠海 as drawn: alone on the map (every other layer hidden for the measure),
      // the same two characters in 简体 and 繁體, the wider “Zhuhai” in English.
      const zhuhai = await page.evaluate(() => {
        const map = window.gbaAtlas.map!;
        const f = map.querySourceFeatures('labels').find((x) => x.properties.id === '440400')!;
        return (f.geometry as GeoJSON.Point).coordinates as [number, number];
      });
      await page.evaluate((ll) => {
        const map = window.gbaAtlas.map!;
        for (const l of map.getStyle().layers) if (l.id !== 'city-labels' && l.id !== 'sea') map.setLayoutProperty(l.id, 'visibility', 'none');
        map.setFilter('city-labels', ['==', ['get', 'id'], '440400']);
        map.jumpTo({ center: ll, zoom: 8 });
      }, zhuhai);
      const measure = async (locale: string) => {
        await page.evaluate((l) => window.gbaAtlas.run('locale.set', { locale: l }), locale);
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        await waitForMapSettled(page);
        // Labels fade in after placement, which a loaded machine does late: wait until it is drawn,
        // then for the fade to end.
        for (let i = 0; i < 20 && (await labelBox(page, zhuhai)).width === 0; i++) await page.waitForTimeout(250);
        await page.waitForTimeout(400);
        return labelBox(page, zhuhai);
      };
      const hans = await measure('zh-Hans');
      const hant = await measure('zh-Hant');
      const en = await measure('en');
      expect(hans.width).toBeGreaterThan(20);
      expect(hant.png.equals(hans.png)).toBe(true);
      expect(en.width).toBeGreaterThan(hans.width * 1.3);
      expect(await page.evaluate(() => window.gbaAtlas.map!.getLayoutProperty('city-labels', 'text-field'))).toEqual(['coalesce', ['get', 'shortName:en'], ['get', 'shortName']]);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });

  it('opens in the language of the link, and names what it could not use in that language', async () => {
    const atlas = await openAtlas(browser, { hash: '#lang=zh-Hant&panel=nowhere' });
    try {
      const { page } = atlas;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      expect((await notices(page)).join('')).toContain('連結中無法識別、已忽略的部分：panel=nowhere');
      await page.getByRole('combobox', { name: '介面語言' }).selectOption('en');
      expect((await notices(page)).join('')).toContain('Parts of the link that were not understood and were ignored: panel=nowhere');
    } finally {
      await atlas.close();
    }
  });
});

describe('keyboard shortcuts', () => {
  it('? lists every shortcut from the registry, and each one works', async () => {
    const atlas = await openAtlas(browser);
    try {
      const { page } = atlas;
      const panel = () => page.evaluate(() => window.gbaAtlas.getState().panel);
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
      await dialog.waitFor();
      const listed = await dialog.locator('.shortcut-list dt kbd').allInnerTexts();
      const keys = await page.evaluate(() => window.gbaAtlas.commands().flatMap((c) => c.keys));
      // Every key of the registry, once per command, as its keycap reads.
      const caps: Record<string, string> = { ' ': 'Space', Escape: 'Esc', ArrowRight: '→', ArrowLeft: '←', PageDown: 'PgDn', PageUp: 'PgUp' };
      const cap = (k: string) => (Object.hasOwn(caps, k) ? caps[k]! : k.length === 1 ? k.toUpperCase() : k);
      expect(listed.map((k) => k.trim()).sort()).toEqual(keys.map(cap).sort());
      await dialog.getByRole('heading', { name: '演示（打开演示文稿时）' }).waitFor();
      expect(await dialog.locator('.shortcut-list dd').allInnerTexts()).toContain('图层面板');
      await page.screenshot({ path: join(import.meta.dirname, '__screenshots__/shortcuts.png') });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      for (const [key, want] of [['l', 'layers'], ['l', null], ['i', 'items'], ['s', 'summary'], ['S', null]] as const) {
        await page.keyboard.press(key);
        await page.waitForFunction((w) => window.gbaAtlas.getState().panel === w, want);
      }
      // `/` puts the cursor in the search box on the map; keys typed there are text (tests/e2e/firstScreen.e2e.ts
      // follows it further). Esc closes its results, then the page's Esc closes the panel.
      await page.keyboard.press('i');
      await page.waitForFunction(() => window.gbaAtlas.getState().panel === 'items');
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      await page.keyboard.type('lis');
      expect(await page.getByRole('combobox', { name: '搜索地点、规划事项、单位与结构要素' }).inputValue()).toBe('lis');
      expect(await panel()).toBe('items');
      await page.getByRole('listbox').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      expect(await panel()).toBe('items');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.gbaAtlas.getState().panel === null);
      // The cursor stays in the search box until the user leaves it (as a click on the map would).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      const centre = async () => (await state(page)).view;
      await page.keyboard.press('w');
      await page.waitForFunction(() => window.gbaAtlas.getState().view.zoom > 7.8);
      await waitForMapSettled(page);
      const west = await centre();
      expect(west.center[0]).toBeGreaterThan(111.5);
      expect(west.center[0]).toBeLessThan(113.6);
      await page.keyboard.press('g');
      await page.waitForFunction((z) => window.gbaAtlas.getState().view.zoom < z - 0.3, west.zoom);
      await waitForMapSettled(page);
      await page.keyboard.press('w');
      await page.waitForFunction((z) => window.gbaAtlas.getState().view.zoom > z + 0.3, (await centre()).zoom);
      await waitForMapSettled(page);
      // `0`: back to the whole GBA, all of it on screen below the title, the search box and the toolbar.
      await page.keyboard.press('0');
      await page.waitForFunction((z) => window.gbaAtlas.getState().view.zoom < z - 1, west.zoom);
      await waitForMapSettled(page);
      const fit = await page.evaluate((b) => {
        const map = window.gbaAtlas.map!;
        const sw = map.project([b[0], b[1]]);
        const ne = map.project([b[2], b[3]]);
        const canvas = map.getCanvas().getBoundingClientRect();
        const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
        return { left: sw.x, right: ne.x, top: ne.y, bottom: sw.y, width: canvas.width, height: canvas.height, below: toolbar.bottom };
      }, DEFAULT_BOUNDS);
      expect(fit.left).toBeGreaterThanOrEqual(-1);
      expect(fit.right).toBeLessThanOrEqual(fit.width + 1);
      expect(fit.bottom).toBeLessThanOrEqual(fit.height + 1);
      expect(fit.top).toBeGreaterThanOrEqual(fit.below - 1);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('framed in a page of another origin', () => {
  it('never adds to the host page’s history', async () => {
    const appUrl = inject('appUrl');
    const dir = mkdtempSync(join(tmpdir(), 'gba-host-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Host</title><iframe id="atlas" src="${appUrl}#panel=layers" title="GBA" width="1000" height="700"></iframe>`);
    const host = await startStaticServer([{ prefix: '/', dir }]);
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/`);
      const frame = page.frameLocator('#atlas');
      await frame.locator('.layer-panel').waitFor();
      const length = await page.evaluate(() => history.length);
      await frame.locator('[data-group="heritage"]').getByRole('checkbox').check();
      await frame.getByRole('button', { name: '规划事项' }).click();
      await frame.locator('.item-list').waitFor();
      await page.waitForTimeout(500); // past the URL's write delay
      expect(await page.evaluate(() => history.length)).toBe(length);
      const inner = page.frames().find((f) => f.url().startsWith(appUrl))!;
      expect(await inner.evaluate(() => decodeURIComponent(location.hash))).toContain('panel=items');
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe('notices', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('stay few, short and clear of the map’s controls (%o)', async (viewport) => {
    const long = 'x'.repeat(500);
    const atlas = await openAtlas(browser, { viewport, hash: `#q=${long}&zz=${long}` });
    try {
      const { page } = atlas;
      await page.locator('.notice-bar li').first().waitFor();
      const text = (await notices(page)).join('');
      expect(text).toContain('zz=xxxx');
      expect(text.length).toBeLessThan(260);
      await page.evaluate(() => {
        for (let i = 0; i < 7; i++) window.gbaAtlas.setState({ [`bad${i}`]: i });
      });
      await page.locator('.notice-more').waitFor();
      expect(await page.locator('.notice-bar li').count()).toBe(6);
      expect(await page.locator('.notice-more').innerText()).toContain('另有 3 条提示未显示');
      const bar = (await page.locator('.notice-bar').boundingBox())!;
      for (const selector of ['.maplibregl-ctrl-top-right', '.maplibregl-ctrl-bottom-left', '.maplibregl-ctrl-bottom-right', '.toolbar']) {
        for (const box of await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
          if (!box.width || !box.height) continue;
          const overlap = bar.x < box.x + box.width && box.x < bar.x + bar.width && bar.y < box.y + box.height && box.y < bar.y + bar.height;
          expect(overlap, `${selector} ${JSON.stringify(box)} vs ${JSON.stringify(bar)}`).toBe(false);
        }
      }
      await page.screenshot({ path: join(import.meta.dirname, `__screenshots__/notices-${viewport.width}.png`) });
    } finally {
      await atlas.close();
    }
  });
});

describe('on a phone', () => {
  it('a link to a selection shows it above the card, which sits as a sheet over the map, not over the controls', async () => {
    const atlas = await openAtlas(browser, { viewport: { width: 390, height: 844 }, hash: '#sel=places:hzmb' });
    try {
      const { page } = atlas;
      await waitForMapSettled(page);
      const card = (await page.locator('.selection-card').boundingBox())!;
      const toolbar = (await page.locator('.toolbar').boundingBox())!;
      const controls = (await page.locator('.maplibregl-ctrl-top-right').boundingBox())!;
      expect(card.width).toBeGreaterThan(300);
      expect(card.y).toBeGreaterThan(controls.y + controls.height);
      // 港珠澳大桥's middle (its Wikipedia coordinate) comes to lie between the toolbar and the card (the
      // fit waits for the card and the place's data, which load after the map is first idle).
      await page.waitForFunction((top) => window.gbaAtlas.map!.project([113.78056, 22.28306]).y < top, card.y, { timeout: 10_000 }).catch(() => {});
      await waitForMapSettled(page);
      const mid = await page.evaluate(() => window.gbaAtlas.map!.project([113.78056, 22.28306]));
      expect(mid.y).toBeGreaterThan(toolbar.y + toolbar.height);
      expect(mid.y).toBeLessThan(card.y);
      expect(mid.x).toBeGreaterThan(0);
      expect(mid.x).toBeLessThan(390);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('a panel that fails', () => {
  it('shows its own message; the map and the other panels keep working', async () => {
    const atlas = await openAtlas(browser, {
      // Fault injection: the item list's measuring fails as it mounts, as a bug in it would.
      setup: (page) =>
        page.addInitScript(() => {
          const Native = window.ResizeObserver;
          window.ResizeObserver = class extends Native {
            constructor(cb: ResizeObserverCallback) {
              if (document.querySelector('.item-scroller')) throw new Error('injected failure');
              super(cb);
            }
          };
        }),
    });
    try {
      const { page } = atlas;
      await page.getByRole('button', { name: '规划事项' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('此处出错');
      await page.getByRole('button', { name: '图层', exact: true }).click();
      await page.locator('.layer-panel').waitFor();
      await page.locator('[data-group="heritage"]').getByRole('checkbox').check();
      await page.waitForFunction(() => window.gbaAtlas.map!.getLayoutProperty('places-heritage-points', 'visibility') === 'visible');
      await page.evaluate(() => window.gbaAtlas.setState({ selection: { kind: 'admin', id: '440400' } }));
      await page.getByRole('region', { name: '所选地区' }).waitFor();
    } finally {
      await atlas.close();
    }
  });
});
