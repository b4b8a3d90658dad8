// Creates the MapLibre map with the offline style, the view limits the snapshot parser also checks,
// and the conventional controls in their corners. The app owns the URL: MapLibre's `hash` is off.
import { FullscreenControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Basemap } from '../data/loadBasemap.ts';
import { FULL_APP, type EmbedOptions } from '../embed/options.ts';
import { DEFAULT_BOUNDS, MAX_BOUNDS, VIEW_LIMITS } from '../kernel/defaults.ts';
import type { AtlasState, MapView } from '../kernel/state.ts';
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
  { fitDefault, embed = FULL_APP }: { fitDefault: boolean; embed?: EmbedOptions },
): MapLibreMap {
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      // The credits are the attribution control's own line, in the UI language (localiseMapUi).
      style: buildStyle(mapSources(document.baseURI, basemap), layers, locale),
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      // Unless the link or the API set a view, fit the region to whatever window this is.
      ...(fitDefault ? { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 12 } } : {}),
      ...VIEW_LIMITS,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      // In a host page the wheel and one finger scroll the page: Ctrl/⌘ + wheel and two fingers move
      // the map (MapLibre says so over the map, in the UI language). A static figure does not move.
      cooperativeGestures: embed.embedded && embed.interactive,
      interactive: embed.interactive,
    });
  } catch (e) {
    throw new WebGLUnavailableError((e as Error).message);
  }
  if (embed.controls.has('zoom') && embed.interactive) map.addControl(new NavigationControl({ visualizePitch: true, showCompass: !embed.embedded }), 'top-right');
  if (embed.controls.has('fullscreen')) map.addControl(new FullscreenControl(), 'top-right');
  // MapLibre opens compact credits until the first drag; in a small embed they would cover the map.
  // They stay one click away (the ⓘ button).
  if (embed.embedded) map.once('load', () => container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')?.classList.remove('maplibregl-compact-show'));
  // The credits (compact, an ⓘ button, on narrow maps, where they would wrap over the map) are added
  // here, in the UI language.
  localiseMapUi(map, locale, basemap.credits);
  return map;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function readView(map: MapLibreMap): MapView {
  const c = map.getCenter();
  return { center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2), bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1) };
}
