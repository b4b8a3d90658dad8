// The structure 一核三极、两圈四轴 as a planner's diagram, computed from the structure data in screen
// pixels (no MapLibre here: the caller passes its projection and the free part of the screen).
//
// The rule: the core sits at the centre of the free rectangle and every pole at the screen angle of its
// real bearing from the core, at a radius set by the circle it belongs to (the circles are concentric
// rings, the one holding the core innermost); every other point goes through a polar transform about
// the core that keeps its angle and compresses its distance (piecewise linear through the poles'
// mean distances, then flattening out towards the outer ring), and each axis is a straight band from
// the transformed end nearer the core, turned to the exact direction of its line's start → end.
//
// Also: resampling a polyline to N points and interpolating two point lists (the morph), and a small
// greedy label placer, so the diagram's labels (and the geographic form's) do not sit on each other.
import type { Geometry, Position } from 'geojson';
import type { Locale } from '../contracts/label.ts';
import type { StructureElement } from '../contracts/places.ts';

/** A screen position in CSS pixels, x to the right, y down. */
export type Px = [number, number];
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
export type Project = (lngLat: [number, number]) => Px;

export interface DiagramNode {
  element: StructureElement;
  role: 'core' | 'pole';
  /** The circle (ring) the node belongs to, by its element id; null if none holds it. */
  ring: string | null;
  /** Projected geographic position. */
  geo: Px;
  /** Position in the diagram. */
  at: Px;
  /** Screen bearing from the core (degrees clockwise from up), the same in both forms. */
  bearing: number;
  /** Marker radius in pixels (labels keep clear of it). */
  radius: number;
}

export interface DiagramRing {
  element: StructureElement;
  radius: number;
  /** The circle's projected outline: the outer ring of each of its polygons. */
  geo: Px[][];
  /** A point inside the circle's largest polygon, for its label in the geographic form. */
  geoLabel: Px;
}

export interface DiagramAxis {
  element: StructureElement;
  /** Projected geographic line (a MultiLineString's parts joined in order). */
  geo: Px[];
  /** The diagram band, from the start side to the end side of the line. */
  band: [Px, Px];
  /** Screen bearing of the line's start → end, which the band keeps. */
  bearing: number;
}

export interface DiagramLayout {
  rect: Rect;
  center: Px;
  /** Radius of the outermost ring. */
  outer: number;
  /** The core (null only when the data has none: the centre then stands for the poles' mean). */
  core: DiagramNode | null;
  nodes: DiagramNode[];
  /** Innermost first. */
  rings: DiagramRing[];
  axes: DiagramAxis[];
  /** Band width in pixels, for drawing and for keeping labels off the bands. */
  bandWidth: number;
  /** The polar transform itself: projected geographic pixels → diagram pixels. */
  polar(p: Px): Px;
}

// ——— small geometry ———

const sub = (a: Px, b: Px): Px => [a[0] - b[0], a[1] - b[1]];
const dist = (a: Px, b: Px) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Screen bearing of `to` seen from `from`: degrees clockwise from up, in [0, 360). */
export function screenBearing(from: Px, to: Px): number {
  const [dx, dy] = sub(to, from);
  const deg = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/** The unit vector of a screen bearing. */
export const unit = (bearing: number): Px => [Math.sin(rad(bearing)), -Math.cos(rad(bearing))];

/** Smallest difference of two bearings, in degrees (0…180). */
export function angleDiff(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

export function polylineLength(line: readonly Px[]): number {
  let l = 0;
  for (let i = 1; i < line.length; i++) l += dist(line[i - 1]!, line[i]!);
  return l;
}

/** `n` points (n ≥ 2) equally spaced along the polyline by length, its two ends included. */
export function resample(line: readonly Px[], n: number): Px[] {
  if (n < 2) throw new RangeError('resample needs n ≥ 2');
  if (line.length === 0) throw new RangeError('resample needs at least one point');
  if (line.length === 1) return Array.from({ length: n }, () => [line[0]![0], line[0]![1]] as Px);
  const total = polylineLength(line);
  if (total === 0) return Array.from({ length: n }, () => [line[0]![0], line[0]![1]] as Px);
  const out: Px[] = [];
  let seg = 1;
  let before = 0; // length up to line[seg - 1]
  for (let i = 0; i < n; i++) {
    const target = (total * i) / (n - 1);
    while (seg < line.length - 1 && before + dist(line[seg - 1]!, line[seg]!) < target) {
      before += dist(line[seg - 1]!, line[seg]!);
      seg++;
    }
    const a = line[seg - 1]!;
    const b = line[seg]!;
    const len = dist(a, b);
    const u = len === 0 ? 0 : Math.min(1, Math.max(0, (target - before) / len));
    out.push([a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u]);
  }
  out[n - 1] = [line[line.length - 1]![0], line[line.length - 1]![1]];
  return out;
}

export const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
export const lerpPx = (a: Px, b: Px, t: number): Px => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];

/** Point-by-point interpolation of two lists of the same length (t = 0 gives `a`, t = 1 gives `b`). */
export function lerpPoints(a: readonly Px[], b: readonly Px[], t: number): Px[] {
  if (a.length !== b.length) throw new RangeError(`lerpPoints: ${a.length} and ${b.length} points`);
  if (t <= 0) return a.map((p) => [p[0], p[1]]);
  if (t >= 1) return b.map((p) => [p[0], p[1]]);
  return a.map((p, i) => lerpPx(p, b[i]!, t));
}

/** `n` points of a closed circle (first = last), starting at the top, clockwise on screen. */
export function circlePoints(center: Px, radius: number, n = 96): Px[] {
  const out: Px[] = [];
  for (let i = 0; i <= n; i++) {
    const [ux, uy] = unit((360 * i) / n);
    out.push([center[0] + ux * radius, center[1] + uy * radius]);
  }
  return out;
}

/** Signed area (screen coordinates) of a closed ring. */
function ringArea(ring: readonly Px[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return a / 2;
}

function pointInRing(p: readonly number[], ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a lng/lat lies in a Polygon or MultiPolygon (holes respected). */
export function pointInGeometry(p: Position, g: Geometry): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((rings) => rings.length > 0 && pointInRing(p, rings[0]!) && !rings.slice(1).some((h) => pointInRing(p, h)));
}

/** A point inside the largest of the rings: its centroid if inside, else the middle of the widest
 * stretch of the horizontal through the centroid. */
export function interiorPoint(rings: readonly Px[][]): Px {
  let best: Px[] | null = null;
  let bestArea = -1;
  for (const r of rings) {
    const a = Math.abs(ringArea(r));
    if (a > bestArea) [best, bestArea] = [r, a];
  }
  if (!best || best.length === 0) return [0, 0];
  const a = ringArea(best);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const f = best[j]![0] * best[i]![1] - best[i]![0] * best[j]![1];
    cx += (best[j]![0] + best[i]![0]) * f;
    cy += (best[j]![1] + best[i]![1]) * f;
  }
  const c: Px = a === 0 ? best[0]! : [cx / (6 * a), cy / (6 * a)];
  if (pointInRing(c, best)) return c;
  const xs: number[] = [];
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const [xi, yi] = best[i]!;
    const [xj, yj] = best[j]!;
    if (yi > c[1] !== yj > c[1]) xs.push(xi + ((c[1] - yi) * (xj - xi)) / (yj - yi));
  }
  xs.sort((p, q) => p - q);
  let wide: Px = best[0]!;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) [width, wide] = [xs[i + 1]! - xs[i]!, [(xs[i]! + xs[i + 1]!) / 2, c[1]]];
  }
  return wide;
}

// ——— which circle a node belongs to ———

/** County adcodes a circle lists (`counties` in structures.json; not part of the element contract). */
function countiesOf(e: StructureElement): string[] {
  const c = (e as { counties?: unknown }).counties;
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

/** The circle a core or pole lies in: by its city's adcode among the circle's counties (a prefecture
 * city ends in 00 and holds the counties sharing its first four digits; a city without counties, like
 * 中山, is listed itself), else by its point lying in the circle's polygons; null if neither. */
export function circleOf(node: StructureElement, circles: readonly StructureElement[]): string | null {
  const admin = node.admin;
  if (admin && /^\d{6}$/.test(admin)) {
    const hit = circles.find((c) => countiesOf(c).some((k) => k === admin || (admin.endsWith('00') && k.slice(0, 4) === admin.slice(0, 4))));
    if (hit) return hit.id;
  }
  const g = node.geometry;
  if (g?.type === 'Point') {
    const hit = circles.find((c) => c.geometry && pointInGeometry(g.coordinates, c.geometry));
    if (hit) return hit.id;
  }
  return null;
}

// ——— the layout ———

const isAxisRole = (role: string) => role === 'axis' || role === 'axis-branch';

function lineOf(g: Geometry | undefined): Position[] | null {
  if (g?.type === 'LineString') return g.coordinates;
  if (g?.type === 'MultiLineString') return g.coordinates.flat();
  return null;
}

function outlinesOf(g: Geometry | undefined): Position[][] {
  if (g?.type === 'Polygon') return g.coordinates.slice(0, 1);
  if (g?.type === 'MultiPolygon') return g.coordinates.map((p) => p[0]!).filter(Boolean);
  return [];
}

const ll = (p: Position): [number, number] => [p[0]!, p[1]!];

/** Marker radii (pixels) the drawing uses for the core and the poles. */
export const NODE_RADIUS = { core: 14, pole: 11 } as const;

/**
 * The diagram of a structure's core, poles, circles and axes, in pixels for the current camera.
 * `elements` are structure elements with geometry; roles other than core, pole, circle, axis and
 * axis-branch, and elements without a usable geometry, are ignored.
 */
export function layoutDiagram(elements: readonly StructureElement[], project: Project, rect: Rect): DiagramLayout {
  const points = elements.filter((e) => (e.role === 'core' || e.role === 'pole') && e.geometry?.type === 'Point');
  const circles = elements.filter((e) => e.role === 'circle' && outlinesOf(e.geometry).length > 0);
  const axes = elements.filter((e) => isAxisRole(e.role) && (lineOf(e.geometry)?.length ?? 0) >= 2);
  const coreEl = points.find((e) => e.role === 'core') ?? null;
  const poles = points.filter((e) => e.role === 'pole');
  const pointGeo = (e: StructureElement) => project(ll((e.geometry as GeoJSON.Point).coordinates));

  const center: Px = [rect.left + rect.width / 2, rect.top + rect.height / 2];
  const short = Math.max(0, Math.min(rect.width, rect.height));
  // Room between the outer ring and the rectangle's edge: for the band's round cap and for labels.
  const margin = Math.min(Math.max(short * 0.1, 24), 90);
  const outer = Math.max(short / 2 - margin, short * 0.25);
  const bandWidth = Math.max(6, Math.min(16, outer * 0.05));

  const coreGeo: Px = coreEl
    ? pointGeo(coreEl)
    : poles.length
      ? (poles.map(pointGeo).reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]).map((v) => v / poles.length) as Px)
      : center;

  // Rings: the circle holding the core innermost, the others by their outline's mean distance from the core.
  const ringGeo = new Map(circles.map((c) => [c.id, outlinesOf(c.geometry).map((r) => r.map((p) => project(ll(p))))]));
  const meanDistance = (id: string) => {
    const pts = ringGeo.get(id)!.flat();
    return pts.reduce((s, p) => s + dist(p, coreGeo), 0) / Math.max(1, pts.length);
  };
  const coreRing = coreEl ? circleOf(coreEl, circles) : null;
  const ordered = [...circles].sort((a, b) => (a.id === coreRing ? -1 : b.id === coreRing ? 1 : meanDistance(a.id) - meanDistance(b.id)));
  const n = ordered.length;
  // The core's own clear zone, then the rings evenly from a quarter of the radius out.
  const coreZone = outer * 0.2;
  const ringRadius = ordered.map((_, k) => outer * (0.25 + (0.75 * (k + 1)) / n));
  const ringIndex = new Map(ordered.map((c, k) => [c.id, k]));
  const rings: DiagramRing[] = ordered.map((c, k) => ({ element: c, radius: ringRadius[k]!, geo: ringGeo.get(c.id)!, geoLabel: interiorPoint(ringGeo.get(c.id)!) }));

  // Poles: in the middle of their ring's band (the annulus between it and the ring inside it).
  const bandMiddle = (k: number) => ((k === 0 ? coreZone : ringRadius[k - 1]!) + ringRadius[k]!) / 2;
  const nodes: DiagramNode[] = [];
  let core: DiagramNode | null = null;
  if (coreEl) {
    core = { element: coreEl, role: 'core', ring: coreRing, geo: coreGeo, at: center, bearing: 0, radius: NODE_RADIUS.core };
    nodes.push(core);
  }
  const anchorsByRing = new Map<number, number[]>();
  for (const p of poles) {
    const geo = pointGeo(p);
    const ring = circleOf(p, circles);
    // A pole in no circle stands in the outermost band (or, with no circles, at 60 % of the radius).
    const k = ring !== null ? ringIndex.get(ring)! : n - 1;
    const r = n ? bandMiddle(k) : outer * 0.6;
    const bearing = screenBearing(coreGeo, geo);
    const [ux, uy] = unit(bearing);
    nodes.push({ element: p, role: 'pole', ring, geo, at: [center[0] + ux * r, center[1] + uy * r], bearing, radius: NODE_RADIUS.pole });
    anchorsByRing.set(k, [...(anchorsByRing.get(k) ?? []), dist(geo, coreGeo)]);
  }

  // The polar transform: through (0, 0) and each ring's (mean pole distance, pole radius), kept
  // increasing, then flattening out exponentially towards the outer ring.
  const anchors: Px[] = [[0, 0]];
  for (const k of [...anchorsByRing.keys()].sort((a, b) => a - b)) {
    const ds = anchorsByRing.get(k)!;
    const d = ds.reduce((s, x) => s + x, 0) / ds.length;
    const r = n ? bandMiddle(k) : outer * 0.6;
    const last = anchors[anchors.length - 1]!;
    if (d > last[0] && r > last[1] && r < outer) anchors.push([d, r]);
  }
  if (anchors.length === 1) {
    const ds = axes.flatMap((a) => lineOf(a.geometry)!.map((p) => dist(project(ll(p)), coreGeo))).sort((a, b) => a - b);
    anchors.push([Math.max(1, ds[Math.floor(ds.length / 2)] ?? outer), outer * 0.6]);
  }
  const [dL, rL] = anchors[anchors.length - 1]!;
  const radial = (d: number): number => {
    if (d >= dL) return rL + (outer - rL) * (1 - Math.exp(-(d - dL) / Math.max(dL, 1)));
    for (let i = 1; i < anchors.length; i++) {
      const [d1, r1] = anchors[i]!;
      if (d <= d1) {
        const [d0, r0] = anchors[i - 1]!;
        return r0 + ((r1 - r0) * (d - d0)) / (d1 - d0);
      }
    }
    return rL;
  };
  const polar = (p: Px): Px => {
    const d = dist(p, coreGeo);
    if (d === 0) return [center[0], center[1]];
    const r = radial(d);
    return [center[0] + ((p[0] - coreGeo[0]) / d) * r, center[1] + ((p[1] - coreGeo[1]) / d) * r];
  };

  // Axes: straight bands at the direction of start → end, from the transformed end nearer the core.
  const diagramAxes: DiagramAxis[] = axes.map((a) => {
    const geo = lineOf(a.geometry)!.map((p) => project(ll(p)));
    const bearing = screenBearing(geo[0]!, geo[geo.length - 1]!);
    const s = polar(geo[0]!);
    const e = polar(geo[geo.length - 1]!);
    const length = Math.max(dist(s, e), outer * 0.25);
    const fromStart = dist(s, center) <= dist(e, center);
    const pivot = fromStart ? s : e;
    const dir = fromStart ? unit(bearing) : unit((bearing + 180) % 360);
    // Go `length` from the pivot, stopping at the outer ring.
    const ox = pivot[0] - center[0];
    const oy = pivot[1] - center[1];
    const b = ox * dir[0] + oy * dir[1];
    const c = ox * ox + oy * oy - outer * outer;
    const toRing = c <= 0 ? -b + Math.sqrt(Math.max(0, b * b - c)) : length;
    const l = Math.min(length, toRing);
    const far: Px = [pivot[0] + dir[0] * l, pivot[1] + dir[1] * l];
    return { element: a, geo, band: fromStart ? [pivot, far] : [far, pivot], bearing };
  });

  return { rect, center, outer, core, nodes, rings, axes: diagramAxes, bandWidth, polar };
}

// ——— labels ———

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The text size (pixels) of each kind of diagram label, and the wrap width in ems (as MapLibre's `text-max-width`). */
export const LABEL_SIZE = { core: 22, other: 18 } as const;
export const LABEL_MAX_EM = 8;
const LINE_HEIGHT = 1.2;

/** An estimate of a label's box as MapLibre lays it out: CJK at 1 em, Latin at about 0.6 em, wrapped at `maxEm`. */
const em = (ch: string) => (ch.codePointAt(0)! >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.6);

export function textBox(text: string, size: number, maxEm = LABEL_MAX_EM): { width: number; height: number } {
  // Break opportunities as MapLibre has them: after every ideograph, after spaces, hyphens, dashes and slashes.
  const pieces = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff–—/-]*[–—/-]?\s*/g)?.filter(Boolean) ?? [];
  const widths = pieces.map((p) => [...p.trimEnd()].reduce((s, ch) => s + em(ch), 0) + (p.length > p.trimEnd().length ? 0.3 : 0));
  const total = widths.reduce((s, w) => s + w, 0);
  // MapLibre balances the lines: about the same width each, as many as `maxEm` requires.
  const count = Math.max(1, Math.ceil(total / maxEm));
  const limit = Math.min(maxEm, (total / count) * 1.15 + 0.5);
  const lines: number[] = [];
  let w = 0;
  for (const x of widths) {
    if (w > 0 && w + x > limit) {
      lines.push(w);
      w = 0;
    }
    w += x;
  }
  lines.push(w);
  const halo = 4;
  return { width: Math.max(...lines) * size + halo, height: lines.length * LINE_HEIGHT * size + halo };
}

export type LabelTarget =
  | { kind: 'point'; at: Px; clearance: number }
  | { kind: 'area'; at: Px }
  | { kind: 'ring'; center: Px; radius: number }
  | { kind: 'lines'; lines: Px[][]; clearance: number };

export interface LabelRequest {
  id: string;
  text: string;
  size: number;
  target: LabelTarget;
}

export interface PlacedLabel extends LabelRequest {
  /** The centre of the label (drawn with its anchor at the centre). */
  center: Px;
  box: Box;
}

const boxAt = (c: Px, w: number, h: number): Box => ({ x0: c[0] - w / 2, y0: c[1] - h / 2, x1: c[0] + w / 2, y1: c[1] + h / 2 });
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Whether the segment a–b crosses the box (Liang–Barsky clipping). */
function segmentHitsBox(a: Px, b: Px, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const [p, q] of [
    [-dx, a[0] - box.x0],
    [dx, box.x1 - a[0]],
    [-dy, a[1] - box.y0],
    [dy, box.y1 - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Candidate centres for a label of size w × h, best first. */
function candidates(target: LabelTarget, w: number, h: number, center: Px): Px[] {
  const out: Px[] = [];
  const around = (at: Px, clear: number, preferred: number) => {
    // Eight directions, the one pointing away from the diagram's centre first.
    const dirs = [0, 45, 90, 135, 180, 225, 270, 315].sort((a, b) => angleDiff(a, preferred) - angleDiff(b, preferred));
    for (const d of dirs) {
      const [ux, uy] = unit(d);
      const k = d % 90 === 0 ? 1 : Math.SQRT1_2;
      out.push([at[0] + ux * (clear * k + w / 2 + 3) * (d % 180 === 0 ? 0 : 1), at[1] + uy * (clear * k + h / 2 + 3) * (d % 180 === 90 ? 0 : 1)]);
    }
  };
  switch (target.kind) {
    case 'point':
      around(target.at, target.clearance, dist(target.at, center) < 1 ? 90 : screenBearing(center, target.at));
      break;
    case 'area':
      out.push(target.at);
      around(target.at, 6, 180);
      break;
    case 'ring':
      // Around the ring from its bottom, alternating sides; outside the ring, then inside it.
      for (const side of [1, -1]) {
        for (let i = 0; i <= 12; i++) {
          for (const s of i === 0 || i === 12 ? [1] : [1, -1]) {
            const [ux, uy] = unit(180 + s * i * 15);
            const extent = Math.abs(ux) * (w / 2) + Math.abs(uy) * (h / 2);
            const r = target.radius + side * (extent + 5);
            out.push([target.center[0] + ux * r, target.center[1] + uy * r]);
          }
        }
      }
      break;
    case 'lines':
      // Beside the line (either side, close or a little off), from its middle outwards.
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
        for (const line of target.lines) {
          const pts = resample(line, 41);
          const i = Math.round(t * 40);
          const p = pts[i]!;
          const b = screenBearing(pts[Math.max(0, i - 1)]!, pts[Math.min(40, i + 1)]!);
          for (const gap of [3, 18]) {
            for (const side of [90, -90]) {
              const [nx, ny] = unit(b + side);
              const extent = Math.abs(nx) * (w / 2) + Math.abs(ny) * (h / 2);
              out.push([p[0] + nx * (target.clearance + extent + gap), p[1] + ny * (target.clearance + extent + gap)]);
            }
          }
        }
      }
      for (const line of target.lines) out.push(resample(line, 3)[1]!);
      break;
  }
  return out;
}

/** The cost of `part` of a label's `area` lying where it should not: a fixed `base` once it is more
 * than half a pixel, plus `weight` times the share. */
const share = (part: number, area: number, base: number, weight: number) => (part > 0.5 ? base + (weight * part) / area : 0);

/**
 * Places labels at their best candidates: ones that do not overlap the other labels or the `markers`,
 * stay in `rect`, and cross no band of `bands` (polylines, with the band half width `bandClear`).
 * Overlaps and crossings are costs, not exclusions, so every label gets a place. First one after
 * another in the order given, then a few rounds in which each label moves to its best place given all
 * the others (the cost never rises, so this settles).
 */
export function placeLabels(requests: readonly LabelRequest[], rect: Rect, markers: { at: Px; radius: number }[], bands: Px[][], bandClear: number, center: Px): PlacedLabel[] {
  const markerBoxes = markers.map((m) => boxAt(m.at, m.radius * 2 + 4, m.radius * 2 + 4));
  const segs: [Px, Px][] = bands.flatMap((l) => l.slice(1).map((p, i) => [l[i]!, p] as [Px, Px]));
  const frame: Box = { x0: rect.left, y0: rect.top, x1: rect.left + rect.width, y1: rect.top + rect.height };
  const options = requests.map((req) => {
    const { width: w, height: h } = textBox(req.text, req.size);
    const area = w * h;
    return candidates(req.target, w, h, center).map((c, i) => {
      const box = boxAt(c, w, h);
      // The label's own cost: its rank among the candidates, markers under it, leaving the rectangle,
      // crossing a band (allowed where nothing else fits: the text has a halo).
      let cost = i * 0.01;
      // Any overlap at all costs more than any crossing or rank: a label touching another is worst.
      for (const m of markerBoxes) cost += share(overlap(box, m), area, 4, 60);
      cost += share(area - overlap(box, frame), area, 8, 80);
      const grown = { x0: box.x0 - bandClear, y0: box.y0 - bandClear, x1: box.x1 + bandClear, y1: box.y1 + bandClear };
      if (segs.some(([a, b]) => segmentHitsBox(a, b, grown))) cost += req.target.kind === 'lines' ? 0.5 : 2;
      return { center: c, box, area, cost };
    });
  });
  const chosen: (number | null)[] = requests.map(() => null);
  const best = (k: number) => {
    let pick = 0;
    let pickCost = Infinity;
    options[k]!.forEach((o, i) => {
      let cost = o.cost;
      chosen.forEach((j, m) => {
        if (j !== null && m !== k) cost += share(overlap(o.box, options[m]![j]!.box), o.area, 10, 100);
      });
      if (cost < pickCost) [pick, pickCost] = [i, cost];
    });
    return pick;
  };
  for (let k = 0; k < requests.length; k++) chosen[k] = best(k);
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (let k = 0; k < requests.length; k++) {
      const pick = best(k);
      if (pick !== chosen[k]) [chosen[k], moved] = [pick, true];
    }
    if (!moved) break;
  }
  return requests.flatMap((req, k) => {
    const o = options[k]![chosen[k] ?? 0];
    return o ? [{ ...req, center: o.center, box: o.box }] : [];
  });
}

/** An element's name in a UI language (`name` is 简体). */
export function nameIn(e: { name: string; 'name:zh-Hant'?: string; 'name:en'?: string }, locale: Locale): string {
  if (locale === 'zh-Hans') return e.name;
  return e[`name:${locale}`] || e.name;
}

/**
 * The labels of the diagram (`form: 'diagram'`) or of the geographic form (`'map'`), placed in pixels:
 * core, poles, axes and circles, each by its element id, except that the branches of one axis
 * (创新集聚发展轴's east and west branches) share one label with the axis's name, keyed by the first
 * branch's id. The same ids in both forms, so the morph moves each label from one place to the other.
 */
export function placeDiagramLabels(layout: DiagramLayout, form: 'diagram' | 'map', locale: Locale, rect: Rect = layout.rect): PlacedLabel[] {
  const diagram = form === 'diagram';
  const requests: LabelRequest[] = [];
  for (const nd of layout.nodes) {
    requests.push({
      id: nd.element.id,
      text: nameIn(nd.element, locale),
      size: nd.role === 'core' ? LABEL_SIZE.core : LABEL_SIZE.other,
      target: { kind: 'point', at: diagram ? nd.at : nd.geo, clearance: nd.radius + 2 },
    });
  }
  const axisLine = (a: DiagramAxis) => (diagram ? [a.band[0], a.band[1]] : a.geo);
  const trunks = new Map<string, DiagramAxis[]>();
  for (const a of layout.axes) {
    const key = a.element.role === 'axis-branch' && a.element.trunk ? `trunk:${a.element.trunk['zh-Hans']}` : a.element.id;
    trunks.set(key, [...(trunks.get(key) ?? []), a]);
  }
  for (const group of trunks.values()) {
    const first = group[0]!.element;
    const text = group.length > 1 && first.trunk ? first.trunk[locale] : nameIn(first, locale);
    requests.push({ id: first.id, text, size: LABEL_SIZE.other, target: { kind: 'lines', lines: group.map(axisLine), clearance: layout.bandWidth / 2 + 1 } });
  }
  for (const r of layout.rings) {
    const target: LabelTarget = diagram ? { kind: 'ring', center: layout.center, radius: r.radius } : { kind: 'area', at: r.geoLabel };
    requests.push({ id: r.element.id, text: nameIn(r.element, locale), size: LABEL_SIZE.other, target });
  }
  const markers = layout.nodes.map((nd) => ({ at: diagram ? nd.at : nd.geo, radius: nd.radius }));
  const center = diagram ? layout.center : (layout.core?.geo ?? layout.center);
  return placeLabels(requests, rect, markers, layout.axes.map(axisLine), layout.bandWidth / 2, center);
}
