// `npm run bench`: builds the app and a bare MapLibre page, loads each 7 times, alternately, in one
// headless Chromium, and compares time to map idle and bytes loaded; then opens the app with a
// synthetic corpus ten times the real one and times searching and filtering its item list
// (interactions.ts). Exits non-zero on a broken budget.
// `npm run bench -- --interactions` runs only the 10× case.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_VIEW } from '../../src/kernel/defaults.ts';
import { emptyBuiltSources, MAP_FILES } from '../../src/map/layers/index.ts';
import { buildStyle, type SourceData } from '../../src/map/style.ts';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type Mount } from '../support/staticServer.ts';
import { DECK_BUDGET, measureDeck, type DeckTiming } from './deck.ts';
import { INTERACTION_BUDGET, measureInteractions, SCALE, scaledDist } from './interactions.ts';

const RUNS = 7;
const BUDGET = { maxIdleRatio: 1.3, maxExtraJsGzipKB: 120 };
const root = resolve(import.meta.dirname, '../..');
const bareDist = join(tmpdir(), 'gba-atlas-bench-bare');

type Kind = 'js' | 'css' | 'data' | 'other';
interface Load {
  idleMs: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

const interactionsOnly = process.argv.includes('--interactions');
/** `npm run bench -- --deck`: only the deck case (no budgets checked). */
const deckOnly = process.argv.includes('--deck');

async function buildBoth(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts') });
  if (interactionsOnly) return;
  rmSync(bareDist, { recursive: true, force: true });
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    publicDir: resolve(root, 'public'),
    build: {
      outDir: bareDist,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: resolve(import.meta.dirname, 'bare.html') },
    },
  });
  // The same files and the same style as the app, with relative URLs (bare.ts makes them absolute).
  const sources: SourceData = { ...MAP_FILES, ...emptyBuiltSources() };
  const style = { ...buildStyle(sources, ''), center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom };
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

async function load(browser: Browser, url: string, mark: string, mounts: Mount[]): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Playwright reports the worker's fetches too (MapLibre loads GeoJSON there), which the page's
  // own resource timing does not see.
  const finished: { path: string; at: number }[] = [];
  page.on('requestfinished', (req) => {
    finished.push({ path: new URL(req.url()).pathname, at: req.timing().startTime + req.timing().responseEnd });
  });
  try {
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    const { idleMs, idleEpoch } = await page.evaluate((m) => {
      const idle = performance.getEntriesByName(m)[0]!.startTime;
      return { idleMs: idle, idleEpoch: performance.timeOrigin + idle };
    }, mark);
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
  const scaled = scaledDist(resolve(root, 'dist'));
  const mounts: Mount[] = [
    { prefix: '/maps/gba/', dir: resolve(root, 'dist') },
    { prefix: '/bare/', dir: bareDist },
    { prefix: `/maps/gba-x${SCALE}/`, dir: scaled.dir },
  ];
  const server = await startStaticServer(mounts);
  const browser = await launchChromium();
  const runs: { app: Load[]; bare: Load[] } = { app: [], bare: [] };
  let interactions: Awaited<ReturnType<typeof measureInteractions>>;
  let deck: DeckTiming | null = null;
  try {
    if (deckOnly) {
      const d = await measureDeck(browser, `${server.origin}/maps/gba/`);
      console.log(`deck: text shown median ${median(d.textMs)} max ${Math.max(...d.textMs)}; camera settled median ${median(d.cameraMs)} max ${Math.max(...d.cameraMs)} (ms, ${d.slides - 1} presses)`);
      return 0;
    }
    if (!interactionsOnly) {
      // One warm-up of each so the first measured run does not pay for Chromium's own start-up.
      await load(browser, `${server.origin}/maps/gba/`, 'gbaAtlas:ready', mounts);
      await load(browser, `${server.origin}/bare/bare.html`, 'bench:idle', mounts);
      for (let i = 0; i < RUNS; i++) {
        runs.app.push(await load(browser, `${server.origin}/maps/gba/`, 'gbaAtlas:ready', mounts));
        runs.bare.push(await load(browser, `${server.origin}/bare/bare.html`, 'bench:idle', mounts));
      }
    }
    interactions = await measureInteractions(browser, `${server.origin}/maps/gba-x${SCALE}/`);
    if (!interactionsOnly) deck = await measureDeck(browser, `${server.origin}/maps/gba/`);
  } finally {
    await browser.close();
    await server.close();
  }

  const interactionChecks = interactions.summary
    .filter((s) => s.kind !== 'clear' || s.n > 0)
    .flatMap((s) => [
      { budget: `${s.kind} median ≤ ${INTERACTION_BUDGET.medianMs} ms (${SCALE}× corpus)`, value: s.medianMs, ok: s.n >= 10 && s.medianMs <= INTERACTION_BUDGET.medianMs },
      { budget: `${s.kind} max ≤ ${INTERACTION_BUDGET.maxMs} ms (${SCALE}× corpus)`, value: s.maxMs, ok: s.n >= 10 && s.maxMs <= INTERACTION_BUDGET.maxMs },
    ]);
  const printInteractions = () => {
    console.log(`\n${SCALE}× corpus (${scaled.items} items; ${interactions.corpus}): dispatch → frame done, ms`);
    console.log(`${'action'.padEnd(8)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'max'.padStart(8)} ${'JS med'.padStart(8)} ${'layout med'.padStart(11)} ${'rows in DOM'.padStart(12)}`);
    for (const s of interactions.summary) {
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

  const summary = (loads: Load[]) => ({
    idleMsMedian: Math.round(median(loads.map((l) => l.idleMs))),
    idleMsRuns: loads.map((l) => Math.round(l.idleMs)),
    bytes: loads[0]!.bytes,
  });
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
  const checks = [
    { budget: `idle ratio ≤ ${BUDGET.maxIdleRatio}`, value: ratio, ok: ratio <= BUDGET.maxIdleRatio },
    { budget: `app JS gzip ≤ bare + ${BUDGET.maxExtraJsGzipKB} KB`, value: extraJsGzipKB, ok: extraJsGzipKB <= BUDGET.maxExtraJsGzipKB },
    ...interactionChecks,
    ...(deckSummary
      ? [{ budget: `deck: next-slide key → text shown, median ≤ ${DECK_BUDGET.textMedianMs} ms`, value: deckSummary.textMedianMs, ok: deckSummary.textMedianMs >= 0 && deckSummary.textMedianMs <= DECK_BUDGET.textMedianMs }]
      : []),
  ];

  const row = (name: string, s: typeof app) =>
    `${name.padEnd(6)} ${String(s.idleMsMedian).padStart(8)} ${`${kb(s.bytes.js.raw)}/${kb(s.bytes.js.gzip)}`.padStart(16)} ${`${kb(s.bytes.css.raw)}/${kb(s.bytes.css.gzip)}`.padStart(12)} ${`${kb(s.bytes.data.raw)}/${kb(s.bytes.data.gzip)}`.padStart(16)}`;
  console.log(`\nmedian of ${RUNS} loads each (KB raw/gzip)`);
  console.log(`${'page'.padEnd(6)} ${'idle ms'.padStart(8)} ${'JS'.padStart(16)} ${'CSS'.padStart(12)} ${'data'.padStart(16)}`);
  console.log(row('app', app));
  console.log(row('bare', bare));
  printInteractions();
  if (deckSummary) {
    console.log(`\ndeck "structure" at 1920×1080, ${deckSummary.slides - 1} next-slide presses: key → ms`);
    console.log(`${'text shown'.padEnd(16)} median ${String(deckSummary.textMedianMs).padStart(7)}  max ${String(deckSummary.textMaxMs).padStart(7)}`);
    console.log(`${'camera settled'.padEnd(16)} median ${String(deckSummary.cameraMedianMs).padStart(7)}  max ${String(deckSummary.cameraMaxMs).padStart(7)}`);
  }
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.budget}: ${c.value}`);

  writeFileSync(
    resolve(import.meta.dirname, 'results.json'),
    `${JSON.stringify({ runs: RUNS, app, bare, ratio, extraJsGzipKB, interactions: { scale: SCALE, items: scaled.items, budget: INTERACTION_BUDGET, ...interactions }, deck: deckSummary && { ...deckSummary, runs: deck }, checks }, null, 2)}\n`,
  );
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exit(await main());
