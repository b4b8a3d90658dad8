// What the item-count legend shows: the classes the map draws now, published by the counts' map code
// (src/map/countsMap.ts) for the legend component, per atlas. Null while no counts are drawn.
import type { CountClass } from './countClasses.ts';

export interface BandLegend {
  classes: CountClass[];
  zero: string;
  /** How many areas the band shades, and how many have no item. */
  areas: number;
  empty: number;
}

export interface CountsLegendData {
  gba: BandLegend;
  westBank: BandLegend;
}

const current = new WeakMap<object, CountsLegendData>();
const listeners = new WeakMap<object, Set<() => void>>();

export function publishCountsLegend(owner: object, data: CountsLegendData | null): void {
  if (data) current.set(owner, data);
  else current.delete(owner);
  for (const l of listeners.get(owner) ?? []) l();
}

export const countsLegendOf = (owner: object): CountsLegendData | null => current.get(owner) ?? null;

export function subscribeCountsLegend(owner: object, listener: () => void): () => void {
  const set = listeners.get(owner) ?? new Set();
  listeners.set(owner, set);
  set.add(listener);
  return () => set.delete(listener);
}
