// Layer groups on the map follow the state: visibility and opacity (per group, scaling each layer's
// own opacity design).
import type { AllPaintProperties, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { isGroupVisible } from '../../kernel/layerGroups.ts';
import type { AtlasState } from '../../kernel/state.ts';
import { mapLayers } from '../layers/index.ts';
import { opacityPaint } from '../layers/opacity.ts';

function applyLayers(map: MapLibreMap, layers: AtlasState['layers']): void {
  for (const { group, spec } of mapLayers) {
    if (!group) continue;
    const visibility = isGroupVisible(group, layers) ? 'visible' : 'none';
    // Setting a layout property re-lays the layer out in the worker: only touch what changes.
    const current = map.getLayoutProperty(spec.id, 'visibility') ?? 'visible';
    if (current !== visibility) map.setLayoutProperty(spec.id, 'visibility', visibility);
  }
}

const opacityOf = (o: AtlasState['opacity'], group: keyof AtlasState['opacity']) => (Object.hasOwn(o, group) ? o[group]! : 1);

function applyOpacity(map: MapLibreMap, opacity: AtlasState['opacity'], prev: AtlasState['opacity']): void {
  for (const { group, spec } of mapLayers) {
    if (!group || opacityOf(opacity, group) === opacityOf(prev, group)) continue;
    for (const [prop, value] of opacityPaint(spec, opacityOf(opacity, group))) map.setPaintProperty(spec.id, prop as keyof AllPaintProperties, value as never);
  }
}

export function bindLayers(map: MapLibreMap, { store }: AtlasInstance): () => void {
  applyLayers(map, store.getState().layers);
  applyOpacity(map, store.getState().opacity, {});
  return store.subscribe((s, prev) => {
    if (s.layers !== prev.layers) applyLayers(map, s.layers);
    if (s.opacity !== prev.opacity) applyOpacity(map, s.opacity, prev.opacity);
  });
}
