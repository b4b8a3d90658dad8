// The animations against a stand-in for the MapLibre map (sources, layers, paint, a Mercator
// projection) and a hand-driven animation-frame clock: what is drawn at the start, midway and at the end.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { length as lineLength } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StructureElement, StructuresFile } from '../contracts/places.ts';
import { clearAnimation, playAnimation, showDiagram, type AnimationOptions } from './animate.ts';

const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/structures.json'), 'utf8')) as StructuresFile;
const elements: StructureElement[] = file.structures.filter((s) => ['yihe-sanji', 'liang-quan', 'si-zhou'].includes(s.id)).flatMap((s) => s.elements);
const element = (id: string) => elements.find((e) => e.id === id)!;

const SIZE = 512 * 2 ** 7.2;
const raw = ([lng, lat]: number[]) => [(SIZE * (lng! + 180)) / 360, (SIZE * (1 - Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360)) / Math.PI)) / 2] as const;
const C = raw([112.9, 22.45]);

/** Just what the animations use of a map, recording the layer stack and the sources' data. */
class FakeMap {
  layers: { id: string; type: string; source?: string; paint: Record<string, unknown> }[] = [];
  data = new Map<string, FeatureCollection>();
  container = { clientWidth: 1280, clientHeight: 800 };
  addSource(id: string, spec: { data: FeatureCollection }) {
    if (this.data.has(id)) throw new Error(`source ${id} exists`);
    this.data.set(id, spec.data);
  }
  getSource(id: string) {
    if (!this.data.has(id)) return undefined;
    return {
      setData: (d: FeatureCollection) => {
        this.data.set(id, d);
        return Promise.resolve();
      },
    };
  }
  removeSource(id: string) {
    if (this.layers.some((l) => l.source === id)) throw new Error(`source ${id} in use`);
    this.data.delete(id);
  }
  addLayer(spec: { id: string; type: string; source?: string; paint?: Record<string, unknown> }, before?: string) {
    if (before !== undefined) throw new Error('animation layers go on top');
    if (this.getLayer(spec.id)) throw new Error(`layer ${spec.id} exists`);
    this.layers.push({ id: spec.id, type: spec.type, source: spec.source, paint: { ...spec.paint } });
  }
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  removeLayer(id: string) {
    this.layers = this.layers.filter((l) => l.id !== id);
  }
  setPaintProperty(id: string, key: string, value: unknown) {
    this.getLayer(id)!.paint[key] = value;
  }
  getContainer() {
    return this.container;
  }
  project(p: [number, number]) {
    const [x, y] = raw(p);
    return { x: x - C[0] + 820, y: y - C[1] + 400 };
  }
  unproject(p: [number, number]) {
    const x = p[0] - 820 + C[0];
    const y = p[1] - 400 + C[1];
    return { lng: (x / SIZE) * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / SIZE))) * 180) / Math.PI };
  }
  features(kind?: string): Feature[] {
    const all = this.data.get('present-anim')?.features ?? [];
    return kind ? all.filter((f) => f.properties?.k === kind) : all;
  }
}

let frames: FrameRequestCallback[] = [];
const NOW = 10_000;
/** Runs the pending animation frame at `ms` after the animation started. */
function tick(ms: number) {
  const pending = frames;
  frames = [];
  for (const f of pending) f(NOW + ms);
}

beforeEach(() => {
  frames = [];
  vi.spyOn(performance, 'now').mockReturnValue(NOW);
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const options = (o: Partial<AnimationOptions> = {}): AnimationOptions => ({ reduced: false, locale: 'zh-Hans', padding: { top: 0, right: 0, bottom: 0, left: 360 }, ...o });
const asMap = (m: FakeMap) => m as unknown as MapLibreMap;

function lineFeature(id: string, nodes: Position[] = []): Feature {
  const e = element(id);
  return { type: 'Feature', geometry: e.geometry!, properties: { id, name: e.name, 'name:zh-Hant': e['name:zh-Hant'], 'name:en': e['name:en'], nodes } };
}
const geoLength = (id: string) => lineLength({ type: 'Feature', geometry: element(id).geometry as LineString, properties: {} });
const drawnLength = (m: FakeMap) => m.features('line').reduce((s, f) => s + lineLength(f as Feature<LineString | MultiLineString>), 0);
const settled = async (p: Promise<void>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

describe('draw', () => {
  it('grows each line along its length, one after another, with its nodes and then its name', async () => {
    const m = new FakeMap();
    const coastal = element('axis-coastal').geometry as LineString;
    const nodes = [coastal.coordinates[1]!, coastal.coordinates[6]!];
    const h = playAnimation(asMap(m), { animation: { type: 'draw', structures: ['axis-coastal', 'axis-yangjiang-yunguang'] }, features: [lineFeature('axis-coastal', nodes), lineFeature('axis-yangjiang-yunguang')] }, options({ locale: 'en' }));
    expect(m.layers.map((l) => l.id).every((id) => id.startsWith('present-anim'))).toBe(true);
    const full = geoLength('axis-coastal');
    tick(600); // half the first line's time: half its length (eased), past its first node (at 15 %)
    expect(m.features('line')).toHaveLength(1);
    expect(drawnLength(m)).toBeCloseTo(full / 2, 6);
    expect(m.features('dot')).toHaveLength(1); // the first node is reached early, the second not yet
    expect(m.features('label')).toHaveLength(0);
    tick(1250); // the first line done, the second just started
    expect(drawnLength(m)).toBeGreaterThan(full);
    expect(m.features('dot')).toHaveLength(2);
    expect(m.features('label').map((f) => f.properties!.label)).toEqual(['Coastal economic axis']);
    expect(await settled(h.done)).toBe(false);
    tick(2400);
    expect(await settled(h.done)).toBe(true);
    expect(m.features('label').map((f) => f.properties!.label)).toEqual(['Coastal economic axis', 'Yangjiang to Yunfu–Guangzhou axis']);
    expect(drawnLength(m)).toBeCloseTo(full + geoLength('axis-yangjiang-yunguang'), 6);
    // The end state stays until cleared.
    expect(m.layers.length).toBeGreaterThan(0);
    clearAnimation(asMap(m));
    expect(m.layers).toEqual([]);
    expect(m.data.size).toBe(0);
  });

  it('with reduced motion draws the lines whole at once and is done at once', async () => {
    const m = new FakeMap();
    const h = playAnimation(asMap(m), { animation: { type: 'draw', structures: ['axis-coastal'] }, features: [lineFeature('axis-coastal')] }, options({ reduced: true, locale: 'zh-Hant' }));
    expect(await settled(h.done)).toBe(true);
    expect(frames).toHaveLength(0);
    expect(drawnLength(m)).toBeCloseTo(geoLength('axis-coastal'), 6);
    expect(m.features('label')[0]!.properties!.label).toBe('沿海經濟發展軸');
  });
});

describe('reveal', () => {
  const places: Feature[] = [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [113.2, 21.9] }, properties: { id: 'a', name: '甲港', 'name:en': 'Port A' } },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[113, 22], [113.2, 22], [113.2, 22.2], [113, 22.2], [113, 22]]] },
      properties: { id: 'b', name: '乙区', 'name:en': 'Zone B' },
    },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [113.4, 22.1] }, properties: { id: 'c', name: '丙园' } },
  ];

  it('shows the places one by one, in order, each with its name', () => {
    const m = new FakeMap();
    const h = playAnimation(asMap(m), { animation: { type: 'reveal', places: ['a', 'b', 'c'] }, features: places }, options({ locale: 'en' }));
    tick(100);
    expect(m.features().map((f) => f.properties!.label ?? f.properties!.k)).toEqual(['dot', 'Port A']);
    tick(400);
    expect(m.features('area')).toHaveLength(1);
    expect(m.features('dot')).toHaveLength(1);
    h.finish();
    // English where there is one, else the 简体 name; a point's name beside it, an area's inside it.
    expect(m.features('plabel').map((f) => f.properties!.label)).toEqual(['Port A', '丙园']);
    expect(m.features('label').map((f) => f.properties!.label)).toEqual(['Zone B']);
    expect(m.features().every((f) => f.properties!.o === 1)).toBe(true);
  });

  it('with reduced motion shows them all at once', async () => {
    const m = new FakeMap();
    const h = playAnimation(asMap(m), { animation: { type: 'reveal', places: ['a', 'b', 'c'] }, features: places }, options({ reduced: true }));
    expect(await settled(h.done)).toBe(true);
    expect(m.features('dot')).toHaveLength(2);
    expect(m.features('area')).toHaveLength(1);
  });
});

describe('morph', () => {
  const point = (f: Feature) => m0.project((f.geometry as Point).coordinates as [number, number]);
  const m0 = new FakeMap();
  const dots = (m: FakeMap) => new Map(m.features('dot').map((f) => [f.properties!.id as string, f]));
  const opacity = (m: FakeMap, id: string) => {
    const l = m.getLayer(id);
    return l && (l.paint['background-opacity'] ?? l.paint['line-opacity']);
  };

  it("to 'map': starts as the diagram over a white backdrop and ends on the geography, backdrop removed", async () => {
    const m = new FakeMap();
    const h = playAnimation(asMap(m), { animation: { type: 'morph', to: 'map' }, features: [], elements }, options({ locale: 'en' }));
    // The start: the core at the centre of the free part (360 px panel on the left), the backdrop up.
    const core = point(dots(m).get('core-zhuhai')!);
    expect(core.x).toBeCloseTo(360 + 920 / 2, 6);
    expect(core.y).toBeCloseTo(400, 6);
    expect(opacity(m, 'present-anim-backdrop')).toBeGreaterThan(0.9);
    expect(opacity(m, 'present-anim-ring-line')).toBe(1);
    expect(opacity(m, 'present-anim-area-line')).toBe(0);
    expect(m.features('label').every((f) => (f.properties!.s as number) >= 18)).toBe(true);
    expect(m.features('label').map((f) => f.properties!.label)).toContain('Zhuhai core');
    // Each axis a straight band to begin with.
    const band = m.features('line').find((f) => f.properties!.id === 'axis-coastal')!.geometry as LineString;
    const [a, b, c] = [band.coordinates[0]!, band.coordinates[30]!, band.coordinates[63]!].map((p) => m.project(p as [number, number]));
    expect(Math.abs((b!.x - a!.x) * (c!.y - a!.y) - (b!.y - a!.y) * (c!.x - a!.x)) / Math.hypot(c!.x - a!.x, c!.y - a!.y)).toBeLessThan(1e-6);
    // Midway: the core between its diagram place and its real one, the two forms half faded.
    tick(1200);
    const mid = point(dots(m).get('core-zhuhai')!);
    const real = m.project((element('core-zhuhai').geometry as Point).coordinates as [number, number]);
    expect(Math.hypot(mid.x - core.x, mid.y - core.y)).toBeGreaterThan(1);
    expect(Math.hypot(mid.x - real.x, mid.y - real.y)).toBeGreaterThan(1);
    expect(opacity(m, 'present-anim-ring-line')).toBeGreaterThan(0);
    expect(opacity(m, 'present-anim-ring-line')).toBeLessThan(1);
    tick(2000);
    expect(await settled(h.done)).toBe(true);
    // The end: every point and line exactly where it is, the backdrop and rings gone, the outlines shown.
    for (const id of ['core-zhuhai', 'pole-zhongshan', 'pole-jiangmen', 'pole-yangjiang']) {
      expect((dots(m).get(id)!.geometry as Point).coordinates).toEqual((element(id).geometry as Point).coordinates);
    }
    const coastal = m.features('line').find((f) => f.properties!.id === 'axis-coastal')!.geometry as MultiLineString;
    expect(coastal.coordinates).toEqual([(element('axis-coastal').geometry as LineString).coordinates]);
    expect(m.getLayer('present-anim-backdrop')).toBeUndefined();
    expect(m.getLayer('present-anim-ring-line')).toBeUndefined();
    expect(opacity(m, 'present-anim-area-line')).toBe(1);
    expect(m.data.get('present-anim-static')!.features.filter((f) => f.properties!.k === 'area').map((f) => f.properties!.id)).toEqual(['close-circle', 'coop-circle']);
  });

  it("to 'diagram': starts on the geography and ends as the diagram over the backdrop", () => {
    const m = new FakeMap();
    const h = playAnimation(asMap(m), { animation: { type: 'morph', to: 'diagram' }, features: [], elements }, options());
    expect((dots(m).get('pole-yangjiang')!.geometry as Point).coordinates).toEqual((element('pole-yangjiang').geometry as Point).coordinates);
    expect(opacity(m, 'present-anim-backdrop')).toBe(0);
    h.finish();
    expect(point(dots(m).get('core-zhuhai')!).x).toBeCloseTo(820, 6);
    expect(opacity(m, 'present-anim-backdrop')).toBeGreaterThan(0.9);
    expect(m.getLayer('present-anim-area-line')).toBeUndefined();
  });

  it('with reduced motion cross-fades the two forms, nothing moving', () => {
    const m = new FakeMap();
    playAnimation(asMap(m), { animation: { type: 'morph', to: 'map' }, features: [], elements }, options({ reduced: true }));
    tick(300);
    // Both forms at once, each at its own place: two of every dot, none between.
    const cores = m.features('dot').filter((f) => f.properties!.id === 'core-zhuhai');
    expect(cores).toHaveLength(2);
    const [diagram, geo] = cores.map((f) => point(f));
    expect(diagram!.x).toBeCloseTo(820, 6);
    expect(geo!.x).toBeCloseTo(m.project((element('core-zhuhai').geometry as Point).coordinates as [number, number]).x, 6);
    expect(cores[0]!.properties!.o).toBeCloseTo(0.5, 1);
    expect(cores[1]!.properties!.o).toBeCloseTo(0.5, 1);
    clearAnimation(asMap(m));
  });

  it('showDiagram draws the diagram at once; clearAnimation removes it and ends a running animation', async () => {
    const m = new FakeMap();
    showDiagram(asMap(m), elements, { locale: 'zh-Hans', padding: { top: 0, right: 0, bottom: 0, left: 360 } });
    expect(point(dots(m).get('core-zhuhai')!).x).toBeCloseTo(820, 6);
    const h = playAnimation(asMap(m), { animation: { type: 'morph', to: 'map' }, features: [], elements }, options());
    expect(m.layers.filter((l) => l.id === 'present-anim-backdrop')).toHaveLength(1);
    clearAnimation(asMap(m));
    expect(await settled(h.done)).toBe(true);
    expect(m.layers).toEqual([]);
    expect(m.data.size).toBe(0);
  });
});

describe('geometry types', () => {
  it('ignores features it cannot draw and is done at once', async () => {
    const m = new FakeMap();
    const pt: Geometry = { type: 'Point', coordinates: [113, 22] };
    const h = playAnimation(asMap(m), { animation: { type: 'draw', structures: ['x'] }, features: [{ type: 'Feature', geometry: pt, properties: { id: 'x', name: 'x' } }] }, options());
    expect(await settled(h.done)).toBe(true);
    expect(m.features()).toEqual([]);
  });
});
