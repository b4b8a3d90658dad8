// MapLibre's own words (control tooltips, the canvas's accessible name, the scale's units) in the UI
// language, at creation and whenever the language changes. MapLibre reads its strings from the map's
// locale table when a control draws; for controls already on screen, their titles are set again here.
import { AttributionControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import { creditLine, type DataSourceCredit } from '../data/loadBasemap.ts';
import { maplibreLocale } from '../i18n/maplibreLocale.ts';
import { escapeHtml } from '../util/escapeHtml.ts';

/** MapLibre's own (English) table, kept from before the first change. */
const english = new WeakMap<MapLibreMap, Record<string, string>>();
const scales = new WeakMap<MapLibreMap, ScaleControl>();
const credits = new WeakMap<MapLibreMap, readonly DataSourceCredit[]>();
const MAPLIBRE_CREDIT = '<a href="https://maplibre.org/" target="_blank">MapLibre</a>';
const attributions = new WeakMap<MapLibreMap, AttributionControl>();

const TITLES: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter'],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/** `sourceCredits` (at creation): the credits the attribution control lists, in the language of the moment. */
export function localiseMapUi(map: MapLibreMap, locale: Locale, sourceCredits?: readonly DataSourceCredit[]): void {
  if (sourceCredits) credits.set(map, sourceCredits);
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
  // The credits: a fresh control in the new language, open or folded as the old one was. MapLibre
  // renders the line as HTML: it is escaped, it is data.
  const list = credits.get(map);
  if (list) {
    const old = attributions.get(map);
    const wasOpen = container.querySelector('.maplibregl-ctrl-attrib')?.classList.contains('maplibregl-compact-show');
    if (old) map.removeControl(old);
    // MapLibre's own credit (its default) first, as before.
    const attribution = new AttributionControl({ customAttribution: [MAPLIBRE_CREDIT, escapeHtml(creditLine(list, locale))] });
    map.addControl(attribution, 'bottom-right');
    attributions.set(map, attribution);
    if (old && !wasOpen) container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }
  // The scale writes its units as the map moves: a fresh control writes them now, in the new language.
  const old = scales.get(map);
  if (old) map.removeControl(old);
  const scale = new ScaleControl({ unit: 'metric' });
  map.addControl(scale, 'bottom-left');
  scales.set(map, scale);
}
