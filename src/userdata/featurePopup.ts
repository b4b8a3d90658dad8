// A popup listing a clicked feature's properties. Built with DOM text nodes only: file names and
// property keys and values are the user's strings and are never parsed as HTML.
import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';

/** More rows than this make a popup taller than the map; the rest is summarised. */
const MAX_ROWS = 30;

export function showFeaturePopup(map: MapLibreMap, at: LngLatLike, title: string, properties: Record<string, unknown>): Popup {
  const root = document.createElement('div');
  root.className = 'user-popup';
  const heading = document.createElement('strong');
  heading.textContent = title;
  root.append(heading);
  const entries = Object.entries(properties);
  if (entries.length) {
    const table = document.createElement('table');
    for (const [key, value] of entries.slice(0, MAX_ROWS)) {
      const row = table.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = key;
      row.append(th);
      row.insertCell().textContent = typeof value === 'string' ? value : JSON.stringify(value);
    }
    root.append(table);
  }
  if (entries.length > MAX_ROWS) root.append(`… +${entries.length - MAX_ROWS}`);
  return new Popup({ maxWidth: '320px' }).setLngLat(at).setDOMContent(root).addTo(map);
}
