// Presentation mode, as a presenter uses it: a clicker's keys and the keyboard move through the
// `structure` deck, a number and Enter jump, the URL follows without filling the history and Back
// leaves the deck; each slide shows its own camera, layers and highlights; exploring and R return to
// the slide; reduced motion jumps; the presenter window and the audience window follow each other;
// a deck with an error is refused with its slide and field named; an own deck survives export and
// import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/contracts/deck.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const root = resolve(import.meta.dirname, '../..');
/** The deck as its source says (data/decks/), not as the app shows it. */
const sourceDeck = (id: string) => JSON.parse(readFileSync(resolve(root, 'data/decks', `${id}.json`), 'utf8')) as Deck;
const structure = sourceDeck('structure');
const SLIDES = structure.slides.length;

const state = (page: Page) => page.evaluate(() => window.gbaAtlas.getState());
const slideNow = async (page: Page) => (await state(page)).presentation?.slide ?? null;
const counter = (page: Page) => page.locator('.present-count').innerText();
const notices = (page: Page) => page.locator('.notice-bar li span').allInnerTexts();

async function withAtlas(options: Parameters<typeof openAtlas>[1], fn: (atlas: AtlasPage) => Promise<void>, allowedErrors?: RegExp) {
  const atlas = await openAtlas(browser, options);
  try {
    await fn(atlas);
    expect(atlas.consoleErrors.filter((e) => !allowedErrors?.test(e))).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  } finally {
    await atlas.close();
  }
}

/** Until the camera has carried out what was asked (a request is carried out a few frames after the
 * change that made it) and the map is still. */
async function cameraSettled(page: Page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok)))));
  await waitForMapSettled(page);
}

/** Until the caption shows slide `n` and the map has arrived. */
async function onSlide(page: Page, n: number) {
  await page.waitForFunction((want) => window.gbaAtlas.getState().presentation?.slide === want, n);
  await page.locator('.present-count').filter({ hasText: new RegExp(`\\b${n} / ${SLIDES}\\b`) }).waitFor();
  await cameraSettled(page);
}

describe('presenting the structure deck', () => {
  it('opens from a link on its slide, and a clicker’s keys, the keyboard and a typed number move through it', async () => {
    await withAtlas({ hash: '#present=structure&slide=2' }, async ({ page }) => {
      await onSlide(page, 2);
      expect(await counter(page)).toBe(`第 2 / ${SLIDES} 张`);
      const title = structure.slides[1]!.title;
      await page.locator('.present-title').filter({ hasText: typeof title === 'string' ? title : title['zh-Hans']! }).waitFor();
      // A clicker sends PageDown / PageUp (some send arrows); the keyboard adds Space, N, P, Home, End.
      const steps: [string, number][] = [
        ['PageDown', 3],
        ['ArrowRight', 4],
        ['Space', 5],
        ['n', 6],
        ['PageUp', 5],
        ['ArrowLeft', 4],
        ['p', 3],
        ['End', SLIDES],
        ['Home', 1],
      ];
      for (const [key, want] of steps) {
        await page.keyboard.press(key);
        await page.waitForFunction((n) => window.gbaAtlas.getState().presentation?.slide === n, want);
      }
      // A number, then Enter.
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.locator('.present-typed').filter({ hasText: '12' }).waitFor();
      await page.keyboard.press('Enter');
      await onSlide(page, 12);
      // Nothing past either end.
      await page.keyboard.press('End');
      await page.keyboard.press('PageDown');
      await onSlide(page, SLIDES);
      // The on-screen buttons do the same.
      await page.getByRole('button', { name: '‹ 上一张' }).click();
      await onSlide(page, SLIDES - 1);
      expect(await page.locator('.present-progress').getAttribute('aria-valuenow')).toBe(String(SLIDES - 1));
    });
  });

  it('replaces the history entry between slides, and Back leaves the deck for the map as it was', async () => {
    await withAtlas({ hash: '#map=9/22.3/113.4&panel=layers' }, async ({ page }) => {
      const length = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: '演示' }).click();
      await page.getByRole('dialog').getByRole('button', { name: /一核三极、两圈四轴/ }).click();
      await onSlide(page, 1);
      for (let n = 2; n <= 4; n++) {
        await page.keyboard.press('PageDown');
        await onSlide(page, n);
      }
      await page.waitForFunction(() => location.hash.includes('present=structure&slide=4'));
      expect(await page.evaluate(() => history.length)).toBe(length + 1);
      await page.goBack();
      await page.waitForFunction(() => window.gbaAtlas.getState().presentation === null);
      await page.locator('.present-caption').waitFor({ state: 'detached' });
      expect((await state(page)).panel).toBe('layers');
      // Forward opens the deck again, on the slide it was left at.
      await page.goForward();
      await onSlide(page, 4);
    });
  });

  it('shows each slide’s camera, layers and highlights', { timeout: 240_000 }, async () => {
    await withAtlas({ hash: '#present=structure&slide=1' }, async ({ page }) => {
      await onSlide(page, 1);
      for (let n = 1; n <= SLIDES; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await onSlide(page, n);
        }
        const slide = structure.slides[n - 1]!;
        const s = await state(page);
        // Layers: the slide's thematic groups on, every other thematic group off.
        const shown = await page.evaluate(() => {
          const map = window.gbaAtlas.map!;
          return map.getStyle().layers.filter((l) => l.layout?.visibility !== 'none').map((l) => l.id);
        });
        for (const g of slide.snapshot.layers.filter((l) => !l.startsWith('-'))) expect(s.layers[g as keyof typeof s.layers] ?? 'default', `slide ${n} ${g}`).not.toBe(false);
        expect(shown.length, `slide ${n}`).toBeGreaterThan(0);
        // Camera: the slide's box is in view, and the map is not zoomed far out of it.
        const cam = slide.snapshot.camera;
        if ('bbox' in cam) {
          const [w, so, e, no] = cam.bbox;
          const inView = await page.evaluate(([cx, cy]) => {
            const map = window.gbaAtlas.map!;
            const b = map.getBounds();
            return b.contains([cx!, cy!]);
          }, [(w + e) / 2, (so + no) / 2]);
          expect(inView, `slide ${n} centre of its box in view`).toBe(true);
          const span = await page.evaluate(() => {
            const b = window.gbaAtlas.map!.getBounds();
            return b.getEast() - b.getWest();
          });
          expect(span, `slide ${n} not far out`).toBeLessThan((e - w) * 4 + 0.5);
        } else {
          expect(s.view.zoom).toBeCloseTo(cam.view.zoom, 1);
        }
        // Highlights: exactly the slide's places and structure elements.
        const ids = await page.evaluate(() => {
          const src = window.gbaAtlas.map!.getSource('present-highlight') as unknown as { serialize(): { data: { features: { properties: { id: string } }[] } } };
          // Each shape, plus one name point per shape (`…#label`).
          return src.serialize().data.features.map((f) => f.properties.id).filter((id) => !id.endsWith('#label')).sort();
        });
        const hl = slide.snapshot.highlight ?? { places: [], structures: [] };
        expect(ids, `slide ${n} highlights`).toEqual([...(hl.places ?? []), ...(hl.structures ?? [])].sort());
      }
    });
  });

  it('lets the presenter explore, and R (or the button) returns to the slide; the next key continues from the slide', async () => {
    await withAtlas({ hash: '#present=structure&slide=3' }, async ({ page }) => {
      await onSlide(page, 3);
      const slideView = (await state(page)).view;
      const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.move(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.3);
      await page.mouse.down();
      await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.2, { steps: 6 });
      await page.mouse.up();
      await page.mouse.wheel(0, -400);
      await page.waitForFunction(() => window.gbaAtlas.map!.isMoving());
      await cameraSettled(page);
      const back = page.getByRole('button', { name: /回到本张幻灯片/ });
      await back.waitFor();
      expect((await state(page)).view).not.toEqual(slideView);
      await page.keyboard.press('r');
      await back.waitFor({ state: 'detached' });
      await cameraSettled(page);
      const restored = (await state(page)).view;
      expect(restored.zoom).toBeCloseTo(slideView.zoom, 1);
      expect(restored.center[0]).toBeCloseTo(slideView.center[0], 2);
      expect(restored.center[1]).toBeCloseTo(slideView.center[1], 2);
      // Wander again, then the next key: slide 4 as its own snapshot says.
      await page.mouse.wheel(0, 600);
      await page.waitForFunction(() => window.gbaAtlas.map!.isMoving());
      await cameraSettled(page);
      await page.keyboard.press('PageDown');
      await onSlide(page, 4);
      await page.keyboard.press('PageUp');
      await onSlide(page, 3);
      const again = (await state(page)).view;
      expect(again.zoom).toBeCloseTo(slideView.zoom, 1);
    });
  });

  it('with reduced motion, jumps to each slide instead of flying', async () => {
    await withAtlas({ hash: '#present=structure&slide=2', contextOptions: { reducedMotion: 'reduce' } }, async ({ page }) => {
      await onSlide(page, 2);
      expect(await page.getByRole('checkbox', { name: '减少动画' }).isChecked()).toBe(true);
      const moving = await page.evaluate(
        () =>
          new Promise<boolean[]>((done) => {
            const map = window.gbaAtlas.map!;
            const seen: boolean[] = [];
            const until = performance.now() + 600;
            void window.gbaAtlas.run('present.next');
            const tick = () => {
              seen.push(map.isMoving());
              if (performance.now() < until) requestAnimationFrame(tick);
              else done(seen);
            };
            requestAnimationFrame(tick);
          }),
      );
      // A jump: the camera is never seen moving across frames.
      expect(moving.filter(Boolean).length).toBeLessThanOrEqual(1);
      await onSlide(page, 3);
    });
  });

  it('B and . black out the screen, W whitens it, the same key or Esc returns, and Esc then leaves', async () => {
    await withAtlas({ hash: '#present=structure&slide=1' }, async ({ page }) => {
      await onSlide(page, 1);
      await page.keyboard.press('b');
      await page.locator('.present-blank[data-blank="black"]').waitFor();
      await page.keyboard.press('b');
      await page.locator('.present-blank').waitFor({ state: 'detached' });
      await page.keyboard.press('.');
      await page.locator('.present-blank[data-blank="black"]').waitFor();
      await page.keyboard.press('w');
      await page.locator('.present-blank[data-blank="white"]').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.present-blank').waitFor({ state: 'detached' });
      expect(await slideNow(page)).toBe(1);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.gbaAtlas.getState().presentation === null);
      // Out of the deck, W zooms to the west bank again and 0 resets the view.
      expect((await page.evaluate(() => window.gbaAtlas.commands().find((c) => c.id === 'view.zoomTo')))?.keys).toContain('w');
    });
  });
});

/** Whether the diagram's white backdrop is drawn (a layer that exists, with some opacity); runs in the page. */
const shown = () => {
  const map = window.gbaAtlas.map!;
  return Boolean(map.getLayer('present-anim-backdrop')) && Number(map.getPaintProperty('present-anim-backdrop', 'background-opacity') ?? 0) > 0;
};

describe('the structure as a diagram', () => {
  it('morphs from the diagram into the map, and M turns it back into the diagram and again into the map', async () => {
    await withAtlas({ hash: '#present=structure&slide=1' }, async ({ page }) => {
      await onSlide(page, 1);
      const backdrop = () => page.evaluate(shown);
      await page.keyboard.press('PageDown');
      // The diagram covers the map first (a white backdrop under it), then gives way to the geography.
      await page.waitForFunction(shown, undefined, { timeout: 15_000, polling: 'raf' });
      await onSlide(page, 2);
      await page.waitForFunction(() => !window.gbaAtlas.map!.getLayer('present-anim-backdrop'), undefined, { timeout: 15_000 });
      await page.getByRole('button', { name: /图式 ⇄ 地图/ }).waitFor();
      await page.keyboard.press('m');
      await page.waitForFunction(shown, undefined, { timeout: 15_000 });
      // It stays a diagram until asked again.
      await page.waitForTimeout(3000);
      expect(await backdrop()).toBe(true);
      await page.getByRole('button', { name: /图式 ⇄ 地图/ }).click();
      await page.waitForFunction(() => !window.gbaAtlas.map!.getLayer('present-anim-backdrop'), undefined, { timeout: 15_000 });
      // M is only a key on slides that morph.
      await page.keyboard.press('PageDown');
      await onSlide(page, 3);
      await page.keyboard.press('m');
      expect(await backdrop()).toBe(false);
    });
  });
});

describe('the presenter window', () => {
  it('shows notes, the next slide and the time, and follows the audience window both ways', async () => {
    await withAtlas({ hash: '#present=structure&slide=2' }, async ({ page }) => {
      await onSlide(page, 2);
      const popup = page.context().waitForEvent('page');
      await page.getByRole('button', { name: '演讲者视图' }).click();
      const presenter = await popup;
      await presenter.locator('[data-presenter]').waitFor();
      const notes = structure.slides[1]!.notes;
      const noteText = notes && typeof notes !== 'string' ? notes['zh-Hans']! : String(notes ?? '');
      await presenter.locator('.presenter-notes').filter({ hasText: noteText.slice(0, 12) }).waitFor();
      const nextTitle = structure.slides[2]!.title;
      await presenter.locator('.presenter-next-title').filter({ hasText: typeof nextTitle === 'string' ? nextTitle : nextTitle['zh-Hans']! }).waitFor();
      await presenter.locator('.presenter-thumb canvas').waitFor();
      expect(await presenter.locator('.presenter-elapsed').innerText()).toMatch(/^\d\d:\d\d$/);
      // The presenter advances: the audience follows.
      await presenter.keyboard.press('PageDown');
      await onSlide(page, 3);
      // The audience advances: the presenter follows.
      await page.keyboard.press('PageDown');
      await presenter.locator('.presenter-count').filter({ hasText: `第 4 / ${SLIDES} 张` }).waitFor();
      // Closing the presenter window leaves the audience window presenting.
      await presenter.close();
      await page.keyboard.press('PageDown');
      await onSlide(page, 5);
    });
  });
});

describe('decks from files', () => {
  const badDeck = {
    format: 'gba-atlas-deck',
    version: 1,
    id: 'bad',
    locale: 'zh-Hans',
    title: '有误的演示文稿',
    slides: [
      { title: '好', snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: ['structure-core'] } },
      { title: '坏', snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: ['no-such-layer'] } },
    ],
  };

  it('refuses a deck with an error, naming its slide and field, and keeps everything else as it was', async () => {
    await withAtlas({ hash: '#map=9/22.3/113.4&panel=items' }, async ({ page }) => {
      const result = await page.evaluate((deck) => window.gbaAtlas.run('present.import', { deck, name: 'bad.json' }), badDeck);
      expect(result).toMatchObject({ ok: false });
      expect((result as { error: string }).error).toContain('slide 2');
      expect((result as { error: string }).error).toContain('snapshot.layers[0]');
      expect((await notices(page)).join('\n')).toMatch(/演示文稿“bad”有误，未打开：第 2 张幻灯片的 snapshot\.layers\[0\]无法识别/);
      expect((await state(page)).presentation).toBeNull();
      expect((await state(page)).panel).toBe('items');
      // And through the chooser's file picker, in English.
      await page.evaluate(() => window.gbaAtlas.run('locale.set', { locale: 'en' }));
      await page.getByRole('button', { name: 'Present' }).click();
      await page.locator('.deck-chooser input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badDeck)) });
      await page.waitForFunction(() => [...document.querySelectorAll('.notice-bar li span')].some((s) => s.textContent?.includes('slide 2, snapshot.layers[0] is not known')));
      expect((await state(page)).presentation).toBeNull();
      // A link to a deck that does not exist: told, and the map works.
      await page.evaluate(() => {
        location.hash = '#present=no-such-deck&slide=1';
      });
      await page.waitForFunction(() => [...document.querySelectorAll('.notice-bar li span')].some((s) => s.textContent?.includes('no-such-deck')));
      await page.waitForFunction(() => window.gbaAtlas.getState().presentation === null);
    }, /404/);
  });

  it('builds a deck of one’s own from views, edits it, and it survives export and import', async () => {
    let file = '';
    await withAtlas({ hash: '#map=8/22.4/113.3', contextOptions: { acceptDownloads: true } }, async ({ page }) => {
      await page.getByRole('button', { name: '演示' }).click();
      await page.getByRole('button', { name: /用当前视图新建/ }).click();
      await page.locator('.present-editor').waitFor();
      await onSlideCount(page, 1);
      // Two more views: zoom in on the west bank, then show heritage.
      await page.evaluate(() => window.gbaAtlas.setState({ view: { center: [113.55, 22.25], zoom: 10 } }));
      await waitForMapSettled(page);
      await page.getByRole('button', { name: /将当前视图添加为幻灯片/ }).click();
      await onSlideCount(page, 2);
      await page.evaluate(() => window.gbaAtlas.run('layer.toggle', { group: 'heritage', visible: true }));
      await page.getByRole('button', { name: /将当前视图添加为幻灯片/ }).click();
      await onSlideCount(page, 3);
      await page.getByRole('textbox', { name: '标题 1' }).fill('珠江口全景');
      await page.getByRole('textbox', { name: '说明 2' }).fill('横琴与澳门');
      await page.getByRole('textbox', { name: '演讲者备注 3' }).fill('这里是历史文化');
      await page.getByRole('textbox', { name: '标题 1' }).focus();
      await page.getByRole('button', { name: '下移 1' }).click();
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[aria-label="标题 2"]')?.value === '珠江口全景');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出文件' }).click();
      const path = await (await download).path();
      file = readFileSync(path, 'utf8');
    });
    const exported = JSON.parse(file) as Deck;
    expect(exported.slides).toHaveLength(3);
    expect(exported.slides[1]!.title).toEqual({ 'zh-Hans': '珠江口全景' });
    expect(exported.slides[0]!.caption).toEqual({ 'zh-Hans': '横琴与澳门' });
    expect(exported.slides[2]!.snapshot.layers).toContain('heritage');
    // Another browser: drop the file on the map; it opens, with its words and views.
    await withAtlas({ hash: '#map=7/23/113' }, async ({ page }) => {
      const handle = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'my-deck.json', { type: 'application/json' }));
        return dt;
      }, file);
      await page.dispatchEvent('.atlas-map', 'dragenter', { dataTransfer: handle });
      await page.dispatchEvent('.atlas-map', 'dragover', { dataTransfer: handle });
      await page.dispatchEvent('.atlas-map', 'drop', { dataTransfer: handle });
      await page.locator('.present-count').filter({ hasText: '第 1 / 3 张' }).waitFor();
      await page.keyboard.press('PageDown');
      await page.locator('.present-title').filter({ hasText: '珠江口全景' }).waitFor();
      await page.keyboard.press('PageDown');
      await waitForMapSettled(page);
      const s = await state(page);
      expect(s.layers.heritage).toBe(true);
      expect(s.view.zoom).toBeCloseTo(10, 1);
    });
  });
});

async function onSlideCount(page: Page, n: number) {
  await page.waitForFunction((want) => document.querySelectorAll('.present-editor li').length === want, n);
}
