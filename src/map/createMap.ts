// Creates the MapLibre map with the offline style and the conventional controls in their corners.
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_BOUNDS, DEFAULT_VIEW } from '../app/atlasInstance.ts';
import type { AtlasState, MapView } from '../kernel/state.ts';
import { escapeHtml } from '../util/escapeHtml.ts';
import type { Basemap } from '../data/loadBasemap.ts';
import { buildStyle } from './style.ts';

setWorkerUrl(workerUrl);

/** Thrown when the browser cannot give MapLibre a WebGL 2 context. */
export class WebGLUnavailableError extends Error {}

/** The map never shows more than the Pan-PRD region and its South China Sea (with its boundary lines). */
const MAX_BOUNDS: [number, number, number, number] = [88, 0, 135, 40];

export function createMap(
  container: HTMLElement,
  basemap: Basemap,
  { view, layers }: Pick<AtlasState, 'view' | 'layers'>,
  uiStrings: Record<string, string>,
): MapLibreMap {
  // MapLibre's attribution control renders its strings as HTML: escape them, they are data.
  const attribution = basemap.credits.map((c) => escapeHtml(c.attribution)).join(' | ');
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle(basemap.data, attribution, layers),
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      hash: 'map',
      // Unless a link or the API set a view, fit the region to whatever window this is.
      ...(view === DEFAULT_VIEW ? { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 12 } } : {}),
      minZoom: 3,
      maxZoom: 14,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      locale: uiStrings,
    });
  } catch (e) {
    throw new WebGLUnavailableError((e as Error).message);
  }
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  return map;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function readView(map: MapLibreMap): MapView {
  const c = map.getCenter();
  return { center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2), bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1) };
}
