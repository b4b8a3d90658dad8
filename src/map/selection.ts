// What can be selected on the map, and how a selection is looked up in the loaded data.
import type { Feature } from 'geojson';
import type { Selection } from '../store/types.ts';
import type { Basemap } from './loadBasemap.ts';

/** Map layer id → the loaded file whose features it draws (and the selection's `layer`). */
export const SELECTABLE = { 'cities-fill': 'cities' } as const;
export type SelectableLayerId = keyof typeof SELECTABLE;
export const SELECTABLE_LAYERS = Object.keys(SELECTABLE) as SelectableLayerId[];

export function findSelected(basemap: Basemap | null, selection: Selection | null): Feature | undefined {
  if (!basemap || !selection) return undefined;
  const file = Object.values(SELECTABLE).find((f) => f === selection.layer);
  return file ? basemap.files[file].features.find((f) => f.properties?.id === selection.id) : undefined;
}
