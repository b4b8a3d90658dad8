// The map in the UI language: every label layer's text (places, cities, counties, structures) and
// MapLibre's own words, switched at run time without rebuilding the style.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { mapLayers } from '../layers/index.ts';
import { onMessagesLoaded } from '../../i18n/messages.ts';
import { localiseMapUi } from '../localiseUi.ts';

export function bindLocale(map: MapLibreMap, { store }: AtlasInstance): () => void {
  const offState = store.subscribe((s, prev) => {
    if (s.locale === prev.locale) return;
    for (const { spec, text } of mapLayers) if (text) map.setLayoutProperty(spec.id, 'text-field', text(s.locale));
    localiseMapUi(map, s.locale);
  });
  // MapLibre's words come from the UI strings: again when a language's table arrives late.
  const offMessages = onMessagesLoaded(() => localiseMapUi(map, store.getState().locale));
  return () => {
    offState();
    offMessages();
  };
}
