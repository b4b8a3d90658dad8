// The bench's deck case: the `structure` deck presented from its first slide to its last with the
// next-slide key, timing in the page, for each step, the key press to (a) the slide's text being on
// screen (its counter and title painted) and (b) the slide's camera settling (the map still again
// after its fit or flight). Animations (drawing, the morph) run after the camera and are not counted.
import type { Browser } from 'playwright-core';

/** The text is painted with the frame that draws the slide's map: on this machine's software WebGL one
 * such frame at 1920×1080 takes a few hundred ms (on a GPU, one frame: ~16 ms). */
export const DECK_BUDGET = { textMedianMs: 500 };

export interface DeckTiming {
  slides: number;
  textMs: number[];
  cameraMs: number[];
}

export async function measureDeck(browser: Browser, url: string): Promise<DeckTiming> {
  // No service worker: its one-time precaching of the whole app (after the first visit's map and data)
  // would run during the measurement; a returning presenter has it installed already.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${url}#present=structure&slide=1`);
    await page.waitForFunction(() => window.gbaAtlas?.getState().status === 'ready' && document.querySelector('.present-count') !== null, undefined, { timeout: 60_000 });
    const total = await page.evaluate(() => window.gbaAtlas.run('present.last').then(() => window.gbaAtlas.getState().presentation!.slide));
    await page.evaluate(() => window.gbaAtlas.run('present.first'));
    await page.waitForFunction(() => !window.gbaAtlas.map!.isMoving());
    const textMs: number[] = [];
    const cameraMs: number[] = [];
    for (let n = 2; n <= total; n++) {
      // A string, so the bundler's helpers (tsx names functions) do not leak into the page.
      const t = (await page.evaluate(`new Promise((done) => {
        const map = window.gbaAtlas.map;
        let text = -1, camera = -1, sawMove = false, frames = 0;
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
        const tick = () => {
          frames++;
          const now = performance.now();
          if (text < 0 && (document.querySelector('.present-count')?.textContent ?? '').includes('${n} /')) text = now - t0;
          const moving = map.isMoving();
          sawMove = sawMove || moving;
          // Still after moving, or never moved a few frames on (the slide was already in view).
          if (camera < 0 && !moving && (sawMove || frames > 6)) camera = now - t0;
          if ((text >= 0 && camera >= 0) || now - t0 > 10000) done({ text, camera });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })`)) as { text: number; camera: number };
      textMs.push(Math.round(t.text * 10) / 10);
      cameraMs.push(Math.round(t.camera));
      await page.waitForFunction(() => !window.gbaAtlas.map!.isMoving());
    }
    return { slides: total, textMs, cameraMs };
  } finally {
    await context.close();
  }
}
