// `npm run bench`: builds the app and a bare MapLibre page, loads each 7 times, alternately, in one
// headless Chromium, and compares time to map idle and bytes loaded. Exits non-zero on a broken budget.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_VIEW } from '../../src/app/atlasInstance.ts';
import { BASEMAP_FILES, LABEL_SOURCES } from '../../src/map/layers/basemap.ts';
import { labelPoints } from '../../src/map/labelPoints.ts';
import { buildStyle, type SourceData } from '../../src/map/style.ts';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer, type Mount } from '../support/staticServer.ts';

const RUNS = 7;
const BUDGET = { maxIdleRatio: 1.3, maxExtraJsGzipKB: 120 };
const root = resolve(import.meta.dirname, '../..');
const bareDist = join(tmpdir(), 'gba-atlas-bench-bare');

type Kind = 'js' | 'css' | 'data' | 'other';
interface Load {
  idleMs: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

async function buildBoth(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts') });
  rmSync(bareDist, { recursive: true, force: true });
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'warn',
    publicDir: resolve(root, 'public'),
    build: { outDir: bareDist, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
  // Same sources as the app (the label points it derives in the browser are precomputed here).
  const sources: Record<string, string> = { ...BASEMAP_FILES };
  mkdirSync(join(bareDist, 'data/labels'), { recursive: true });
  for (const [labelId, fileId] of Object.entries(LABEL_SOURCES)) {
    const fc = JSON.parse(readFileSync(resolve(root, 'public', BASEMAP_FILES[fileId]), 'utf8')) as FeatureCollection;
    writeFileSync(join(bareDist, `data/labels/${labelId}.geojson`), JSON.stringify(labelPoints(fc)));
    sources[labelId] = `data/labels/${labelId}.geojson`;
  }
  const style = { ...buildStyle(sources as SourceData, ''), center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom };
  writeFileSync(join(bareDist, 'style.json'), JSON.stringify(style));
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipCache.has(file)) gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  return gzipCache.get(file)!;
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
  try {
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    const { idleMs, resources } = await page.evaluate((m) => {
      const idle = performance.getEntriesByName(m)[0]!.startTime;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        idleMs: idle,
        resources: entries.filter((e) => e.startTime < idle).map((e) => ({ url: e.name, raw: e.decodedBodySize })),
      };
    }, mark);
    const bytes: Load['bytes'] = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    for (const r of resources) {
      const path = new URL(r.url).pathname;
      const mount = mounts.find((m) => path.startsWith(m.prefix));
      const b = bytes[kindOf(path)];
      b.raw += r.raw;
      b.gzip += mount ? gzipSize(join(mount.dir, path.slice(mount.prefix.length))) : 0;
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
  const mounts: Mount[] = [
    { prefix: '/maps/gba/', dir: resolve(root, 'dist') },
    { prefix: '/bare/', dir: bareDist },
  ];
  const server = await startStaticServer(mounts);
  const browser = await launchChromium();
  const runs: { app: Load[]; bare: Load[] } = { app: [], bare: [] };
  try {
    // One warm-up of each so the first measured run does not pay for Chromium's own start-up.
    await load(browser, `${server.origin}/maps/gba/`, 'gbaAtlas:ready', mounts);
    await load(browser, `${server.origin}/bare/`, 'bench:idle', mounts);
    for (let i = 0; i < RUNS; i++) {
      runs.app.push(await load(browser, `${server.origin}/maps/gba/`, 'gbaAtlas:ready', mounts));
      runs.bare.push(await load(browser, `${server.origin}/bare/`, 'bench:idle', mounts));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const summary = (loads: Load[]) => ({
    idleMsMedian: Math.round(median(loads.map((l) => l.idleMs))),
    idleMsRuns: loads.map((l) => Math.round(l.idleMs)),
    bytes: loads[0]!.bytes,
  });
  const app = summary(runs.app);
  const bare = summary(runs.bare);
  const ratio = Math.round((app.idleMsMedian / bare.idleMsMedian) * 100) / 100;
  const extraJsGzipKB = kb(app.bytes.js.gzip - bare.bytes.js.gzip);
  const checks = [
    { budget: `idle ratio ≤ ${BUDGET.maxIdleRatio}`, value: ratio, ok: ratio <= BUDGET.maxIdleRatio },
    { budget: `app JS gzip ≤ bare + ${BUDGET.maxExtraJsGzipKB} KB`, value: extraJsGzipKB, ok: extraJsGzipKB <= BUDGET.maxExtraJsGzipKB },
  ];

  const row = (name: string, s: typeof app) =>
    `${name.padEnd(6)} ${String(s.idleMsMedian).padStart(8)} ${`${kb(s.bytes.js.raw)}/${kb(s.bytes.js.gzip)}`.padStart(16)} ${`${kb(s.bytes.css.raw)}/${kb(s.bytes.css.gzip)}`.padStart(12)} ${`${kb(s.bytes.data.raw)}/${kb(s.bytes.data.gzip)}`.padStart(16)}`;
  console.log(`\nmedian of ${RUNS} loads each (KB raw/gzip)`);
  console.log(`${'page'.padEnd(6)} ${'idle ms'.padStart(8)} ${'JS'.padStart(16)} ${'CSS'.padStart(12)} ${'data'.padStart(16)}`);
  console.log(row('app', app));
  console.log(row('bare', bare));
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.budget}: ${c.value}`);

  writeFileSync(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify({ runs: RUNS, app, bare, ratio, extraJsGzipKB, checks }, null, 2)}\n`);
  return checks.every((c) => c.ok) ? 0 : 1;
}

process.exit(await main());
