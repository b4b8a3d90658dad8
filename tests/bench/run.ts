// `npm run bench`: builds the app and a bare MapLibre page, loads each 7 times, alternately, in one
// headless Chromium, and compares time to map idle and bytes loaded; then opens the app with a
// synthetic corpus ten times the real one and times searching and filtering its item list
// (interactions.ts), presents a deck (deck.ts), and times one embed inside a host page on another
// origin to `ready`, next to the full app's time to `ready` (embed.ts). Exits non-zero on a broken
// budget. Everything is built into the system's temp folder, never into dist/.
// `npm run bench -- --interactions` runs only the 10× case; `-- --deck` only the deck case;
// `-- --embed` only the embed case (with the full app's loads it is compared with).
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_VIEW } from '../../src/kernel/defaults.ts';
import { emptyBuiltSources, MAP_FILES } from '../../src/map/layers/index.ts';
import { buildStyle, type SourceData } from '../../src/map/style.ts';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type Mount } from '../support/staticServer.ts';
import { DECK_BUDGET, measureDeck, type DeckTiming } from './deck.ts';
import { EMBED_BUDGET, embedReady, HOST_PREFIX, hostDir, twoEmbedsReady, writeHostPages } from './embed.ts';
import { INTERACTION_BUDGET, measureInteractions, SCALE, scaledDist } from './interactions.ts';

const RUNS = 7;
const BUDGET = { maxIdleRatio: 1.3, maxExtraJsGzipKB: 120 };
const root = resolve(import.meta.dirname, '../..');
const appDist = join(tmpdir(), 'gba-atlas-bench-app');
const bareDist = join(tmpdir(), 'gba-atlas-bench-bare');

type Kind = 'js' | 'css' | 'data' | 'other';
interface Load {
  /** Navigation start → the page's `ready` (the app, an embed's host page) or `idle` (bare MapLibre). */
  idleMs: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

const interactionsOnly = process.argv.includes('--interactions');
/** `npm run bench -- --deck`: only the deck case (no budgets checked). */
const deckOnly = process.argv.includes('--deck');
/** `npm run bench -- --embed`: only the embed case, with the full app's loads it is compared with. */
const embedOnly = process.argv.includes('--embed');

async function buildBoth(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), build: { outDir: appDist, emptyOutDir: true } });
  if (interactionsOnly || embedOnly) return;
  rmSync(bareDist, { recursive: true, force: true });
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    publicDir: resolve(root, 'public'),
    build: {
      outDir: bareDist,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: resolve(import.meta.dirname, 'bare.html') },
    },
  });
  // The same files and the same style as the app, with relative URLs (bare.ts makes them absolute).
  const sources: SourceData = { ...MAP_FILES, ...emptyBuiltSources() };
  const style = { ...buildStyle(sources), center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom };
  writeFileSync(join(bareDist, 'style.json'), JSON.stringify(style));
}

const sizeCache = new Map<string, { raw: number; gzip: number }>();
/** Bytes of a served file, raw and as a server would gzip it, read from disk for every request seen. */
function fileSize(path: string): { raw: number; gzip: number } {
  // A folder URL is served as its index.html, as by the static server.
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!sizeCache.has(file)) {
    const buf = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    sizeCache.set(file, { raw: buf.length, gzip: buf.length ? gzipSync(buf).length : 0 });
  }
  return sizeCache.get(file)!;
}

function kindOf(path: string): Kind {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json' || ext === '.geojson') return 'data';
  return 'other';
}

/** When a page (or its frame) is ready: ms after the page's navigation start, and as an epoch time. */
type ReadyAt = (page: Page) => Promise<{ ms: number; epoch: number }>;

/** The page's own performance mark `mark`. */
const markReady =
  (mark: string): ReadyAt =>
  async (page) => {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    const { ms, epoch } = await page.evaluate((m) => {
      const at = performance.getEntriesByName(m)[0]!.startTime;
      return { ms: at, epoch: performance.timeOrigin + at };
    }, mark);
    return { ms, epoch };
  };

async function load(browser: Browser, url: string, readyAt: ReadyAt, mounts: Mount[]): Promise<Load> {
  // No service worker (as in the other cases): it registers only after `ready`, and would then
  // precache the whole app while the next load runs.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Playwright reports the worker's fetches too (MapLibre loads GeoJSON there), which the page's
  // own resource timing does not see.
  const finished: { path: string; at: number }[] = [];
  page.on('requestfinished', (req) => {
    finished.push({ path: new URL(req.url()).pathname, at: req.timing().startTime + req.timing().responseEnd });
  });
  try {
    await page.goto(url);
    const { ms: idleMs, epoch: idleEpoch } = await readyAt(page);
    const bytes: Load['bytes'] = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    for (const r of finished.filter((f) => f.at <= idleEpoch)) {
      const mount = mounts.find((m) => r.path.startsWith(m.prefix));
      const size = mount ? fileSize(join(mount.dir, r.path.slice(mount.prefix.length))) : { raw: 0, gzip: 0 };
      const b = bytes[kindOf(r.path)];
      b.raw += size.raw;
      b.gzip += size.gzip;
    }
    return { idleMs, bytes };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const kb = (n: number) => Math.round(n / 102.4) / 10;

async function main(): Promise<number> {
  await buildBoth();
  const scaled = interactionsOnly || !(deckOnly || embedOnly) ? scaledDist(appDist) : null;
  const mounts: Mount[] = [
    { prefix: '/maps/gba/', dir: appDist },
    { prefix: '/bare/', dir: bareDist },
    ...(scaled ? [{ prefix: `/maps/gba-x${SCALE}/`, dir: scaled.dir }] : []),
  ];
  const server = await startStaticServer(mounts);
  const appUrl = `${server.origin}/maps/gba/`;
  // The embeds' host pages, on a second origin: the frame is cross-origin, as on an agency's site.
  const hostPages = writeHostPages(appUrl);
  const hostMount: Mount = { prefix: HOST_PREFIX, dir: hostDir };
  const hostServer = await startStaticServer([hostMount]);
  const embedUrl = `${hostServer.origin}${HOST_PREFIX}${hostPages.one}`;
  // Bytes are counted by path: the host page's and the framed app's files.
  const allMounts = [...mounts, hostMount];
  const appReady = markReady('gbaAtlas:ready');
  const bareIdle = markReady('bench:idle');
  const runs: { app: Load[]; bare: Load[]; embed: Load[] } = { app: [], bare: [], embed: [] };
  let interactions: Awaited<ReturnType<typeof measureInteractions>> | null = null;
  let deck: DeckTiming | null = null;
  let twoEmbedsError: string | null = null;
  const browser = await launchChromium();
  try {
    if (deckOnly) {
      const d = await measureDeck(browser, appUrl);
      console.log(`deck: text shown median ${median(d.textMs)} max ${Math.max(...d.textMs)}; camera settled median ${median(d.cameraMs)} max ${Math.max(...d.cameraMs)} (ms, ${d.slides - 1} presses)`);
      return 0;
    }
    if (!interactionsOnly) {
      // One warm-up of each so the first measured run does not pay for Chromium's own start-up.
      await load(browser, appUrl, appReady, allMounts);
      if (!embedOnly) await load(browser, `${server.origin}/bare/bare.html`, bareIdle, allMounts);
      await load(browser, embedUrl, embedReady, allMounts);
      for (let i = 0; i < RUNS; i++) {
        runs.app.push(await load(browser, appUrl, appReady, allMounts));
        if (!embedOnly) runs.bare.push(await load(browser, `${server.origin}/bare/bare.html`, bareIdle, allMounts));
        runs.embed.push(await load(browser, embedUrl, embedReady, allMounts));
      }
      twoEmbedsError = await twoEmbedsReady(browser, `${hostServer.origin}${HOST_PREFIX}${hostPages.two}`);
    }
    if (!embedOnly) interactions = await measureInteractions(browser, `${server.origin}/maps/gba-x${SCALE}/`);
    if (!interactionsOnly && !embedOnly) deck = await measureDeck(browser, appUrl);
  } finally {
    await browser.close();
    await server.close();
    await hostServer.close();
  }

  const summary = (loads: Load[]) => ({
    idleMsMedian: Math.round(median(loads.map((l) => l.idleMs))),
    idleMsRuns: loads.map((l) => Math.round(l.idleMs)),
    bytes: loads[0]!.bytes,
  });
  const row = (name: string, s: ReturnType<typeof summary>) =>
    `${name.padEnd(6)} ${String(s.idleMsMedian).padStart(8)} ${`${kb(s.bytes.js.raw)}/${kb(s.bytes.js.gzip)}`.padStart(16)} ${`${kb(s.bytes.css.raw)}/${kb(s.bytes.css.gzip)}`.padStart(12)} ${`${kb(s.bytes.data.raw)}/${kb(s.bytes.data.gzip)}`.padStart(16)}`;
  const printLoads = (rows: [string, ReturnType<typeof summary>][]) => {
    console.log(`\nmedian of ${RUNS} loads each, alternating (KB raw/gzip); app, embed: navigation start → ready; bare: → idle`);
    console.log(`${'page'.padEnd(6)} ${'ms'.padStart(8)} ${'JS'.padStart(16)} ${'CSS'.padStart(12)} ${'data'.padStart(16)}`);
    for (const [name, s] of rows) console.log(row(name, s));
  };
  const embedSummary = () => {
    const embed = summary(runs.embed);
    const appMedian = Math.round(median(runs.app.map((l) => l.idleMs)));
    const readyRatio = Math.round((embed.idleMsMedian / appMedian) * 100) / 100;
    return {
      ...embed,
      appReadyMsMedian: appMedian,
      readyRatio,
      twoEmbedsReady: twoEmbedsError === null,
      checks: [
        { budget: `embed ready median ≤ ${EMBED_BUDGET.maxReadyRatio} × app ready median`, value: readyRatio, ok: readyRatio <= EMBED_BUDGET.maxReadyRatio },
        { budget: 'two embeds on one page both reach ready', value: twoEmbedsError ?? 'yes', ok: twoEmbedsError === null },
      ],
    };
  };

  if (embedOnly) {
    const e = embedSummary();
    printLoads([
      ['app', summary(runs.app)],
      ['embed', e],
    ]);
    console.log(`embed (600×400 frame in a host page on another origin) / app ready: ${e.readyRatio}`);
    for (const c of e.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.budget}: ${c.value}`);
    return e.checks.every((c) => c.ok) ? 0 : 1;
  }
  if (!interactions || !scaled) throw new Error('no interactions measured');
  const measured = interactions;
  const scaledItems = scaled.items;

  const interactionChecks = measured.summary
    .filter((s) => s.kind !== 'clear' || s.n > 0)
    .flatMap((s) => [
      { budget: `${s.kind} median ≤ ${INTERACTION_BUDGET.medianMs} ms (${SCALE}× corpus)`, value: s.medianMs, ok: s.n >= 10 && s.medianMs <= INTERACTION_BUDGET.medianMs },
      { budget: `${s.kind} max ≤ ${INTERACTION_BUDGET.maxMs} ms (${SCALE}× corpus)`, value: s.maxMs, ok: s.n >= 10 && s.maxMs <= INTERACTION_BUDGET.maxMs },
    ]);
  const printInteractions = () => {
    console.log(`\n${SCALE}× corpus (${scaledItems} items; ${measured.corpus}): dispatch → frame done, ms`);
    console.log(`${'action'.padEnd(8)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'max'.padStart(8)} ${'JS med'.padStart(8)} ${'layout med'.padStart(11)} ${'rows in DOM'.padStart(12)}`);
    for (const s of measured.summary) {
      console.log(
        `${s.kind.padEnd(8)} ${String(s.n).padStart(4)} ${String(s.medianMs).padStart(8)} ${String(s.maxMs).padStart(8)} ${String(s.jsMedianMs).padStart(8)} ${String(s.layoutMedianMs).padStart(11)} ${`≤ ${s.maxRows}`.padStart(12)}`,
      );
    }
  };

  if (interactionsOnly) {
    printInteractions();
    for (const c of interactionChecks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.budget}: ${c.value}`);
    return interactionChecks.every((c) => c.ok) ? 0 : 1;
  }

  const app = summary(runs.app);
  const bare = summary(runs.bare);
  const ratio = Math.round((app.idleMsMedian / bare.idleMsMedian) * 100) / 100;
  const deckSummary = deck && {
    slides: deck.slides,
    textMedianMs: median(deck.textMs),
    textMaxMs: Math.max(...deck.textMs),
    cameraMedianMs: median(deck.cameraMs),
    cameraMaxMs: Math.max(...deck.cameraMs),
  };
  const extraJsGzipKB = kb(app.bytes.js.gzip - bare.bytes.js.gzip);
  const { checks: embedChecks, ...embed } = embedSummary();
  const checks = [
    { budget: `idle ratio ≤ ${BUDGET.maxIdleRatio}`, value: ratio, ok: ratio <= BUDGET.maxIdleRatio },
    { budget: `app JS gzip ≤ bare + ${BUDGET.maxExtraJsGzipKB} KB`, value: extraJsGzipKB, ok: extraJsGzipKB <= BUDGET.maxExtraJsGzipKB },
    ...interactionChecks,
    ...embedChecks,
    ...(deckSummary
      ? [{ budget: `deck: next-slide key → text shown, median ≤ ${DECK_BUDGET.textMedianMs} ms`, value: deckSummary.textMedianMs, ok: deckSummary.textMedianMs >= 0 && deckSummary.textMedianMs <= DECK_BUDGET.textMedianMs }]
      : []),
  ];

  printLoads([
    ['app', app],
    ['bare', bare],
    ['embed', embed],
  ]);
  console.log(`embed (600×400 frame in a host page on another origin) / app ready: ${embed.readyRatio}`);
  printInteractions();
  if (deckSummary) {
    console.log(`\ndeck "structure" at 1920×1080, ${deckSummary.slides - 1} next-slide presses: key → ms`);
    console.log(`${'text shown'.padEnd(16)} median ${String(deckSummary.textMedianMs).padStart(7)}  max ${String(deckSummary.textMaxMs).padStart(7)}`);
    console.log(`${'camera settled'.padEnd(16)} median ${String(deckSummary.cameraMedianMs).padStart(7)}  max ${String(deckSummary.cameraMaxMs).padStart(7)}`);
  }
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.budget}: ${c.value}`);

  writeFileSync(
    resolve(import.meta.dirname, 'results.json'),
    `${JSON.stringify({ runs: RUNS, app, bare, ratio, extraJsGzipKB, interactions: { scale: SCALE, items: scaledItems, budget: INTERACTION_BUDGET, ...measured }, embed, deck: deckSummary && { ...deckSummary, runs: deck }, checks }, null, 2)}\n`,
  );
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exit(await main());
