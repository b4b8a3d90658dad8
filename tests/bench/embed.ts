// The bench's embed case: an agency's page on another origin framing the atlas at 600×400
// (`?embed=1`, a view in the hash), as the README's snippet does. Timed from the host page's
// navigation start to the framed atlas's `ready` (its `gbaAtlas:ready` mark, set just before the
// `ready` event), so it is read next to the full app's time to `ready`. Once, not timed: two embeds on
// one page both reach `ready`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';

/** The embed may cost its host page at most this much more than opening the full app. */
export const EMBED_BUDGET = { maxReadyRatio: 1.5 };

/** Where the host pages are written and the URL prefix they are served under. */
export const HOST_PREFIX = '/host/';
export const hostDir = join(tmpdir(), 'gba-atlas-bench-host');

const VIEWS = ['#map=9/22.25/113.3', '#map=10/22.55/114.05'];

const hostHtml = (title: string, frames: string[]) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
  </head>
  <body>
    <h1>${title}</h1>
    <p>An agency's page with the atlas framed in it.</p>
${frames.join('\n')}
  </body>
</html>
`;

const iframe = (appUrl: string, view: string, title: string) =>
  `    <iframe src="${appUrl}?embed=1${view}" width="600" height="400" title="${title}" style="border: 0"></iframe>`;

/** Writes the host pages for an atlas served at `appUrl` (another origin): one embed, two embeds. */
export function writeHostPages(appUrl: string): { one: string; two: string } {
  rmSync(hostDir, { recursive: true, force: true });
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(join(hostDir, 'one.html'), hostHtml('One embed', [iframe(appUrl, VIEWS[0]!, '大湾区规划图集 · GBA Plan Atlas')]));
  writeFileSync(
    join(hostDir, 'two.html'),
    hostHtml('Two embeds', [iframe(appUrl, VIEWS[0]!, '大湾区规划图集：珠江口西岸'), iframe(appUrl, VIEWS[1]!, '大湾区规划图集：深圳')]),
  );
  return { one: 'one.html', two: 'two.html' };
}

/** The atlas in the page's `n`th iframe (cross-origin: reached through Playwright, not the DOM). */
async function frameOf(host: Page, n: number): Promise<Frame> {
  const handle = await host.locator('iframe').nth(n).elementHandle({ timeout: 60_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe ${n} of ${host.url()} has no frame`);
  return frame;
}

/** Until the framed atlas has emitted `ready`; returns when it did, as an epoch time (ms). */
async function frameReadyEpoch(frame: Frame): Promise<number> {
  await frame.waitForFunction(() => typeof window.gbaAtlas?.on === 'function', undefined, { timeout: 60_000 });
  // `on('ready')` answers at once when the atlas is ready already, so the time is read from the mark.
  await frame.evaluate(() => new Promise<void>((ok) => window.gbaAtlas.on('ready', () => ok())));
  return frame.evaluate(() => {
    const mark = performance.getEntriesByName('gbaAtlas:ready')[0];
    if (!mark) throw new Error('ready without the gbaAtlas:ready mark');
    return performance.timeOrigin + mark.startTime;
  });
}

/** The host page's navigation start → its (only) embed's `ready`, in ms, and that moment's epoch. */
export async function embedReady(host: Page): Promise<{ ms: number; epoch: number }> {
  const epoch = await frameReadyEpoch(await frameOf(host, 0));
  const hostOrigin = await host.evaluate(() => performance.timeOrigin);
  return { ms: epoch - hostOrigin, epoch };
}

/** Opens the two-embed page and checks that both embeds reach `ready`: an error says why not. */
export async function twoEmbedsReady(browser: Browser, url: string): Promise<string | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, serviceWorkers: 'block' });
  try {
    const host = await context.newPage();
    await host.goto(url);
    const frames = await Promise.all([frameOf(host, 0), frameOf(host, 1)]);
    await Promise.all(frames.map((f) => frameReadyEpoch(f)));
    const states = await Promise.all(frames.map((f) => f.evaluate(() => window.gbaAtlas.getState().status)));
    return states.every((s) => s === 'ready') ? null : `states: ${states.join(', ')}`;
  } catch (e) {
    return String(e);
  } finally {
    await context.close();
  }
}
