// The atlas at three sizes, as a person holds it: a phone (390×844, touch), a tablet (768×1024) and a
// laptop (1280×800). On the phone a panel is a bottom sheet over half the screen with the map usable
// above it, dragged by its handle to full height and down to close; the toolbar is one menu button;
// everything a finger presses is at least 44 px tall. On the tablet a panel is a narrow overlay; on
// the laptop the layout is as it was.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, project, waitForLink, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
const LAPTOP = { width: 1280, height: 800 };
/** 广州白云国际机场 (public/data/places/airports.geojson, id `can`). */
const CAN: [number, number] = [113.29889, 23.3925];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const box = async (l: Locator) => (await l.boundingBox())!;
const center = (page: Page) => page.evaluate(() => window.gbaAtlas.map!.getCenter().toArray());

/** Every control in `scope` a person can press, with its height: a checkbox by its label; links and
 * buttons inside running text (display: inline) are exempt, as WCAG 2.5.8 exempts them. */
function targets(scope: Locator): Promise<{ what: string; height: number; width: number }[]> {
  return scope.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, select, input, a[href], summary')]
      .map((el) => {
        const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label') ?? el) : el;
        const r = target.getBoundingClientRect();
        const style = getComputedStyle(target);
        return { el: target, r, style };
      })
      .filter(({ r, style }) => r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'inline')
      .map(({ el, r }) => ({ what: `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`, height: Math.round(r.height), width: Math.round(r.width) })),
  );
}

/** A touch drag (real touch events, as a finger makes them) from one point to another; with `rest`, the
 * finger stops there before it lifts (no flick, whatever the speed of the events before). */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 8, rest = false): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const k = i / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k }] });
    await page.waitForTimeout(30);
  }
  if (rest) {
    await page.waitForTimeout(150);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to.x, y: to.y + 1 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The sheet's height once it has come to rest (a short transition follows a release). */
async function restingHeight(sheet: Locator): Promise<number> {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const h = (await box(sheet)).height;
    if (Math.abs(h - last) < 0.5) return h;
    last = h;
    await sheet.page().waitForTimeout(80);
  }
  return last;
}

describe('on a phone (390×844, touch)', () => {
  let atlas: AtlasPage;
  let page: Page;
  beforeAll(async () => {
    atlas = await openAtlas(browser, { viewport: PHONE, hash: '#panel=items', contextOptions: { hasTouch: true } });
    page = atlas.page;
    await page.locator('.item-list').waitFor();
  });
  afterAll(() => atlas?.close());

  it('shows a panel as a sheet over the lower half, the map above it visible and draggable', async () => {
    const sheet = page.locator('.side-panel');
    const s = await box(sheet);
    expect(s.width).toBe(PHONE.width);
    expect(s.y + s.height).toBeCloseTo(PHONE.height, 0);
    expect(s.height).toBeGreaterThan(PHONE.height * 0.45);
    expect(s.height).toBeLessThan(PHONE.height * 0.55);
    // The map's credits sit on the sheet, not under it.
    const credits = await box(page.locator('.maplibregl-ctrl-attrib'));
    expect(credits.y + credits.height).toBeLessThanOrEqual(s.y + 1);
    // Above the sheet is the map itself: a point there is the canvas, and a drag there pans it.
    const probe = { x: 120, y: 300 };
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'), probe)).toBe(true);
    const before = await center(page);
    await touchDrag(page, probe, { x: 260, y: 200 });
    await waitForMapSettled(page);
    const after = await center(page);
    expect(after[0]).toBeLessThan(before[0] - 0.01); // dragged right and up: the map shows what lay west…
    expect(after[1]).toBeLessThan(before[1] - 0.01); // …and south
  });

  it('a tap on the map above the sheet selects what is there; the sheet then lowers to its peek, the card above it', async () => {
    // Bring 白云机场 into the visible part, well above the sheet.
    await page.evaluate((c) => window.gbaAtlas.map!.easeTo({ center: c, zoom: 11, offset: [0, -230], duration: 0 }), CAN);
    await waitForMapSettled(page);
    const at = await project(page, CAN);
    expect(at.y).toBeLessThan((await box(page.locator('.side-panel'))).y - 60);
    await page.touchscreen.tap(at.x, at.y);
    // The airport and its economic zone share the spot: the map asks which, in names a finger can tap.
    const choice = page.locator('.place-chooser').getByRole('button', { name: '广州白云国际机场' });
    await choice.waitFor();
    expect((await box(choice)).height).toBeGreaterThanOrEqual(44);
    await choice.tap();
    await waitForLink(page, 'sel=places:can');
    const card = page.locator('.selection-card');
    await card.waitFor();
    const sheet = page.locator('.side-panel');
    expect(await restingHeight(sheet)).toBeLessThan(100);
    expect(await sheet.getAttribute('data-sheet')).toBe('peek');
    const c = await box(card);
    expect(c.y + c.height).toBeLessThanOrEqual((await box(sheet)).y);
    // Closing the card brings the sheet back to half height.
    await card.getByRole('button', { name: '关闭' }).tap();
    await card.waitFor({ state: 'detached' });
    expect(await restingHeight(sheet)).toBeGreaterThan(PHONE.height * 0.45);
  });

  it('the handle drags the sheet to full height (mouse and touch), down again, and off', async () => {
    const sheet = page.locator('.side-panel');
    const handle = page.getByRole('button', { name: '展开面板' });
    const h = await box(handle);
    expect(h.height).toBeGreaterThanOrEqual(44);
    // A mouse drag up to near the top.
    await page.mouse.move(h.x + h.width / 2, h.y + 10);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, 200, { steps: 8 });
    await page.mouse.move(h.x + h.width / 2, 120, { steps: 4 });
    await page.mouse.up();
    const full = await restingHeight(sheet);
    expect(full).toBeGreaterThan(PHONE.height * 0.8);
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    // It stops below the menu button and the map's credits: both stay in view.
    const menu = await box(page.getByRole('button', { name: '菜单' }));
    const s = await box(sheet);
    expect(s.y).toBeGreaterThan(menu.y + menu.height);
    expect((await box(page.locator('.maplibregl-ctrl-attrib'))).y).toBeGreaterThan(menu.y + menu.height - 1);
    // A finger drags it down to about half and rests there before lifting (a flick would carry it on to the peek).
    await touchDrag(page, { x: 195, y: s.y + 20 }, { x: 195, y: PHONE.height / 2 + 20 }, 12, true);
    const half = await restingHeight(sheet);
    expect(half).toBeGreaterThan(PHONE.height * 0.4);
    expect(half).toBeLessThan(PHONE.height * 0.6);
    // By keyboard: the handle is a button (half ↔ full).
    await handle.focus();
    await page.keyboard.press('Enter');
    expect(await restingHeight(sheet)).toBeGreaterThan(PHONE.height * 0.8);
    await page.keyboard.press('Enter');
    expect(await restingHeight(sheet)).toBeLessThan(PHONE.height * 0.6);
    // Dragged (by its header) to the bottom, it closes the panel.
    const head = await box(sheet.locator('.side-panel-head h2'));
    await touchDrag(page, { x: head.x + 10, y: head.y + 5 }, { x: head.x + 10, y: PHONE.height - 5 }, 12);
    await sheet.waitFor({ state: 'detached' });
    await waitForLink(page, 'panel=', false);
  });

  it('folds the toolbar into one menu button whose items each run their command', async () => {
    // The sheet the last test dragged off has gone and the map has settled (a tap straight after a
    // touch drag can be taken as the gesture's end, not a tap).
    await waitForMapSettled(page);
    await page.waitForTimeout(500);
    const menuButton = page.getByRole('button', { name: '菜单' });
    expect(await page.locator('.toolbar-items').isVisible()).toBe(false);
    const m = await box(menuButton);
    expect(m.width).toBeGreaterThanOrEqual(44);
    expect(m.height).toBeGreaterThanOrEqual(44);
    expect(m.x + m.width).toBeGreaterThan(PHONE.width - 20); // top right
    expect(m.y).toBeLessThan(20);
    // The map's controls are below it, not under it, and a finger's size.
    const controls = await box(page.locator('.maplibregl-ctrl-top-right > .maplibregl-ctrl').first());
    expect(controls.y).toBeGreaterThanOrEqual(m.y + m.height);
    const mapButtons = await targets(page.locator('.maplibregl-ctrl-top-right'));
    expect(mapButtons.length).toBeGreaterThanOrEqual(4); // +, −, the compass, full screen (and "your own data")
    for (const b of mapButtons) expect(b.height, b.what).toBeGreaterThanOrEqual(44);

    const open = async () => {
      await menuButton.tap();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      await page.locator('.toolbar-items').waitFor();
    };
    await open();
    const items = await targets(page.locator('.toolbar-items'));
    expect(items.map((i) => i.what).join('\n')).toMatch(/图层[\s\S]*规划事项[\s\S]*统计[\s\S]*演示[\s\S]*分享[\s\S]*select[\s\S]*键盘快捷键/);
    for (const i of items) expect(i.height, i.what).toBeGreaterThanOrEqual(44);
    // Esc folds it, focus back on the button.
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.evaluate((el) => el === document.activeElement)).toBe(true);
    // A tap on the map folds it too.
    await open();
    await page.touchscreen.tap(100, 500);
    await page.locator('.toolbar-items').waitFor({ state: 'hidden' });

    // Each panel opens from it (and the menu folds).
    for (const [name, selector] of [
      ['图层', '.layer-panel'],
      ['统计', '.summary-panel'],
      ['规划事项', '[data-panel="items"]'],
    ] as const) {
      await open();
      await page.locator('.toolbar-items').getByRole('button', { name, exact: true }).tap();
      await page.locator(`.side-panel${selector}`).waitFor();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    }
    // Present, share, export and the shortcuts open their dialogs; Esc closes each.
    for (const name of ['演示', '分享', '导出图片', '键盘快捷键']) {
      await open();
      await page.locator('.toolbar-items').getByRole('button', { name, exact: true }).tap();
      const dialog = page.getByRole('dialog');
      await dialog.first().waitFor();
      await page.keyboard.press('Escape');
      await dialog.first().waitFor({ state: 'hidden' });
    }
    // The language: English, at once (the menu's own button too).
    await open();
    await page.locator('.toolbar-items').getByRole('combobox').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('button', { name: 'Menu' }).waitFor();
    await page.getByRole('button', { name: 'Expand panel' }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.locator('.toolbar-items').getByRole('combobox').selectOption('zh-Hans');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it.each([
    ['items', '.item-list'],
    ['layers', '.layer-sections'],
    ['summary', '.bar-chart'],
  ])('makes everything in the %s sheet at least 44 px tall', async (panel, ready) => {
    await page.evaluate((p) => window.gbaAtlas.setState({ panel: p }), panel);
    const sheet = page.locator(`.side-panel[data-panel="${panel}"]`);
    await sheet.locator(ready).first().waitFor();
    // At full height, with the item facets unfolded: all of it.
    await page.getByRole('button', { name: '展开面板' }).tap();
    if (panel === 'items') await sheet.getByRole('button', { name: '筛选' }).tap();
    await restingHeight(sheet);
    const found = await targets(sheet);
    expect(found.length).toBeGreaterThan(panel === 'items' ? 12 : 8);
    for (const t of found) expect(t.height, t.what).toBeGreaterThanOrEqual(44);
  });

  it('makes the buttons of a card at least 44 px tall', async () => {
    await page.evaluate(() => window.gbaAtlas.setState({ panel: null }));
    await page.evaluate(() => window.gbaAtlas.setState({ selection: { kind: 'places', id: 'can' } }));
    const card = page.locator('.selection-card');
    await card.locator('.place-items button').first().waitFor();
    for (const t of await targets(card)) expect(t.height, t.what).toBeGreaterThanOrEqual(44);
    await page.evaluate(() => window.gbaAtlas.setState({ selection: null }));
  });
});

describe('on a tablet (768×1024)', () => {
  it('shows a panel as a narrow overlay at the left, most of the map beside it, the toolbar as buttons', async () => {
    const atlas = await openAtlas(browser, { viewport: TABLET, hash: '#panel=items&sel=places:can' });
    try {
      const { page } = atlas;
      await page.locator('.item-list').waitFor();
      const p = await box(page.locator('.side-panel'));
      expect(p.x).toBe(0);
      expect(p.y).toBe(0);
      expect(p.height).toBe(TABLET.height);
      expect(p.width).toBeLessThanOrEqual(330);
      expect(p.width).toBeGreaterThanOrEqual(300);
      expect(TABLET.width - p.width).toBeGreaterThan(TABLET.width * 0.55);
      // The toolbar is a row of buttons right of the panel; no menu button, no sheet handle.
      const layers = await box(page.getByRole('button', { name: '图层', exact: true }));
      expect(layers.x).toBeGreaterThan(p.width);
      expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
      expect(await page.locator('.sheet-handle').isVisible()).toBe(false);
      // The card sits right of the panel, over the map.
      const card = await box(page.locator('.selection-card'));
      expect(card.x).toBeGreaterThan(p.width);
      // The map beside the panel is the canvas.
      expect(await page.evaluate(() => document.elementFromPoint(600, 900)?.classList.contains('maplibregl-canvas'))).toBe(true);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('on a laptop (1280×800)', () => {
  it('keeps the desktop layout: a 380 px panel at the left, the toolbar in one row beside it, standard controls', async () => {
    const atlas = await openAtlas(browser, { viewport: LAPTOP, hash: '#panel=items' });
    try {
      const { page } = atlas;
      await page.locator('.item-list').waitFor();
      expect(await box(page.locator('.side-panel'))).toEqual({ x: 0, y: 0, width: 380, height: 800 });
      const buttons = page.locator('.toolbar').getByRole('button');
      const names = await buttons.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => e.getAttribute('aria-label') ?? e.textContent));
      expect(names).toEqual(['图层', '规划事项', '统计', '演示', '分享', '导出图片', '键盘快捷键']);
      // The toolbar sits under the title block and the search box, in the column right of the panel.
      const header = await box(page.getByRole('banner'));
      expect(header.x).toBe(392);
      expect(header.y).toBe(12);
      const first = await box(buttons.filter({ hasText: '图层' }));
      expect(first.x).toBe(392);
      expect(first.y).toBeGreaterThan(header.y + header.height);
      expect(first.y).toBeLessThan(header.y + header.height + 24);
      // One row: every toolbar control at the first one's height.
      const tops = await page.locator('.toolbar').locator('button, select').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops.filter((y) => y > 0)).size).toBe(1);
      expect(await page.locator('.sheet-handle').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: '筛选' }).isVisible()).toBe(false);
      expect(await page.locator('.item-facets').isVisible()).toBe(true);
      // MapLibre's own control size, at the top right.
      const zoomIn = await box(page.locator('.maplibregl-ctrl-zoom-in'));
      expect(zoomIn.height).toBe(29);
      expect(zoomIn.y).toBeLessThan(20);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
