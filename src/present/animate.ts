// A slide's animation on the map: lines drawn along their length (`draw`), places shown one by one
// (`reveal`), and 一核三极、两圈四轴 morphing between its diagram and its geography (`morph`). Drawn
// with two GeoJSON sources and a few layers of its own (ids `present-anim…`), added on top of every
// layer; each frame (about 25 a second, the test machine renders WebGL in software) sets the moving
// source's data, and fades are paint properties. All text is feature data, shown by symbol layers.
import { along, length as lineLength, lineSliceAlong, lineString, nearestPointOnLine, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Animation } from '../contracts/deck.ts';
import type { Locale } from '../contracts/label.ts';
import type { StructureElement } from '../contracts/places.ts';
import { palette } from '../map/layers/basemap.ts';
import { fonts } from '../map/layers/types.ts';
import { circlePoints, LABEL_MAX_EM, layoutDiagram, lerp, lerpPoints, lerpPx, placeDiagramLabels, resample, screenBearing, type Px, type Rect } from './diagram.ts';

export interface AnimationInput {
  animation: Animation;
  /** Features (WGS84) for the ids the animation names, in its order: structure elements for draw
   * (LineString/MultiLineString; properties id, name, 'name:zh-Hant', 'name:en', and `nodes`: the
   * [lng, lat] of the places along it, may be empty), places for reveal (any geometry; properties id,
   * name, 'name:zh-Hant', 'name:en'). */
  features: Feature[];
  /** For morph: the elements of yihe-sanji, liang-quan and si-zhou with their geometry. */
  elements?: StructureElement[];
}

export interface AnimationOptions {
  reduced: boolean;
  locale: Locale;
  /** Pixels the overlays cover, so the diagram sits in the free part. */
  padding: { top: number; right: number; bottom: number; left: number };
  /** Total duration; by default 2000 ms for morph, 1200 ms per line for draw, 350 ms per place for reveal. */
  durationMs?: number;
}

export interface AnimationHandle {
  /** Resolves when the animation has finished (at once for draw and reveal when reduced; after the
   * short cross-fade for a reduced morph), or when it is cleared. */
  done: Promise<void>;
  /** Stops and shows the end state at once. */
  finish(): void;
}

// ——— sources, layers, colours ———

const SOURCE = 'present-anim';
const STATIC_SOURCE = 'present-anim-static';
const ID = {
  backdrop: 'present-anim-backdrop',
  ringFill: 'present-anim-ring-fill',
  areaFill: 'present-anim-area-fill',
  ringLine: 'present-anim-ring-line',
  areaLine: 'present-anim-area-line',
  fill: 'present-anim-fill',
  casing: 'present-anim-casing',
  line: 'present-anim-line',
  dot: 'present-anim-dot',
  label: 'present-anim-label',
  placeLabel: 'present-anim-place-label',
} as const;
/** Bottom to top. */
const LAYER_ORDER = [ID.backdrop, ID.ringFill, ID.areaFill, ID.ringLine, ID.areaLine, ID.fill, ID.casing, ID.line, ID.dot, ID.label, ID.placeLabel];

/** Projector-friendly: a dark red for drawn lines, a dark blue for revealed places. */
const DRAW_COLOR = '#a3191f';
const REVEAL_COLOR = '#1d4f91';
const TEXT_COLOR = palette.label;
const HALO = 'rgba(255,255,255,0.95)';
const BACKDROP_OPACITY = 0.94;
/** The structure layers' colours (src/map/layers/structures.ts), so the morph ends in the map's own key. */
const AXIS_COLOR: Record<string, string> = {
  'axis-innovation-east': '#c0392b',
  'axis-innovation-west': '#c0392b',
  'axis-coastal': '#1f6f9f',
  'axis-zjy-shenzhen': '#7d3c98',
  'axis-yangjiang-yunguang': '#2e8b57',
};
const RING_COLORS = ['#e4772c', '#d9b227', '#b8860b'];
const CIRCLE_COLOR: Record<string, string> = { 'close-circle': '#e4772c', 'coop-circle': '#d9b227' };
const ringColor = (id: string, i: number) => CIRCLE_COLOR[id] ?? RING_COLORS[Math.min(i, RING_COLORS.length - 1)]!;
const CORE_COLOR = '#b03a2e';
const POLE_COLOR = '#e08e0b';

/** Minimum time between two data updates (about 25 frames a second). */
const FRAME_MS = 40;
/** Points along each axis for the morph. */
const SAMPLES = 64;

const k = (kind: string) => ['==', ['get', 'k'], kind] as const;
const get = (p: string) => ['get', p] as const;

function layers(): LayerSpecification[] {
  return [
    { id: ID.backdrop, type: 'background', paint: { 'background-color': '#ffffff', 'background-opacity': 0 } },
    { id: ID.ringFill, type: 'fill', source: STATIC_SOURCE, filter: k('ring'), paint: { 'fill-color': get('c'), 'fill-opacity': 0 } },
    { id: ID.areaFill, type: 'fill', source: STATIC_SOURCE, filter: k('area'), paint: { 'fill-color': get('c'), 'fill-opacity': 0 } },
    { id: ID.ringLine, type: 'line', source: STATIC_SOURCE, filter: k('ring'), paint: { 'line-color': get('c'), 'line-width': 3, 'line-opacity': 0 } },
    { id: ID.areaLine, type: 'line', source: STATIC_SOURCE, filter: k('area'), paint: { 'line-color': get('c'), 'line-width': 2.5, 'line-opacity': 0 } },
    { id: ID.fill, type: 'fill', source: SOURCE, filter: k('area'), paint: { 'fill-color': get('c'), 'fill-opacity': ['*', 0.15, get('o')] } },
    {
      id: ID.casing,
      type: 'line',
      source: SOURCE,
      filter: k('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': get('cw'), 'line-opacity': get('o') },
    },
    {
      id: ID.line,
      type: 'line',
      source: SOURCE,
      filter: ['in', get('k'), ['literal', ['line', 'area']]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': get('c'), 'line-width': get('w'), 'line-opacity': get('o') },
    },
    {
      id: ID.dot,
      type: 'circle',
      source: SOURCE,
      filter: k('dot'),
      paint: {
        'circle-radius': get('r'),
        'circle-color': get('c'),
        'circle-stroke-color': get('sc'),
        'circle-stroke-width': get('sw'),
        'circle-opacity': get('o'),
        'circle-stroke-opacity': get('o'),
      },
    },
    {
      // Labels at a computed place: the morph's (centred on their box) and a drawn line's (at its end).
      id: ID.label,
      type: 'symbol',
      source: SOURCE,
      filter: k('label'),
      layout: {
        'text-field': get('label'),
        'text-font': fonts.bold,
        'text-size': get('s'),
        'text-anchor': get('a'),
        'text-offset': get('off'),
        'text-max-width': LABEL_MAX_EM,
        'text-justify': 'auto',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': get('tc'), 'text-halo-color': HALO, 'text-halo-width': 2.5, 'text-opacity': get('o') },
    },
    {
      // A revealed place's name, on whichever side of its marker is free.
      id: ID.placeLabel,
      type: 'symbol',
      source: SOURCE,
      filter: k('plabel'),
      layout: {
        'text-field': get('label'),
        'text-font': fonts.bold,
        'text-size': get('s'),
        'text-variable-anchor': ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 1,
        // Where two names collide, the place shown first keeps its name.
        'symbol-sort-key': get('i'),
        'text-max-width': LABEL_MAX_EM,
        'text-justify': 'auto',
      },
      paint: { 'text-color': get('tc'), 'text-halo-color': HALO, 'text-halo-width': 2.5, 'text-opacity': get('o') },
    },
  ] as LayerSpecification[];
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });

function setData(map: MapLibreMap, source: string, features: Feature[]): void {
  // The promise only says when the worker has the data; a map removed meanwhile rejects it, harmlessly.
  map.getSource<GeoJSONSource>(source)?.setData(collection(features)).catch(() => {});
}

function setPaint(map: MapLibreMap, layer: string, property: Parameters<MapLibreMap['setPaintProperty']>[1], value: number): void {
  if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
}

function addAll(map: MapLibreMap): void {
  map.addSource(SOURCE, { type: 'geojson', data: collection([]) });
  map.addSource(STATIC_SOURCE, { type: 'geojson', data: collection([]) });
  for (const l of layers()) map.addLayer(l);
}

// ——— the clock ———

interface Plan {
  durationMs: number;
  /** Draws the state at t (0…1). */
  frame(t: number): void;
  /** Draws the end state. */
  end(): void;
}

interface Running {
  finish(): void;
  /** Stops without drawing anything more (the layers are going). */
  stop(): void;
}

const running = new WeakMap<MapLibreMap, Running>();

function run(map: MapLibreMap, plan: Plan | null): AnimationHandle {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  let over = false;
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = (draw: boolean) => {
    if (over) return;
    over = true;
    cancelAnimationFrame(raf);
    clearTimeout(timer);
    if (running.get(map) === self) running.delete(map);
    try {
      if (draw) plan?.end();
    } catch {
      // The map went away under the animation: nothing left to draw on.
    }
    resolve();
  };
  const self: Running = { finish: () => close(true), stop: () => close(false) };
  if (!plan || plan.durationMs <= 0) {
    close(true);
    return { done, finish: self.finish };
  }
  running.set(map, self);
  const start = performance.now();
  let last = -Infinity;
  const tick = (now: number) => {
    if (over) return;
    const t = Math.max(0, now - start) / plan.durationMs;
    if (t >= 1) return close(true);
    if (now - last >= FRAME_MS) {
      last = now;
      try {
        plan.frame(t);
      } catch {
        return close(false);
      }
    }
    raf = requestAnimationFrame(tick);
  };
  plan.frame(0);
  raf = requestAnimationFrame(tick);
  // A hidden tab gets no animation frames: the promise still resolves.
  timer = setTimeout(() => close(true), plan.durationMs + 1000);
  return { done, finish: self.finish };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const easeInOut = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2);
const smoothstep = (a: number, b: number, x: number) => {
  const u = clamp01((x - a) / (b - a));
  return u * u * (3 - 2 * u);
};

const labelOf = (props: Record<string, unknown>, locale: Locale): string => {
  const name = typeof props.name === 'string' ? props.name : typeof props.label === 'string' ? props.label : '';
  const local = locale === 'zh-Hans' ? undefined : props[`name:${locale}`];
  return typeof local === 'string' && local ? local : name;
};

// ——— draw ———

/** Text anchor (and offset, in ems) that puts a label beyond a line's end, going on the way it went. */
function anchorBeyond(bearing: number): { a: string; off: [number, number] } {
  const dirs = [
    { a: 'bottom', off: [0, -0.7] },
    { a: 'bottom-left', off: [0.5, -0.5] },
    { a: 'left', off: [0.8, 0] },
    { a: 'top-left', off: [0.5, 0.5] },
    { a: 'top', off: [0, 0.7] },
    { a: 'top-right', off: [-0.5, 0.5] },
    { a: 'right', off: [-0.8, 0] },
    { a: 'bottom-right', off: [-0.5, -0.5] },
  ] as const;
  const d = dirs[Math.round((((bearing % 360) + 360) % 360) / 45) % 8]!;
  return { a: d.a, off: [d.off[0], d.off[1]] };
}

function partsOf(g: Geometry | null | undefined): Position[][] {
  if (g?.type === 'LineString') return g.coordinates.length >= 2 ? [g.coordinates] : [];
  if (g?.type === 'MultiLineString') return g.coordinates.filter((p) => p.length >= 2);
  return [];
}

function drawPlan(map: MapLibreMap, features: Feature[], options: AnimationOptions): Plan | null {
  const lines = features.flatMap((f) => {
    const parts = partsOf(f.geometry);
    if (!parts.length) return [];
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const lengths = parts.map((p) => lineLength(lineString(p)));
    const total = lengths.reduce((s, x) => s + x, 0);
    const line = f.geometry as Geometry & { type: 'LineString' | 'MultiLineString' };
    const nodes = (Array.isArray(props.nodes) ? props.nodes : [])
      .filter((p): p is [number, number] => Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x)))
      .map((p) => ({ at: [p[0], p[1]] as Position, reached: nearestPointOnLine(line, p).properties.totalDistance }));
    const last = parts[parts.length - 1]!;
    const end = last[last.length - 1]!;
    const before = last[last.length - 2]!;
    const pe = map.project([end[0]!, end[1]!]);
    const pb = map.project([before[0]!, before[1]!]);
    const anchor = anchorBeyond(screenBearing([pb.x, pb.y], [pe.x, pe.y]));
    return [{ id: String(props.id ?? ''), parts, lengths, total, nodes, end, anchor, label: labelOf(props, options.locale) }];
  });
  if (!lines.length) return null;
  const draw = (progress: (i: number) => number) => {
    const out: Feature[] = [];
    const dots: Feature[] = [];
    const labels: Feature[] = [];
    lines.forEach((l, i) => {
      const u = progress(i);
      if (u <= 0) return;
      const reach = u * l.total;
      let left = reach;
      const drawn: Position[][] = [];
      l.parts.forEach((p, j) => {
        if (left <= 0) return;
        const len = l.lengths[j]!;
        if (left >= len) drawn.push(p);
        else if (left > 1e-6) drawn.push(lineSliceAlong(lineString(p), 0, left).geometry.coordinates);
        left -= len;
      });
      if (drawn.length) out.push(feature({ type: 'MultiLineString', coordinates: drawn }, { k: 'line', id: l.id, c: DRAW_COLOR, w: 5, cw: 9, o: 1 }));
      for (const n of l.nodes) {
        if (n.reached > reach + 1e-6) continue;
        dots.push(feature({ type: 'Point', coordinates: n.at }, { k: 'dot', c: '#ffffff', sc: DRAW_COLOR, sw: 3, r: 5.5, o: 1 }));
      }
      if (u >= 1 && l.label) {
        labels.push(feature({ type: 'Point', coordinates: l.end }, { k: 'label', label: l.label, s: 18, a: l.anchor.a, off: l.anchor.off, tc: DRAW_COLOR, o: 1 }));
      }
    });
    setData(map, SOURCE, [...out, ...dots, ...labels]);
  };
  const n = lines.length;
  return {
    durationMs: options.reduced ? 0 : (options.durationMs ?? 1200 * n),
    frame: (t) => draw((i) => easeInOut(clamp01(t * n - i))),
    end: () => draw(() => 1),
  };
}

// ——— reveal ———

function labelPoint(g: Geometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString' && g.coordinates.length >= 2) return along(lineString(g.coordinates), lineLength(lineString(g.coordinates)) / 2).geometry.coordinates;
  if (g.type === 'MultiLineString') {
    const longest = [...g.coordinates].filter((p) => p.length >= 2).sort((a, b) => lineLength(lineString(b)) - lineLength(lineString(a)))[0];
    if (longest) return along(lineString(longest), lineLength(lineString(longest)) / 2).geometry.coordinates;
  }
  return pointOnFeature(feature(g, {})).geometry.coordinates;
}

function revealPlan(map: MapLibreMap, features: Feature[], options: AnimationOptions): Plan | null {
  const places = features.filter((f) => f.geometry).map((f) => ({ geometry: f.geometry, label: labelOf((f.properties ?? {}) as Record<string, unknown>, options.locale) }));
  if (!places.length) return null;
  const n = places.length;
  const durationMs = options.reduced ? 0 : (options.durationMs ?? 350 * n);
  // Each place fades in over a quarter of a second (or its share of the time, if shorter).
  const fade = Math.min(1 / n, 250 / Math.max(1, durationMs));
  const draw = (opacity: (i: number) => number) => {
    const shapes: Feature[] = [];
    const dots: Feature[] = [];
    const labels: Feature[] = [];
    places.forEach((p, i) => {
      const o = opacity(i);
      if (o <= 0) return;
      const g = p.geometry;
      const point = g.type === 'Point' || g.type === 'MultiPoint';
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') shapes.push(feature(g, { k: 'area', c: REVEAL_COLOR, w: 3, o }));
      else if (g.type === 'LineString' || g.type === 'MultiLineString') shapes.push(feature(g, { k: 'line', c: REVEAL_COLOR, w: 4.5, cw: 8, o }));
      if (point) dots.push(feature(g, { k: 'dot', c: REVEAL_COLOR, sc: '#ffffff', sw: 2.5, r: 8 * (0.5 + 0.5 * o), o }));
      if (p.label) {
        const at = labelPoint(g);
        labels.push(feature({ type: 'Point', coordinates: at }, point ? { k: 'plabel', i, label: p.label, s: 17, tc: TEXT_COLOR, o } : { k: 'label', label: p.label, s: 17, a: 'center', off: [0, 0], tc: TEXT_COLOR, o }));
      }
    });
    setData(map, SOURCE, [...shapes, ...dots, ...labels]);
  };
  return { durationMs, frame: (t) => draw((i) => clamp01((t - i / n) / fade)), end: () => draw(() => 1) };
}

// ——— morph ———

function freeRect(map: MapLibreMap, padding: AnimationOptions['padding']): Rect {
  const c = map.getContainer();
  const width = c.clientWidth;
  const height = c.clientHeight;
  const rect = { left: padding.left, top: padding.top, width: width - padding.left - padding.right, height: height - padding.top - padding.bottom };
  // Overlays covering nearly everything: use the whole map rather than a sliver.
  return rect.width < 160 || rect.height < 160 ? { left: 0, top: 0, width, height } : rect;
}

function morphPlan(map: MapLibreMap, elements: StructureElement[], to: 'map' | 'diagram', options: AnimationOptions): Plan | null {
  const project = (p: [number, number]): Px => {
    const q = map.project(p);
    return [q.x, q.y];
  };
  const unproject = (p: Px): Position => {
    const l = map.unproject(p);
    return [l.lng, l.lat];
  };
  const rect = freeRect(map, options.padding);
  const layout = layoutDiagram(elements, project, rect);
  if (!layout.nodes.length && !layout.axes.length) return null;
  const locale = options.locale;

  // Static: the diagram's rings and the circles' real outlines, faded by paint properties.
  setData(map, STATIC_SOURCE, [
    ...layout.rings.map((r, i) =>
      feature({ type: 'Polygon', coordinates: [circlePoints(layout.center, r.radius, 120).map(unproject)] }, { k: 'ring', id: r.element.id, c: ringColor(r.element.id, i) }),
    ),
    ...layout.rings.map((r, i) => feature(r.element.geometry!, { k: 'area', id: r.element.id, c: ringColor(r.element.id, i) })),
  ]);

  const axes = layout.axes.map((a) => ({
    id: a.element.id,
    color: AXIS_COLOR[a.element.id] ?? '#6d5d4b',
    diagram: resample(a.band, SAMPLES),
    geo: resample(a.geo, SAMPLES),
    real: partsOf(a.element.geometry),
  }));
  const diagramLabels = placeDiagramLabels(layout, 'diagram', locale);
  const mapLabels = new Map(placeDiagramLabels(layout, 'map', locale).map((l) => [l.id, l]));
  const labels = diagramLabels.map((d) => {
    const axis = layout.axes.find((a) => a.element.id === d.id);
    const color = axis ? (AXIS_COLOR[axis.element.id] ?? TEXT_COLOR) : TEXT_COLOR;
    return { text: d.text, size: d.size, color, diagram: d.center, geo: mapLabels.get(d.id)?.center ?? d.center };
  });
  const bandWidth = layout.bandWidth;

  /** The moving features at `s` (0 = diagram, 1 = geography), with opacity `o`. */
  const moving = (s: number, o: number): Feature[] => [
    ...axes.map((a) => {
      const geometry: Geometry =
        s >= 1 ? { type: 'MultiLineString', coordinates: a.real } : { type: 'LineString', coordinates: lerpPoints(a.diagram, a.geo, s).map(unproject) };
      const w = lerp(bandWidth, 6, s);
      return feature(geometry, { k: 'line', id: a.id, c: a.color, w, cw: w + 3, o: o * lerp(0.85, 0.95, s) });
    }),
    ...layout.nodes.map((nd) => {
      const coordinates = s >= 1 ? (nd.element.geometry as GeoJSON.Point).coordinates : unproject(lerpPx(nd.at, nd.geo, s));
      const core = nd.role === 'core';
      return feature({ type: 'Point', coordinates }, { k: 'dot', id: nd.element.id, c: '#ffffff', sc: core ? CORE_COLOR : POLE_COLOR, sw: core ? 5 : 4, r: nd.radius - 2, o });
    }),
    ...labels.map((l) =>
      feature({ type: 'Point', coordinates: unproject(lerpPx(l.diagram, l.geo, s)) }, { k: 'label', label: l.text, s: l.size, a: 'center', off: [0, 0], tc: l.color, o }),
    ),
  ];
  /** Backdrop, rings and outlines for `s`. */
  const paint = (s: number) => {
    setPaint(map, ID.backdrop, 'background-opacity', BACKDROP_OPACITY * (1 - smoothstep(0.2, 1, s)));
    setPaint(map, ID.ringFill, 'fill-opacity', 0.1 * (1 - s));
    setPaint(map, ID.ringLine, 'line-opacity', 1 - s);
    setPaint(map, ID.areaFill, 'fill-opacity', 0.16 * s);
    setPaint(map, ID.areaLine, 'line-opacity', s);
  };
  const from = to === 'map' ? 0 : 1;
  const target = 1 - from;
  const end = () => {
    paint(target);
    setData(map, SOURCE, moving(target, 1));
    // The end state keeps only its own form: no backdrop or rings on the map, no outlines on the diagram.
    for (const id of to === 'map' ? [ID.backdrop, ID.ringFill, ID.ringLine] : [ID.areaFill, ID.areaLine]) if (map.getLayer(id)) map.removeLayer(id);
  };

  if (options.reduced) {
    // Reduced motion: the two forms cross-fade in place, nothing moves.
    return {
      durationMs: Math.min(options.durationMs ?? 600, 600),
      frame: (t) => {
        const s = lerp(from, target, t);
        paint(s);
        setData(map, SOURCE, [...moving(0, 1 - s), ...moving(1, s)]);
      },
      end,
    };
  }
  // Hold the first form for a fifth of the time, then move.
  const hold = 0.2;
  return {
    durationMs: options.durationMs ?? 2000,
    frame: (t) => {
      const s = lerp(from, target, easeInOut(clamp01((t - hold) / (1 - hold))));
      paint(s);
      setData(map, SOURCE, moving(s, 1));
    },
    end,
  };
}

// ——— API ———

/** Plays a slide's animation on the map (replacing any animation still drawn). Call it once the
 * camera has settled: a morph's diagram is computed in pixels for the camera of that moment. */
export function playAnimation(map: MapLibreMap, input: AnimationInput, options: AnimationOptions): AnimationHandle {
  clearAnimation(map);
  try {
    addAll(map);
    const a = input.animation;
    const plan =
      a.type === 'draw'
        ? drawPlan(map, input.features, options)
        : a.type === 'reveal'
          ? revealPlan(map, input.features, options)
          : morphPlan(map, (input.elements ?? []).filter((e) => e.geometry), a.to, options);
    return run(map, plan);
  } catch (e) {
    // An animation is an addition to the slide: if it cannot be drawn, the slide still shows.
    console.warn('gbaAtlas: the slide animation could not be drawn', e);
    clearAnimation(map);
    return run(map, null);
  }
}

/** Removes everything the animations drew (sources and layers), e.g. when the slide changes; an
 * animation still playing stops (its `done` resolves). */
export function clearAnimation(map: MapLibreMap): void {
  running.get(map)?.stop();
  running.delete(map);
  try {
    for (const id of LAYER_ORDER.toReversed()) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of [SOURCE, STATIC_SOURCE]) if (map.getSource(id)) map.removeSource(id);
  } catch {
    // The map has been removed: nothing to clear.
  }
}

/** The morph's diagram (its to:'map' start state) drawn at once, for thumbnails and the presenter view. */
export function showDiagram(map: MapLibreMap, elements: StructureElement[], options: Omit<AnimationOptions, 'reduced' | 'durationMs'>): void {
  playAnimation(map, { animation: { type: 'morph', to: 'diagram' }, features: [], elements }, { ...options, reduced: true }).finish();
}
