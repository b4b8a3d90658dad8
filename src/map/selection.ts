// What can be selected on the map, and how a selection is looked up in the loaded data.
import type { Feature } from 'geojson';
import type { Selection } from '../store/types.ts';
import type { Basemap } from './loadBasemap.ts';

/** Map layer id → the selection's `layer`, and the admin `level` of its features in labels.geojson. */
export const SELECTABLE = { 'cities-fill': { layer: 'cities', level: 'city' } } as const;
export type SelectableLayerId = keyof typeof SELECTABLE;
export const SELECTABLE_LAYERS = Object.keys(SELECTABLE) as SelectableLayerId[];

/** The selected unit's label feature, which carries all its names; undefined if it does not exist. */
export function findSelected(basemap: Basemap | null, selection: Selection | null): Feature | undefined {
  if (!basemap || !selection) return undefined;
  const kind = Object.values(SELECTABLE).find((s) => s.layer === selection.layer);
  return kind && basemap.labels.features.find((f) => f.properties?.level === kind.level && f.properties?.id === selection.id);
}
