// Creates the MapLibre map with the offline style, the view limits the snapshot parser also checks,
// and the conventional controls in their corners. The app owns the URL: MapLibre's `hash` is off.
import { AttributionControl, FullscreenControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Basemap } from '../data/loadBasemap.ts';
import { DEFAULT_BOUNDS, MAX_BOUNDS, VIEW_LIMITS } from '../kernel/defaults.ts';
import type { AtlasState, MapView } from '../kernel/state.ts';
import { escapeHtml } from '../util/escapeHtml.ts';
import { localiseMapUi } from './localiseUi.ts';
import { mapSources } from './sources.ts';
import { buildStyle } from './style.ts';

setWorkerUrl(workerUrl);

/** Thrown when the browser cannot give MapLibre a WebGL 2 context. */
export class WebGLUnavailableError extends Error {}

export function createMap(
  container: HTMLElement,
  basemap: Basemap,
  { view, layers, locale }: Pick<AtlasState, 'view' | 'layers' | 'locale'>,
  { fitDefault }: { fitDefault: boolean },
): MapLibreMap {
  // MapLibre's attribution control renders its strings as HTML: escape them, they are data.
  const attribution = basemap.credits.map((c) => escapeHtml(c.attribution)).join(' | ');
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle(mapSources(document.baseURI, basemap), attribution, layers, locale),
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      // Unless the link or the API set a view, fit the region to whatever window this is.
      ...(fitDefault ? { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 12 } } : {}),
      ...VIEW_LIMITS,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
    });
  } catch (e) {
    throw new WebGLUnavailableError((e as Error).message);
  }
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  // Compact (an ⓘ button) on narrow maps, where the credits would wrap over the map.
  map.addControl(new AttributionControl(), 'bottom-right');
  localiseMapUi(map, locale);
  return map;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function readView(map: MapLibreMap): MapView {
  const c = map.getCenter();
  return { center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2), bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1) };
}
