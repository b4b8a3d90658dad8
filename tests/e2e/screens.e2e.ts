// The screenshot suite and the label checks that can fail (issue #14, point 7). At three scales (the
// Greater Bay Area at z7, the west bank at z9, a city at z11), in 简体, 繁體 and English, on a laptop
// (1280×800) and a phone (390×844), and with the items panel open, it saves a PNG to
// tests/e2e/__screenshots__/ for review, and checks what a reader would see go wrong:
//   - no two placed label boxes overlap (MapLibre's own collision boxes: every symbol it placed, text
//     and icon, whether it was placed by collision or allowed to overlap; and the discs of the count
//     badges, which are circles drawn under their number, so part of that label);
//   - at GBA scale, each of the 11 GBA cities has its name placed.
// One browser; one page per size and language, moved between views by links.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/contracts/label.ts';
import { mapLayers } from '../../src/map/layers/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForMapSettled } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(import.meta.dirname, '__screenshots__');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

/** The three scales of the issue, as links (zoom/lat/lng). */
const VIEWS = {
  gba: '7/22.75/113.45',
  westbank: '9/22.35/113.3',
  city: '11/22.27/113.55',
} as const;
type View = keyof typeof VIEWS;

interface Shot {
  view: View;
  panel?: 'items';
}

/** What each size shows: the three scales, and the items panel with its count badges (where they
 * crowd most, at GBA scale; on a laptop also at the west bank). */
const SHOT_LIST: Record<Size, readonly Shot[]> = {
  desktop: [{ view: 'gba' }, { view: 'westbank' }, { view: 'city' }, { view: 'gba', panel: 'items' }, { view: 'westbank', panel: 'items' }],
  phone: [{ view: 'gba' }, { view: 'westbank' }, { view: 'city' }, { view: 'gba', panel: 'items' }],
};

/** The GBA's cities as the data names them: the 9 Guangdong cities and the 2 SARs. */
const GBA_CITIES = (
  JSON.parse(readFileSync(resolve(root, 'public/data/labels.geojson'), 'utf8')) as { features: { properties: { id: string; level: string; gba?: boolean; shortName: string } }[] }
).features
  .map((f) => f.properties)
  .filter((p) => p.level === 'city' && p.gba);

/** The circle layers that are the discs of count badges: their number is a symbol of the same source. */
const BADGE_DISCS = mapLayers.filter((l) => l.group === 'item-counts' && l.spec.type === 'circle').map((l) => l.spec.id);

/** A placed label: one collision box (or circle, for labels along lines) of one feature in one layer. */
interface PlacedBox {
  layer: string;
  source: string;
  /** bucket:feature — the boxes of one feature (its text and its icon) may touch each other. */
  feature: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** For a collision circle (line labels): centre and radius; the box is its bounds. */
  circle?: [number, number, number];
}

/**
 * Every box MapLibre placed in its last placement, read from its collision index: `grid` holds the
 * symbols placed by collision and those allowed to overlap (`*-allow-overlap`), `ignoredGrid` those
 * that ignore placement. Boxes are in the index's coordinates (the viewport shifted by 100 px), with
 * any translate applied; the bucket of each box names its layer. This is what MapLibre itself tests
 * for collisions (`showCollisionBoxes` draws the same boxes); queryRenderedFeatures is looked up
 * through it too, but returns features, not boxes.
 */
function placedBoxes(page: Page): Promise<PlacedBox[]> {
  return page.evaluate((discLayers) => {
    interface Grid {
      boxKeys: { bucketInstanceId: number; featureIndex: number }[];
      bboxes: ArrayLike<number>;
      circleKeys: { bucketInstanceId: number; featureIndex: number }[];
      circles: ArrayLike<number>;
    }
    interface Tile {
      buckets?: Record<string, { bucketInstanceId?: number }>;
    }
    const map = window.gbaAtlas.map as unknown as {
      style: {
        placement: { collisionIndex: { grid: Grid; ignoredGrid: Grid } };
        tileManagers: Record<string, { getRenderableIds(symbols: boolean): string[]; getTileByID(id: string): Tile }>;
      };
    };
    const layerOf = new Map<number, string>();
    const gl = window.gbaAtlas.map!;
    const sourceOf = (layer: string) => {
      const l = gl.getLayer(layer);
      return l && 'source' in l ? String(l.source) : '';
    };
    for (const tiles of Object.values(map.style.tileManagers)) {
      for (const id of tiles.getRenderableIds(true)) {
        for (const [layer, bucket] of Object.entries(tiles.getTileByID(id).buckets ?? {})) {
          if (bucket.bucketInstanceId !== undefined) layerOf.set(bucket.bucketInstanceId, layer);
        }
      }
    }
    const { grid, ignoredGrid } = map.style.placement.collisionIndex;
    const out: PlacedBox[] = [];
    for (const g of [grid, ignoredGrid]) {
      g.boxKeys.forEach((k, i) => {
        const [x1, y1, x2, y2] = [0, 1, 2, 3].map((j) => g.bboxes[i * 4 + j]! - 100) as [number, number, number, number];
        const layer = layerOf.get(k.bucketInstanceId) ?? `bucket ${k.bucketInstanceId}`;
        out.push({ layer, source: sourceOf(layer), feature: `${k.bucketInstanceId}:${k.featureIndex}`, x1, y1, x2, y2 });
      });
      g.circleKeys.forEach((k, i) => {
        const [x, y, r] = [0, 1, 2].map((j) => g.circles[i * 3 + j]!) as [number, number, number];
        const c: [number, number, number] = [x - 100, y - 100, r];
        const layer = layerOf.get(k.bucketInstanceId) ?? `bucket ${k.bucketInstanceId}`;
        out.push({ layer, source: sourceOf(layer), feature: `${k.bucketInstanceId}:${k.featureIndex}`, x1: c[0] - r, y1: c[1] - r, x2: c[0] + r, y2: c[1] + r, circle: c });
      });
    }
    // Badge discs, as drawn: at the point, moved by the layer's translate, radius plus stroke.
    for (const layer of discLayers.filter((id) => gl.getLayer(id) && gl.getLayoutProperty(id, 'visibility') !== 'none')) {
      const [tx, ty] = (gl.getPaintProperty(layer, 'circle-translate') as [number, number] | undefined) ?? [0, 0];
      const radius = gl.getPaintProperty(layer, 'circle-radius');
      const stroke = Number(gl.getPaintProperty(layer, 'circle-stroke-width') ?? 0);
      for (const f of gl.queryRenderedFeatures({ layers: [layer] })) {
        if (f.geometry.type !== 'Point') continue;
        const p = gl.project(f.geometry.coordinates as [number, number]);
        const r = (typeof radius === 'number' ? radius : Number(f.properties.radius)) + stroke;
        const c: [number, number, number] = [p.x + tx, p.y + ty, r];
        out.push({ layer, source: sourceOf(layer), feature: `${layer}:${String(f.properties.id ?? f.id)}`, x1: c[0] - r, y1: c[1] - r, x2: c[0] + r, y2: c[1] + r, circle: c });
      }
    }
    return out;
  }, BADGE_DISCS);
}

/** Whether two placed boxes cover a common area (touching edges do not count). */
function overlaps(a: PlacedBox, b: PlacedBox): boolean {
  if (!(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)) return false;
  const circleBox = ([x, y, r]: [number, number, number], o: PlacedBox) => {
    const dx = x - Math.max(o.x1, Math.min(x, o.x2));
    const dy = y - Math.max(o.y1, Math.min(y, o.y2));
    return dx * dx + dy * dy < r * r;
  };
  if (a.circle && b.circle) return Math.hypot(a.circle[0] - b.circle[0], a.circle[1] - b.circle[1]) < a.circle[2] + b.circle[2];
  if (a.circle) return circleBox(a.circle, b);
  if (b.circle) return circleBox(b.circle, a);
  return true;
}

/** A badge's disc and the number drawn on it (a box of the same source centred in the disc). */
function ownNumber(a: PlacedBox, b: PlacedBox): boolean {
  if (a.source !== b.source || !a.circle === !b.circle) return false;
  const [disc, box] = a.circle ? [a, b] : [b, a];
  const [x, y, r] = disc.circle!;
  return Math.hypot((box.x1 + box.x2) / 2 - x, (box.y1 + box.y2) / 2 - y) < r;
}

/** Pairs of placed labels of different features that overlap on screen (the viewport only). */
function overlappingLabels(boxes: readonly PlacedBox[], viewport: { width: number; height: number }): [PlacedBox, PlacedBox][] {
  const onScreen = boxes.filter((b) => b.x2 > 0 && b.y2 > 0 && b.x1 < viewport.width && b.y1 < viewport.height);
  const pairs: [PlacedBox, PlacedBox][] = [];
  for (let i = 0; i < onScreen.length; i++) {
    for (let j = i + 1; j < onScreen.length; j++) {
      const a = onScreen[i]!;
      const b = onScreen[j]!;
      if (a.feature !== b.feature && overlaps(a, b) && !ownNumber(a, b)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** What a label box shows, for a failure message: the texts the layer has there. */
async function labelText(page: Page, b: PlacedBox): Promise<string> {
  return page.evaluate(({ layer, x1, y1, x2, y2 }) => {
    const map = window.gbaAtlas.map!;
    if (!map.getLayer(layer)) return '?';
    const fs = map.queryRenderedFeatures(
      [
        [x1, y1],
        [x2, y2],
      ],
      { layers: [layer] },
    );
    const texts = fs.map(({ properties: p }) => String(p.shortName ?? p.name ?? p.label ?? p.count ?? p.id ?? '?'));
    return [...new Set(texts)].slice(0, 3).join(' / ') || '?';
  }, b);
}

async function describePairs(page: Page, pairs: [PlacedBox, PlacedBox][]): Promise<string[]> {
  const out: string[] = [];
  for (const [a, b] of pairs.slice(0, 12)) {
    const where = (x: PlacedBox) => `[${Math.round(x.x1)},${Math.round(x.y1)}–${Math.round(x.x2)},${Math.round(x.y2)}]`;
    out.push(`${a.layer} “${await labelText(page, a)}” ${where(a)} overlaps ${b.layer} “${await labelText(page, b)}” ${where(b)}`);
  }
  if (pairs.length > 12) out.push(`… and ${pairs.length - 12} more pairs`);
  return out;
}

/** Until the map is still, every tile loaded and every label faded in (MapLibre's `idle`). */
async function mapIdle(page: Page) {
  await waitForMapSettled(page);
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = window.gbaAtlas.map!;
        map.once('idle', () => ok());
        map.triggerRepaint();
      }),
  );
}

/** Shows a view the way a pasted link does. */
async function show(page: Page, locale: Locale, shot: Shot) {
  const hash = `#map=${VIEWS[shot.view]}${shot.panel ? `&panel=${shot.panel}` : ''}&lang=${locale}`;
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((p) => window.gbaAtlas.getState().panel === p, shot.panel ?? null);
  if (shot.panel === 'items') await page.locator('.side-panel .item-row').first().waitFor();
  await mapIdle(page);
}

const shotName = (shot: Shot, size: Size, locale: Locale) => `${shot.view}${shot.panel ? `-${shot.panel}` : ''}-${size}-${locale}.png`;

/** Boxes and circles for the test of the overlap test. */
const box = (feature: string, x1: number, y1: number, x2: number, y2: number): PlacedBox => ({ layer: 'l', source: 's', feature, x1, y1, x2, y2 });
const circle = (feature: string, x: number, y: number, r: number, source = 's2'): PlacedBox => ({ layer: 'l', source, feature, x1: x - r, y1: y - r, x2: x + r, y2: y + r, circle: [x, y, r] });

describe('screens at three scales, in three languages, on a laptop and a phone', () => {
  for (const size of Object.keys(SIZES) as Size[]) {
    it.each(LOCALES)(`${size}, %s: no two labels overlap; every GBA city is named at GBA scale`, { timeout: 180_000 }, async (locale) => {
      const viewport = SIZES[size];
      const atlas = await openAtlas(browser, { hash: `#map=${VIEWS.gba}&lang=${locale}`, viewport });
      const { page } = atlas;
      const problems: string[] = [];
      try {
        for (const shot of SHOT_LIST[size]) {
          await show(page, locale, shot);
          const name = shotName(shot, size, locale);
          await page.screenshot({ path: resolve(SHOTS, name) });
          const pairs = overlappingLabels(await placedBoxes(page), viewport);
          for (const line of await describePairs(page, pairs)) problems.push(`${name}: ${line}`);
          if (shot.view === 'gba' && !shot.panel && size === 'desktop') {
            // Placed labels only: queryRenderedFeatures answers symbol layers from the collision index.
            const placed = await page.evaluate(() => {
              const map = window.gbaAtlas.map!;
              const symbols = map.getStyle().layers.filter((l) => l.type === 'symbol').map((l) => l.id);
              return map.queryRenderedFeatures({ layers: symbols }).map((f) => ({ id: String(f.properties.id), level: f.properties.level as unknown }));
            });
            const named = new Set(placed.filter((f) => f.level === 'city').map((f) => f.id));
            const missing = GBA_CITIES.filter((c) => !named.has(c.id)).map((c) => c.shortName);
            if (missing.length) problems.push(`${name}: GBA cities without a placed label: ${missing.join(', ')}`);
          }
        }
        expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
        expect(atlas.consoleErrors).toEqual([]);
      } finally {
        await atlas.close();
      }
    });
  }

  it('the data names the 11 GBA cities, and the overlap test sees an overlap', () => {
    expect(GBA_CITIES.map((c) => c.shortName).sort()).toEqual(['东莞', '中山', '佛山', '广州', '惠州', '江门', '深圳', '澳门', '珠海', '肇庆', '香港'].sort());
    const view = { width: 100, height: 100 };
    expect(overlappingLabels([box('a', 0, 0, 10, 10), box('b', 5, 5, 15, 15)], view)).toHaveLength(1);
    expect(overlappingLabels([box('a', 0, 0, 10, 10), box('b', 10, 0, 20, 10)], view)).toHaveLength(0);
    expect(overlappingLabels([box('a', 0, 0, 10, 10), box('a', 5, 5, 15, 15)], view)).toHaveLength(0);
    // A circle near a box's corner: their bounds overlap, they do not.
    expect(overlappingLabels([box('a', 0, 0, 10, 10), circle('b', 13, 13, 4)], view)).toHaveLength(0);
    expect(overlappingLabels([box('a', 0, 0, 10, 10), circle('b', 12, 5, 4)], view)).toHaveLength(1);
    // A badge's disc under its own number is one label; under another label of its source, two.
    expect(overlappingLabels([box('a', 0, 0, 10, 10), circle('b', 5, 5, 8, 's')], view)).toHaveLength(0);
    expect(overlappingLabels([box('a', 0, 0, 10, 10), circle('b', 14, 5, 8, 's')], view)).toHaveLength(1);
    // The count badges are symbols (disc icon and number), so their boxes are in the collision index
    // the test reads; any badge drawn as a circle layer is added to it from its rendered features.
    const badgeLayers = mapLayers.filter((l) => l.group === 'item-counts' && l.spec.id.includes('badges'));
    expect(badgeLayers.length).toBeGreaterThan(0);
    expect(badgeLayers.every((l) => l.spec.type === 'symbol' || BADGE_DISCS.includes(l.spec.id))).toBe(true);
  });
});
