// MapLibre's own words (control tooltips, the canvas's accessible name, the scale's units) in the UI
// language, at creation and whenever the language changes. MapLibre reads its strings from the map's
// locale table when a control draws; for controls already on screen, their titles are set again here.
import { ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import { maplibreLocale } from '../i18n/maplibreLocale.ts';

/** MapLibre's own (English) table, kept from before the first change. */
const english = new WeakMap<MapLibreMap, Record<string, string>>();
const scales = new WeakMap<MapLibreMap, ScaleControl>();

const TITLES: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

export function localiseMapUi(map: MapLibreMap, locale: Locale): void {
  if (!english.has(map)) english.set(map, { ...map._locale });
  map._locale = { ...english.get(map), ...maplibreLocale(locale) };
  const container = map.getContainer();
  map.getCanvas().setAttribute('aria-label', map._getUIString('Map.Title'));
  for (const [selector, key] of TITLES) {
    for (const el of container.querySelectorAll<HTMLElement>(selector)) {
      el.title = map._getUIString(key as never);
      el.setAttribute('aria-label', el.title);
    }
  }
  // The cooperative-gestures hint is written when the handler is enabled: write it again.
  if (map.cooperativeGestures.isEnabled()) {
    map.cooperativeGestures.disable();
    map.cooperativeGestures.enable();
  }
  // The scale writes its units as the map moves: a fresh control writes them now, in the new language.
  const old = scales.get(map);
  if (old) map.removeControl(old);
  const scale = new ScaleControl({ unit: 'metric' });
  map.addControl(scale, 'bottom-left');
  scales.set(map, scale);
}
