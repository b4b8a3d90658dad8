// The open slide on the map: its highlighted places and structure elements drawn above everything
// (with their names in the reader's language), its animation played once the camera has arrived, and
// the map's own arrow keys off while presenting (a clicker's arrows turn slides instead).
import { along, area, length, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import type { Slide } from '../contracts/deck.ts';
import type { Locale } from '../contracts/label.ts';
import { findPlace, findStructureElement } from '../data/lookup.ts';
import { labelLayers } from '../map/layers/index.ts';
import { overlayInsets, overlaysIn } from '../map/overlayInsets.ts';
import { clearAnimation, playAnimation, type AnimationHandle } from './animate.ts';

const SOURCE = 'present-highlight';
/** Where a slide has a subject (highlights, a line drawn, places revealed), a light veil over the
 * rest of the map (under the place names) lets the subject stand out. */
const VEIL = 'present-veil';
const VEIL_OPACITY = 0.45;
const MORPH_STRUCTURES = new Set(['yihe-sanji', 'liang-quan', 'si-zhou']);

const nameField = (locale: Locale) => (locale === 'zh-Hans' ? 'name' : `name:${locale}`);

function ensureLayers(map: MapLibreMap) {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const color = '#b91c1c';
  // Shapes above every place and structure, under the map's own place names (a city's name stays
  // readable on a highlighted core); the highlights' names on top.
  const labels = labelLayers.map((l) => l.spec.id).find((id) => map.getLayer(id));
  map.addLayer({ id: VEIL, type: 'background', paint: { 'background-color': '#ffffff', 'background-opacity': 0 } }, labels);
  map.addLayer({ id: 'present-hl-fill', type: 'fill', source: SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': color, 'fill-opacity': 0.12 } }, labels);
  map.addLayer({ id: 'present-hl-casing', type: 'line', source: SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 } }, labels);
  map.addLayer({ id: 'present-hl-line', type: 'line', source: SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': color, 'line-width': 3.5 } }, labels);
  map.addLayer(
    {
      id: 'present-hl-point',
      type: 'circle',
      source: SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'role'], 'label']],
      paint: { 'circle-radius': 8, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
    },
    labels,
  );
  map.addLayer({
    id: 'present-hl-label',
    type: 'symbol',
    source: SOURCE,
    // One name per feature, at its label point (a many-island area or a many-part line is named once).
    filter: ['==', ['get', 'role'], 'label'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': ['Noto Sans Regular'],
      'text-size': 17,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'symbol-placement': 'point',
      'text-max-width': 9,
    },
    paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
  });
}

/** A place or element as a feature with its name in the reader's language as `label`. */
function featureOf(props: Record<string, unknown>, geometry: Feature['geometry'] | null | undefined, locale: Locale): Feature | null {
  if (!geometry) return null;
  const label = (props[nameField(locale)] as string | undefined) ?? (props.name as string | undefined) ?? '';
  return { type: 'Feature', geometry, properties: { ...props, label } };
}

function placeFeature(inst: AtlasInstance, id: string, locale: Locale): Feature | null {
  const f = findPlace(inst, id);
  return f ? featureOf(f.properties as unknown as Record<string, unknown>, f.geometry, locale) : null;
}

function elementFeature(inst: AtlasInstance, id: string, locale: Locale): Feature | null {
  const e = findStructureElement(inst, id);
  if (!e) return null;
  const { geometry, structure: _s, def: _d, ...props } = e as typeof e & { geometry?: Feature['geometry'] };
  const f = featureOf(props as Record<string, unknown>, geometry, locale);
  if (!f) return null;
  // The places along a line, in order, where they are points: the draw animation marks them.
  const nodes = (e.places ?? []).flatMap((p) => {
    const g = findPlace(inst, p)?.geometry;
    return g?.type === 'Point' ? [g.coordinates as [number, number]] : [];
  });
  return { ...f, properties: { ...f.properties, nodes } };
}

const lineLength = (g: Geometry) => length({ type: 'Feature', geometry: g, properties: {} });

/** The largest part of a multi-part geometry (by area or by length). */
function largestPart(g: Geometry): Geometry {
  if (g.type === 'MultiPolygon') {
    const parts = g.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c }));
    return parts.reduce((a, b) => (area(b) > area(a) ? b : a));
  }
  if (g.type === 'MultiLineString') {
    const parts = g.coordinates.map((c) => ({ type: 'LineString' as const, coordinates: c }));
    return parts.reduce((a, b) => (lineLength(b) > lineLength(a) ? b : a));
  }
  return g;
}

/** Where a feature's one name goes: a point as it is, a line's middle, an area's inside point. */
function labelPosition(g: Geometry): Position | null {
  try {
    const part = largestPart(g);
    if (part.type === 'Point') return part.coordinates;
    if (part.type === 'LineString') return along(part, lineLength(part) / 2).geometry.coordinates;
    return pointOnFeature(part).geometry.coordinates;
  } catch {
    return null;
  }
}

function highlightFeatures(inst: AtlasInstance, slide: Slide, locale: Locale): Feature[] {
  const { places, structures } = slide.snapshot.highlight;
  const shapes = [...structures.map((id) => elementFeature(inst, id, locale)), ...places.map((id) => placeFeature(inst, id, locale))].filter((f): f is Feature => f !== null);
  const names = shapes.flatMap((f): Feature[] => {
    const at = f.geometry && labelPosition(f.geometry);
    return at ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { id: `${String(f.properties?.id)}#label`, label: f.properties?.label, role: 'label' } }] : [];
  });
  return [...shapes, ...names];
}

/** Whether a slide has a subject to stand out (the veil then lies over the rest). */
const hasSubject = (slide: Slide) =>
  slide.snapshot.highlight.places.length > 0 || slide.snapshot.highlight.structures.length > 0 || slide.animation?.type === 'draw' || slide.animation?.type === 'reveal';

function animationFeatures(inst: AtlasInstance, slide: Slide, locale: Locale): Feature[] {
  const a = slide.animation;
  if (!a) return [];
  if (a.type === 'draw') return a.structures.map((id) => elementFeature(inst, id, locale)).filter((f): f is Feature => f !== null);
  if (a.type === 'reveal') return a.places.map((id) => placeFeature(inst, id, locale)).filter((f): f is Feature => f !== null);
  return [];
}

export function bindPresentMap(map: MapLibreMap, inst: AtlasInstance): () => void {
  const { store } = inst;
  const root = map.getContainer().closest<HTMLElement>('.atlas') ?? map.getContainer();
  map.keyboard.disable();
  ensureLayers(map);
  let handle: AnimationHandle | null = null;
  let waiting: (() => void) | null = null;
  let frame = 0;

  const stopWaiting = () => {
    waiting?.();
    waiting = null;
    cancelAnimationFrame(frame);
  };

  const draw = () => {
    const s = store.getState();
    const p = s.present;
    const slide = p?.deck.slides[p.slide - 1];
    map.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features: slide ? highlightFeatures(inst, slide, s.locale) : [] });
    if (map.getLayer(VEIL)) map.setPaintProperty(VEIL, 'background-opacity', slide && hasSubject(slide) ? VEIL_OPACITY : 0);
  };

  /** Plays the slide's animation once its camera has arrived (the request is carried out a frame or
   * two after the slide changes; a move then ends with `moveend`). */
  /** On a morph slide: the structure to the form asked for (the diagram ⇄ map button, M). */
  const morphTo = (form: 'map' | 'diagram') => {
    const s = store.getState();
    if (!s.present || !inst.gazetteer) return;
    stopWaiting();
    handle?.finish();
    const r = map.getContainer().getBoundingClientRect();
    const padding = overlayInsets({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, overlaysIn(root));
    const elements = inst.gazetteer.structures.structures.filter((x) => MORPH_STRUCTURES.has(x.id)).flatMap((x) => x.elements);
    handle = playAnimation(map, { animation: { type: 'morph', to: form }, features: [], elements }, { reduced: s.present.reducedMotion, locale: s.locale, padding });
  };

  const animate = () => {
    stopWaiting();
    handle?.finish();
    handle = null;
    clearAnimation(map);
    const s = store.getState();
    const p = s.present;
    const slide = p?.deck.slides[p.slide - 1];
    if (!p || !slide?.animation) return;
    const start = () => {
      waiting = null;
      const now = store.getState();
      if (now.present?.shown !== p.shown) return;
      const r = map.getContainer().getBoundingClientRect();
      const padding = overlayInsets({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, overlaysIn(root));
      const elements =
        slide.animation!.type === 'morph' && inst.gazetteer
          ? inst.gazetteer.structures.structures.filter((x) => MORPH_STRUCTURES.has(x.id)).flatMap((x) => x.elements)
          : undefined;
      handle = playAnimation(map, { animation: slide.animation!, features: animationFeatures(inst, slide, now.locale), ...(elements ? { elements } : {}) }, { reduced: now.present.reducedMotion, locale: now.locale, padding });
    };
    let frames = 0;
    const check = () => {
      // Two frames for the camera request to be carried out, then until the map stops.
      if (frames++ < 2) {
        frame = requestAnimationFrame(check);
        return;
      }
      if (!map.isMoving()) return start();
      const onEnd = () => start();
      map.once('moveend', onEnd);
      waiting = () => map.off('moveend', onEnd);
    };
    frame = requestAnimationFrame(check);
  };

  draw();
  animate();
  const unsubscribe = store.subscribe((s, prev) => {
    const slideChanged = s.present?.shown !== prev.present?.shown;
    if (slideChanged || s.locale !== prev.locale || s.extrasStatus !== prev.extrasStatus) draw();
    // Data that arrives after the slide (a link opened on it): play it then.
    if (slideChanged || (s.extrasStatus === 'ready' && prev.extrasStatus !== 'ready') || s.locale !== prev.locale) animate();
    else if (s.present?.form && s.present.form !== prev.present?.form) morphTo(s.present.form);
  });
  return () => {
    unsubscribe();
    stopWaiting();
    handle?.finish();
    clearAnimation(map);
    map.getSource<GeoJSONSource>(SOURCE)?.setData({ type: 'FeatureCollection', features: [] });
    if (map.getLayer(VEIL)) map.setPaintProperty(VEIL, 'background-opacity', 0);
    map.keyboard.enable();
  };
}
