import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fitZoom, legendColumns, legendPlacement, metresPerPixel, pageLayout, pageSize, scaleBarLength, tilePlan } from './layout.ts';
import { readDpi, withDpi } from './pngDpi.ts';

describe('page sizes', () => {
  it('A4 landscape at 300 dpi is 3508 × 2480 pixels, with CSS pixels at 1/96 in', () => {
    expect(pageSize('a4-300dpi', { width: 800, height: 600, pixelRatio: 1 })).toEqual({ width: 3508, height: 2480, scale: 3.125, dpi: 300 });
  });
  it('full HD is 1920 × 1080 at one pixel per CSS pixel; the screen preset is the map at its pixel ratio', () => {
    expect(pageSize('1920x1080', { width: 800, height: 600, pixelRatio: 2 })).toEqual({ width: 1920, height: 1080, scale: 1 });
    expect(pageSize('screen', { width: 1280, height: 800, pixelRatio: 2 })).toEqual({ width: 2560, height: 1600, scale: 2 });
    // A phone's ratio of 3.5 is capped at 3, and a tiny map still gets a readable page.
    expect(pageSize('screen', { width: 200, height: 100, pixelRatio: 3.5 })).toEqual({ width: 960, height: 720, scale: 3 });
  });
});

describe('page layout', () => {
  type B = { x: number; y: number; width: number; height: number };
  const within = (b: B, o: B) => b.x >= o.x && b.y >= o.y && b.x + b.width <= o.x + o.width && b.y + b.height <= o.y + o.height;
  const overlaps = (a: B, b: B) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  it('on a landscape page: the title above the map, the credits below, the arrow and scale bar on it, the legend beside it', () => {
    for (const preset of ['1920x1080', 'a4-300dpi'] as const) {
      const size = pageSize(preset, { width: 1, height: 1, pixelRatio: 1 });
      const l = pageLayout(size);
      expect(l.title.y + l.title.height).toBeLessThanOrEqual(l.map.y);
      expect(l.footer.y).toBeGreaterThanOrEqual(l.map.y + l.map.height);
      expect(l.footer.y + l.footer.height).toBeLessThanOrEqual(size.height / size.scale);
      expect(within(l.northArrow, l.map) && within(l.scaleBar, l.map)).toBe(true);
      expect(overlaps(l.legendMax, l.map)).toBe(false);
      expect(within(l.legendMax, l.page)).toBe(true);
      expect(l.legendMax.width).toBeGreaterThanOrEqual(200);
    }
    expect(pageLayout(pageSize('1920x1080', { width: 1, height: 1, pixelRatio: 1 })).map.height).toBeGreaterThan(900);
  });
  it('on a portrait page (a phone’s screen): the legend in a band under the map, the credits on two lines', () => {
    const l = pageLayout(pageSize('screen', { width: 390, height: 700, pixelRatio: 3 }));
    expect(overlaps(l.legendMax, l.map)).toBe(false);
    expect(l.legendMax.y).toBeGreaterThanOrEqual(l.map.y + l.map.height);
    expect(l.footer.y).toBeGreaterThanOrEqual(l.legendMax.y + l.legendMax.height);
    expect(l.legendMax.height).toBeGreaterThan(150);
    expect(l.footerLines).toBe(3);
    expect(l.footer.y + l.footer.height).toBeLessThanOrEqual(700);
  });
});

describe('camera', () => {
  it('shows as much ground as the screen did: the same zoom for the same area, one level per doubling of the side', () => {
    expect(fitZoom(10, { width: 1000, height: 500 }, { width: 1000, height: 500 })).toBeCloseTo(10, 10);
    expect(fitZoom(10, { width: 1000, height: 500 }, { width: 500, height: 1000 })).toBeCloseTo(10, 10);
    expect(fitZoom(10, { width: 1000, height: 500 }, { width: 2000, height: 1000 })).toBeCloseTo(11, 10);
    expect(fitZoom(10, { width: 1000, height: 500 }, { width: 250, height: 125 })).toBeCloseTo(8, 10);
    expect(fitZoom(0.2, { width: 1000, height: 500 }, { width: 100, height: 100 })).toBe(0);
  });
});

describe('scale bar', () => {
  // OpenStreetMap's table: 156 543.03 m per pixel at zoom 0 of 256-pixel tiles; MapLibre's tiles are 512.
  it('measures the ground: 305.75 m per pixel at the equator at zoom 8, × cos φ further north (281.2 at 23.13° N)', () => {
    expect(metresPerPixel(0, 8)).toBeCloseTo(156543.03 / 512, 2);
    expect(metresPerPixel(23.13, 8)).toBeCloseTo(281.2, 1);
  });
  it('takes the longest 1, 2, 3 or 5 × 10ⁿ that fits, in km from 1 km', () => {
    expect(scaleBarLength(100, 140)).toEqual({ metres: 10000, px: 100, value: 10, unit: 'km' });
    expect(scaleBarLength(30, 140)).toEqual({ metres: 3000, px: 100, value: 3, unit: 'km' });
    expect(scaleBarLength(40, 140)).toEqual({ metres: 5000, px: 125, value: 5, unit: 'km' });
    expect(scaleBarLength(3, 140)).toEqual({ metres: 300, px: 100, value: 300, unit: 'm' });
    expect(scaleBarLength(1, 100)).toEqual({ metres: 100, px: 100, value: 100, unit: 'm' });
    expect(scaleBarLength(0.9, 140)).toEqual({ metres: 100, px: 100 / 0.9, value: 100, unit: 'm' });
  });
});

describe('tiles', () => {
  it('draws in one canvas when it fits', () => {
    expect(tilePlan(3476, 2100, 8192, 64, 3.125)).toEqual([{ x: 0, y: 0, width: 3476, height: 2100, dx: 0, dy: 0 }]);
  });
  it('covers a larger map exactly once, with centres as CSS offsets from the middle', () => {
    const tiles = tilePlan(3476, 2100, 2048, 64, 3.125);
    expect(tiles.length).toBe(4);
    // Every pixel is in exactly one tile.
    const covered = new Uint8Array(3476 * 2100);
    for (const t of tiles) {
      expect(t.width + 128).toBeLessThanOrEqual(2048);
      for (let y = t.y; y < t.y + t.height; y++) for (let x = t.x; x < t.x + t.width; x++) covered[y * 3476 + x]!++;
    }
    expect(covered.every((c) => c === 1)).toBe(true);
    const first = tiles[0]!;
    expect(first.dx).toBeCloseTo((first.width / 2 - 3476 / 2) / 3.125, 10);
    expect(first.dy).toBeCloseTo((first.height / 2 - 2100 / 2) / 3.125, 10);
  });
});

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: i % 4 === 0 ? ('heading' as const) : ('entry' as const), textWidth: 100 }));

describe('legend placement', () => {
  it('is one column when it fits', () => {
    const p = legendPlacement(items(8), 200, 1, 400);
    expect(p.shown).toBe(8);
    expect(new Set(p.at.map((a) => a.x)).size).toBe(1);
    expect(p.height).toBeLessThanOrEqual(400);
  });
  it('gives a wrapped name its second line', () => {
    const p = legendPlacement([{ kind: 'entry', textWidth: 100, lines: 2 }, { kind: 'entry', textWidth: 100 }], 200, 1, 400);
    expect(p.at[1]!.y - p.at[0]!.y).toBe(18 + 15);
  });
  it('flows into as many columns as it may, each within the room, and says how many did not fit', () => {
    const wide = legendPlacement(items(40), 200, 4, 200);
    expect(wide.shown).toBe(40);
    expect(new Set(wide.at.map((a) => a.x)).size).toBeGreaterThan(1);
    expect(wide.height).toBeLessThanOrEqual(200);
    const one = legendPlacement(items(40), 200, 1, 200);
    expect(one.shown).toBeLessThan(40);
    expect(one.width).toBe(200);
  });
  it('never leaves a heading alone at the foot of a column', () => {
    // Rows: entry (18), entry (18), heading (20), entry (18): a column of 60 holds the two entries and the
    // heading, but the heading's entry would not fit under it, so both start the next column.
    const p = legendPlacement([{ kind: 'entry', textWidth: 50 }, { kind: 'entry', textWidth: 50 }, { kind: 'heading', textWidth: 50 }, { kind: 'entry', textWidth: 50 }], 100, 2, 60);
    expect(p.at).toEqual([{ x: 0, y: 0 }, { x: 0, y: 18 }, { x: 118, y: 0 }, { x: 118, y: 20 }]);
  });
  it('cuts a band under the map into columns of at least 170 px, and keeps one column beside it', () => {
    expect(legendColumns({ width: 358 }, false)).toEqual({ columns: 2, width: (358 - 18) / 2 });
    expect(legendColumns({ width: 150 }, false)).toEqual({ columns: 1, width: 150 });
    expect(legendColumns({ width: 300 }, true)).toEqual({ columns: 1, width: 300 });
    expect(legendColumns({ width: 2 * 224.5 + 18 }, true)).toEqual({ columns: 2, width: 224.5 });
  });
  it('gives a long legend beside the map a second column, from the map', () => {
    const size = pageSize('a4-300dpi', { width: 1, height: 1, pixelRatio: 1 });
    const [one, two] = [pageLayout(size), pageLayout(size, 2)];
    expect(legendColumns(two.legendMax, true).columns).toBe(2);
    expect(legendColumns(two.legendMax, true).width).toBeCloseTo(one.legendMax.width, 10);
    expect(two.map.width).toBeCloseTo(one.map.width - one.legendMax.width - 18, 10);
  });
});

function png(): Uint8Array {
  const img = new PNG({ width: 3, height: 2 });
  img.data.fill(200);
  return new Uint8Array(PNG.sync.write(img));
}

describe('PNG resolution', () => {
  it('writes a pHYs chunk a PNG decoder accepts (its CRC checked) and reads back 300 dpi', () => {
    const out = withDpi(png(), 300);
    const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true } as never);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(readDpi(out)).toBe(300);
    // 300 dpi is 11811 pixels per metre.
    const at = Buffer.from(out).indexOf('pHYs');
    expect(Buffer.from(out).readUInt32BE(at + 4)).toBe(11811);
  });
  it('replaces an earlier resolution instead of adding a second, and leaves anything else alone', () => {
    const twice = withDpi(withDpi(png(), 72), 300);
    expect(Buffer.from(twice).toString('latin1').split('pHYs').length - 1).toBe(1);
    expect(readDpi(twice)).toBe(300);
    const notPng = new Uint8Array([1, 2, 3]);
    expect(withDpi(notPng, 300)).toBe(notPng);
  });
});
