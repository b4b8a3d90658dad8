// Clicks on the map: the thing under the pointer becomes the selection (the map stays where it is:
// the user is looking at it), several places at one spot get a chooser, empty map clears it. Runs
// commands, as a button would.
import type { Map as MapLibreMap, MapMouseEvent, Popup } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { translator } from '../../i18n/messages.ts';
import type { Selection } from '../../kernel/state.ts';
import { pickAt, placePointsAt, SELECTABLE_LAYERS } from '../picking.ts';
import { showPlaceChooser } from '../placeChooser.ts';

export function bindPicking(map: MapLibreMap, inst: AtlasInstance): () => void {
  // A static figure (an embed with `interactive=0`) is looked at, not clicked.
  if (!inst.embed.interactive) return () => {};
  let chooser: Popup | null = null;
  const pick = (s: Selection | null) => {
    if (s) inst.run('selection.set', { ...s, camera: 'keep' });
    else inst.run('selection.clear');
  };
  const onClick = (e: MapMouseEvent) => {
    chooser?.remove();
    const locale = inst.store.getState().locale;
    const stack = placePointsAt(map, e.point, locale);
    if (stack.length > 1) {
      chooser = showPlaceChooser(map, e.lngLat, stack, { t: translator(locale), locale, choose: pick });
      return;
    }
    pick(pickAt(map, e.point));
  };
  const setPointer = (cursor: string) => () => (map.getCanvas().style.cursor = cursor);
  const onEnter = setPointer('pointer');
  const onLeave = setPointer('');
  map.on('click', onClick);
  for (const l of SELECTABLE_LAYERS) {
    map.on('mouseenter', l, onEnter);
    map.on('mouseleave', l, onLeave);
  }
  return () => {
    chooser?.remove();
    map.off('click', onClick);
    for (const l of SELECTABLE_LAYERS) {
      map.off('mouseenter', l, onEnter);
      map.off('mouseleave', l, onLeave);
    }
  };
}
