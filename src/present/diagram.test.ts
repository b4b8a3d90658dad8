import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rhumbBearing } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { StructureElement, StructuresFile } from '../contracts/places.ts';
import {
  angleDiff,
  circleOf,
  circlePoints,
  layoutDiagram,
  lerpPoints,
  placeDiagramLabels,
  polylineLength,
  resample,
  screenBearing,
  type Box,
  type DiagramLayout,
  type Px,
  type Rect,
} from './diagram.ts';

const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/structures.json'), 'utf8')) as StructuresFile;
const elements: StructureElement[] = file.structures.filter((s) => ['yihe-sanji', 'liang-quan', 'si-zhou'].includes(s.id)).flatMap((s) => s.elements);
const byId = (id: string) => elements.find((e) => e.id === id)!;
const coords = (id: string) => (byId(id).geometry as GeoJSON.Point).coordinates as [number, number];

/** Web Mercator at `zoom`, `center` at the screen point `at`, turned by the map bearing `bearing`. */
function mercator(zoom: number, center: [number, number], at: Px, bearing = 0) {
  const size = 512 * 2 ** zoom;
  const raw = ([lng, lat]: [number, number]): Px => [(size * (lng + 180)) / 360, (size * (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI)) / 2];
  const c = raw(center);
  const a = (-bearing * Math.PI) / 180;
  return (p: [number, number]): Px => {
    const [x, y] = raw(p);
    const dx = x - c[0];
    const dy = y - c[1];
    return [at[0] + dx * Math.cos(a) - dy * Math.sin(a), at[1] + dx * Math.sin(a) + dy * Math.cos(a)];
  };
}

/** A 1280 × 800 map with a 360 px panel on the left, framed on the metropolitan area. */
const wide = { project: mercator(7.2, [112.9, 22.45], [820, 400]), rect: { left: 360, top: 0, width: 920, height: 800 } };
const cases: Record<string, { project: (p: [number, number]) => Px; rect: Rect }> = {
  'a wide screen with a side panel': wide,
  'a portrait phone': { project: mercator(6.2, [112.9, 22.45], [195, 420]), rect: { left: 0, top: 60, width: 390, height: 700 } },
  'an off-centre rectangle': { project: mercator(7.5, [113.2, 22.6], [700, 500]), rect: { left: 100, top: 300, width: 700, height: 420 } },
};

const d = (a: Px, b: Px) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const geoBearing = (from: [number, number], to: [number, number]) => (rhumbBearing(from, to) + 360) % 360;

function inside(rect: Rect, box: Box, slack = 0.5) {
  return box.x0 >= rect.left - slack && box.y0 >= rect.top - slack && box.x1 <= rect.left + rect.width + slack && box.y1 <= rect.top + rect.height + slack;
}

function layout(name: keyof typeof cases): DiagramLayout {
  const c = cases[name]!;
  return layoutDiagram(elements, c.project, c.rect);
}

describe('the diagram of 一核三极、两圈四轴', () => {
  it.each(Object.keys(cases))('puts the core at the centre of the free rectangle (%s)', (name) => {
    const l = layout(name);
    const { rect } = cases[name]!;
    expect(l.core?.element.id).toBe('core-zhuhai');
    expect(l.core!.at[0]).toBeCloseTo(rect.left + rect.width / 2, 6);
    expect(l.core!.at[1]).toBeCloseTo(rect.top + rect.height / 2, 6);
  });

  it.each(Object.keys(cases))("puts each pole at its real bearing from the core, within 1° (%s)", (name) => {
    const l = layout(name);
    const poles = l.nodes.filter((n) => n.role === 'pole');
    expect(poles.map((p) => p.element.id).sort()).toEqual(['pole-jiangmen', 'pole-yangjiang', 'pole-zhongshan']);
    for (const p of poles) {
      // On a north-up Mercator map the screen angle is the rhumb-line bearing.
      expect(angleDiff(screenBearing(l.center, p.at), geoBearing(coords('core-zhuhai'), coords(p.element.id)))).toBeLessThan(1);
    }
    // Sanity: the three poles do lie in three different directions (NNW, NW, WSW).
    const b = Object.fromEntries(poles.map((p) => [p.element.id, screenBearing(l.center, p.at)]));
    expect(b['pole-zhongshan']).toBeGreaterThan(320);
    expect(b['pole-jiangmen']).toBeLessThan(b['pole-zhongshan']!);
    expect(b['pole-yangjiang']).toBeGreaterThan(240);
    expect(b['pole-yangjiang']).toBeLessThan(270);
  });

  it('keeps angles on a rotated map: a pole sits at its screen bearing from the core there too', () => {
    const project = mercator(7.2, [112.9, 22.45], [820, 400], 35);
    const l = layoutDiagram(elements, project, wide.rect);
    for (const p of l.nodes.filter((n) => n.role === 'pole')) {
      expect(angleDiff(screenBearing(l.center, p.at), screenBearing(project(coords('core-zhuhai')), project(coords(p.element.id))))).toBeLessThan(1e-6);
      expect(angleDiff(screenBearing(l.center, p.at), (geoBearing(coords('core-zhuhai'), coords(p.element.id)) - 35 + 360) % 360)).toBeLessThan(1);
    }
  });

  it('finds which circle each pole is in: 中山 and 江门 in the close circle, 阳江 in the coordinated one', () => {
    const circles = elements.filter((e) => e.role === 'circle');
    expect(circleOf(byId('core-zhuhai'), circles)).toBe('close-circle');
    expect(circleOf(byId('pole-zhongshan'), circles)).toBe('close-circle');
    expect(circleOf(byId('pole-jiangmen'), circles)).toBe('close-circle');
    expect(circleOf(byId('pole-yangjiang'), circles)).toBe('coop-circle');
    // Without an adcode, by the point lying in the circle's polygons.
    const { admin: _a, ...noAdmin } = byId('pole-yangjiang');
    expect(circleOf(noAdmin as StructureElement, circles)).toBe('coop-circle');
    expect(circleOf({ ...noAdmin, geometry: { type: 'Point', coordinates: [116, 30] } } as StructureElement, circles)).toBeNull();
  });

  it.each(Object.keys(cases))('draws the circles as concentric rings, the close one inside, each pole inside its ring (%s)', (name) => {
    const l = layout(name);
    expect(l.rings.map((r) => r.element.id)).toEqual(['close-circle', 'coop-circle']);
    const [close, coop] = l.rings as [DiagramLayout['rings'][0], DiagramLayout['rings'][0]];
    expect(close.radius).toBeLessThan(coop.radius);
    expect(coop.radius).toBe(l.outer);
    // One centre for all: the core.
    for (const r of l.rings) for (const p of circlePoints(l.center, r.radius, 24)) expect(Math.hypot(p[0] - l.core!.at[0], p[1] - l.core!.at[1])).toBeCloseTo(r.radius, 6);
    const radius = (id: string) => {
      const n = l.nodes.find((x) => x.element.id === id)!;
      return Math.hypot(n.at[0] - l.center[0], n.at[1] - l.center[1]);
    };
    for (const id of ['pole-zhongshan', 'pole-jiangmen']) {
      expect(l.nodes.find((x) => x.element.id === id)!.ring).toBe('close-circle');
      expect(radius(id)).toBeLessThan(close.radius - 11);
      expect(radius(id)).toBeGreaterThan(l.core!.radius + 11);
    }
    expect(l.nodes.find((x) => x.element.id === 'pole-yangjiang')!.ring).toBe('coop-circle');
    expect(radius('pole-yangjiang')).toBeGreaterThan(close.radius + 11);
    expect(radius('pole-yangjiang')).toBeLessThan(coop.radius - 11);
  });

  it.each(Object.keys(cases))('draws each axis as a straight band oriented like its line, within 10° (%s)', (name) => {
    const l = layout(name);
    expect(l.axes.map((a) => a.element.id).sort()).toEqual(['axis-coastal', 'axis-innovation-east', 'axis-innovation-west', 'axis-yangjiang-yunguang', 'axis-zjy-shenzhen']);
    for (const a of l.axes) {
      const pts = resample(a.band, 32);
      const [p, q] = a.band;
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      expect(len).toBeGreaterThan(l.outer * 0.2);
      for (const r of pts) expect(Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])) / len).toBeLessThan(1e-6);
      const line = (a.element.geometry as GeoJSON.LineString).coordinates as [number, number][];
      expect(angleDiff(screenBearing(p, q), geoBearing(line[0]!, line[line.length - 1]!))).toBeLessThan(10);
    }
  });

  it('starts both branches of the innovation axis at the core (the Y), and ends the three western axes near 阳江', () => {
    const l = layout('a wide screen with a side panel');
    const axis = (id: string) => l.axes.find((a) => a.element.id === id)!;
    const yangjiang = l.nodes.find((n) => n.element.id === 'pole-yangjiang')!.at;
    expect(d(axis('axis-innovation-west').band[0], l.center)).toBeLessThan(l.outer * 0.05);
    expect(d(axis('axis-innovation-east').band[0], l.center)).toBeLessThan(l.outer * 0.12);
    expect(d(axis('axis-coastal').band[1], yangjiang)).toBeLessThan(l.outer * 0.1);
    expect(d(axis('axis-zjy-shenzhen').band[1], yangjiang)).toBeLessThan(l.outer * 0.1);
    expect(d(axis('axis-yangjiang-yunguang').band[0], yangjiang)).toBeLessThan(l.outer * 0.1);
  });

  it('maps points by a polar transform about the core that keeps their angle and orders their distance', () => {
    const l = layout('a wide screen with a side panel');
    const core = l.core!.geo;
    const pts = l.axes.flatMap((a) => a.geo).filter((p) => Math.hypot(p[0] - core[0], p[1] - core[1]) > 1);
    for (const p of pts) {
      const q = l.polar(p);
      expect(angleDiff(screenBearing(l.center, q), screenBearing(core, p))).toBeLessThan(1e-6);
      expect(Math.hypot(q[0] - l.center[0], q[1] - l.center[1])).toBeLessThanOrEqual(l.outer + 1e-6);
    }
    const byDistance = pts.map((p) => [Math.hypot(p[0] - core[0], p[1] - core[1]), Math.hypot(l.polar(p)[0] - l.center[0], l.polar(p)[1] - l.center[1])] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < byDistance.length; i++) expect(byDistance[i]![1]).toBeGreaterThanOrEqual(byDistance[i - 1]![1] - 1e-9);
    // Compressed: the farthest point is brought in more than the nearest.
    const first = byDistance[0]!;
    const last = byDistance[byDistance.length - 1]!;
    expect(last[1] / last[0]).toBeLessThan(first[1] / first[0]);
  });

  it.each(Object.keys(cases))('fits the free rectangle: rings, bands, markers and labels (%s)', (name) => {
    const l = layout(name);
    const { rect } = cases[name]!;
    for (const r of l.rings) expect(inside(rect, { x0: l.center[0] - r.radius - 1.5, y0: l.center[1] - r.radius - 1.5, x1: l.center[0] + r.radius + 1.5, y1: l.center[1] + r.radius + 1.5 })).toBe(true);
    for (const n of l.nodes) expect(inside(rect, { x0: n.at[0] - n.radius, y0: n.at[1] - n.radius, x1: n.at[0] + n.radius, y1: n.at[1] + n.radius })).toBe(true);
    const h = l.bandWidth / 2;
    for (const a of l.axes) for (const p of a.band) expect(inside(rect, { x0: p[0] - h, y0: p[1] - h, x1: p[0] + h, y1: p[1] + h })).toBe(true);
    if (name !== 'a portrait phone') {
      // A phone is too narrow for every label at 18 px; elsewhere every label is inside.
      for (const label of placeDiagramLabels(l, 'diagram', 'zh-Hans')) expect(inside(rect, label.box), label.id).toBe(true);
    }
  });

  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('labels the diagram without overlaps, in large type (%s)', (locale) => {
    const l = layout('a wide screen with a side panel');
    const labels = placeDiagramLabels(l, 'diagram', locale);
    // Core, three poles, four axes (the two branches share their axis's name) and two circles.
    expect(labels).toHaveLength(10);
    expect(labels.find((x) => x.id === 'axis-innovation-east')?.text).toBe({ 'zh-Hans': '创新集聚发展轴', 'zh-Hant': '創新集聚發展軸', en: 'Innovation cluster axis' }[locale]);
    expect(labels.find((x) => x.id === 'pole-yangjiang')?.text).toBe({ 'zh-Hans': '阳江重要增长极', 'zh-Hant': '陽江重要增長極', en: 'Yangjiang growth pole' }[locale]);
    for (const x of labels) expect(x.size).toBeGreaterThanOrEqual(18);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const overlap = Math.max(0, Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0)) * Math.max(0, Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0));
        expect(overlap, `${a.id} / ${b.id}`).toBe(0);
      }
    }
    // The same labels for the geographic form, so each can move from one place to the other.
    expect(placeDiagramLabels(l, 'map', locale).map((x) => x.id)).toEqual(labels.map((x) => x.id));
  });
});

describe('resampling and interpolation', () => {
  const line: Px[] = [
    [0, 0],
    [10, 0],
    [10, 30],
  ];

  it('resamples a polyline to N points, evenly spaced, ends kept', () => {
    const r = resample(line, 9);
    expect(r).toHaveLength(9);
    expect(r[0]).toEqual([0, 0]);
    expect(r[8]).toEqual([10, 30]);
    for (let i = 1; i < r.length; i++) expect(Math.hypot(r[i]![0] - r[i - 1]![0], r[i]![1] - r[i - 1]![1])).toBeCloseTo(5, 9);
    expect(r[2]).toEqual([10, 0]);
    expect(polylineLength(r)).toBeCloseTo(40, 9);
    expect(resample([[3, 4]], 3)).toEqual([
      [3, 4],
      [3, 4],
      [3, 4],
    ]);
    expect(() => resample(line, 1)).toThrow(RangeError);
  });

  it('interpolates two point lists: the first at t = 0, the second at t = 1, halfway between', () => {
    const a = resample(line, 5);
    const b = resample(
      [
        [100, 100],
        [200, 100],
      ],
      5,
    );
    expect(lerpPoints(a, b, 0)).toEqual(a);
    expect(lerpPoints(a, b, 1)).toEqual(b);
    expect(lerpPoints(a, b, 0.5)[0]).toEqual([50, 50]);
    expect(lerpPoints(a, b, 0.5)[4]).toEqual([105, 65]);
    expect(() => lerpPoints(a, b.slice(1), 0.5)).toThrow(RangeError);
  });
});
