// When a click lands on several place symbols at once (often places anchored at the same district
// seat), a small list asks which one is meant instead of silently picking the topmost. Built from
// DOM text nodes: names are data and never parsed as HTML.
import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import type { Translate } from '../i18n/messages.ts';
import type { Selection } from '../kernel/state.ts';
import { placeTypeLabel } from './layers/places.ts';
import type { PlaceHit } from './picking.ts';
import './map.css';

const positionKey = (h: PlaceHit) => h.at.join(',');

/** How many of the hits share their exact position with another hit. */
export function sharedPositions(hits: PlaceHit[]): number {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(positionKey(h), (counts.get(positionKey(h)) ?? 0) + 1);
  return hits.filter((h) => counts.get(positionKey(h))! > 1).length;
}

export function showPlaceChooser(
  map: MapLibreMap,
  at: LngLatLike,
  hits: PlaceHit[],
  { t, locale, choose }: { t: Translate; locale: Locale; choose: (s: Selection) => void },
): Popup {
  const root = document.createElement('div');
  root.className = 'place-chooser';
  root.setAttribute('role', 'dialog');
  const heading = document.createElement('strong');
  heading.id = `place-chooser-${Date.now()}`;
  heading.textContent = t('placesHere', { count: hits.length });
  root.setAttribute('aria-labelledby', heading.id);
  root.append(heading);
  const shared = sharedPositions(hits);
  if (shared > 1) {
    const note = document.createElement('p');
    note.textContent = t('placesHereShared', { count: shared });
    root.append(note);
  }
  const list = document.createElement('ul');
  const popup = new Popup({ maxWidth: '300px', className: 'place-chooser-popup' });
  for (const h of hits) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = h.name;
    button.addEventListener('click', () => {
      popup.remove();
      choose(h.selection);
    });
    const type = document.createElement('span');
    type.textContent = placeTypeLabel(h.type, locale);
    li.append(button, type);
    list.append(li);
  }
  root.append(list);
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation(); // Esc closes the list only, not the panel behind it
    popup.remove();
    map.getCanvas().focus();
  });
  popup.setLngLat(at).setDOMContent(root).addTo(map);
  list.querySelector('button')?.focus();
  return popup;
}
