// Keeps the MapLibre map and the instance's store in step, both ways:
// map moves and clicks → store actions; store layer visibility and selection → map style.
import type { AllPaintProperties, FilterSpecification, GeoJSONSource, Map as MapLibreMap, MapMouseEvent, Popup } from 'maplibre-gl';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import { publicState } from '../kernel/updaters.ts';
import type { AtlasState } from '../kernel/state.ts';
import { readView } from './createMap.ts';
import { isGroupVisible } from '../kernel/layerGroups.ts';
import { mapLayers } from './layers/index.ts';
import { opacityPaint } from './layers/opacity.ts';
import { translator } from '../i18n/messages.ts';
import { showPlaceChooser } from './placeChooser.ts';
import { pickAt, placePointsAt, SELECTABLE_LAYERS, selectionFeatures } from './selection.ts';
import { bbox } from '@turf/turf';
import { bindItemCounts } from './bindItemCounts.ts';
import { SELECTION_SOURCE } from './layers/index.ts';

function applyLayers(map: MapLibreMap, layers: AtlasState['layers']): void {
  for (const { group, spec } of mapLayers) {
    if (!group) continue;
    const visibility = isGroupVisible(group, layers) ? 'visible' : 'none';
    // Setting a layout property re-lays the layer out in the worker: only touch what changes.
    const current = map.getLayoutProperty(spec.id, 'visibility') ?? 'visible';
    if (current !== visibility) map.setLayoutProperty(spec.id, 'visibility', visibility);
  }
}

/** Whether any of a box [w, s, e, n] lies in the part of the map the panels leave visible. */
function boxInView(map: MapLibreMap, [w, s, e, n]: number[], padding: { top: number; bottom: number; left: number; right: number }): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const nw = map.unproject([padding.left, padding.top]);
  const se = map.unproject([width - padding.right, height - padding.bottom]);
  return !(e! < nw.lng || w! > se.lng || n! < se.lat || s! > nw.lat);
}

/** `fit`: the selection was not made on the map, so bring it into view: an item's places always
 * (they may be anywhere), a place or structure when none of it is in view. */
function applySelection(map: MapLibreMap, inst: AtlasInstance, selection: AtlasState['selection'], fit: boolean): void {
  // Cities are outlined by filter (their polygons live only in the worker); anything else is copied
  // into the selection source.
  const filter: FilterSpecification = ['==', ['get', 'id'], selection?.layer === 'admin' ? selection.id : ''];
  map.setFilter('selection-outline', filter);
  const features = selection?.layer === 'admin' ? [] : selectionFeatures(inst, selection);
  map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData({ type: 'FeatureCollection', features });
  if (!fit || !selection || !features.length) return;
  const box = bbox({ type: 'FeatureCollection', features });
  // Keep the places clear of the open side panel and the card, on any screen width.
  const width = map.getContainer().clientWidth;
  const padding = { top: 80, bottom: 60, left: Math.min((inst.store.getState().panel ? 380 : 0) + 420, width * 0.6), right: Math.min(80, width * 0.1) };
  if (selection.layer !== 'items' && boxInView(map, box, padding)) return;
  // A single place: close enough to see it among its neighbours, never further out than the user was.
  const maxZoom = selection.layer === 'items' ? 10.5 : Math.max(10.5, map.getZoom());
  map.fitBounds([box[0]!, box[1]!, box[2]!, box[3]!], { padding, maxZoom, duration: 600 });
}

function applyOpacity(map: MapLibreMap, opacity: AtlasState['opacity'], prev: AtlasState['opacity']): void {
  for (const { group, spec } of mapLayers) {
    if (!group || (opacity[group] ?? 1) === (prev[group] ?? 1)) continue;
    for (const [prop, value] of opacityPaint(spec, opacity[group] ?? 1)) map.setPaintProperty(spec.id, prop as keyof AllPaintProperties, value as never);
  }
}

/** Returns a function that undoes every binding. */
export function bindMap(map: MapLibreMap, inst: AtlasInstance): () => void {
  const { store, events } = inst;
  const { actions } = store.getState();

  // The URL hash may have moved the map before we looked: the map's view is the truth.
  actions.viewChanged(readView(map));
  const onMoveEnd = () => actions.viewChanged(readView(map));

  let chooser: Popup | null = null;
  // A selection the map must not move for: one the user picked on the map (it is in view already),
  // or the one a link opened with its own view (`map=`): the link shows what its sender saw.
  let keepView: AtlasState['selection'] = /(^#|&)map=/.test(window.location.hash) ? store.getState().selection : null;
  const pick = (s: AtlasState['selection']) => {
    keepView = s;
    actions.selectionChanged(s);
  };
  const onClick = (e: MapMouseEvent) => {
    chooser?.remove();
    const stack = placePointsAt(map, e.point);
    if (stack.length > 1) {
      chooser = showPlaceChooser(map, e.lngLat, stack, { t: translator(inst.locale), locale: inst.locale, choose: pick });
      return;
    }
    pick(pickAt(map, e.point));
  };
  const setPointer = (cursor: string) => () => (map.getCanvas().style.cursor = cursor);
  const onEnter = setPointer('pointer');
  const onLeave = setPointer('');

  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
  for (const l of SELECTABLE_LAYERS) {
    map.on('mouseenter', l, onEnter);
    map.on('mouseleave', l, onLeave);
  }

  applyLayers(map, store.getState().layers);
  applyOpacity(map, store.getState().opacity, {});
  if (store.getState().selection) applySelection(map, inst, store.getState().selection, store.getState().selection !== keepView);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.layers !== prev.layers) applyLayers(map, s.layers);
    if (s.opacity !== prev.opacity) applyOpacity(map, s.opacity, prev.opacity);
    // The data behind a selection may arrive after it (from the URL or the API): draw it then.
    if (s.selection !== prev.selection || s.extrasStatus !== prev.extrasStatus) applySelection(map, inst, s.selection, s.selection !== keepView);
    if (s.selection !== prev.selection) {
      events.emit('select', s.selection);
    }
    if (s.view !== prev.view || s.layers !== prev.layers || s.selection !== prev.selection || s.status !== prev.status) {
      events.emit('statechange', publicState(s));
    }
  });

  const unbindCounts = bindItemCounts(map, inst);

  return () => {
    chooser?.remove();
    unsubscribe();
    unbindCounts();
    map.off('moveend', onMoveEnd);
    map.off('click', onClick);
    for (const l of SELECTABLE_LAYERS) {
      map.off('mouseenter', l, onEnter);
      map.off('mouseleave', l, onLeave);
    }
  };
}
