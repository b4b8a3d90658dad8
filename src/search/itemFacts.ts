// What an item counts as in filters, facets, charts and map counts: its departments (its own, else those inherited
// from the annex task implementing it; older names under today's) and where it is placed (places its text names,
// else places inherited from its implementing items, else a fallback anchor). `textOnly` counts only what the
// text itself says. One module, so the list, the facets, the charts and the map agree.
import type { PlanItem, Unit } from '../contracts/corpus.ts';
import type { ItemLinks } from '../contracts/links.ts';
import { currentUnitName, unitIndex } from '../contracts/unitNames.ts';

/** How an item is placed: by places its text names, by places inherited from related items, or by a fallback anchor. */
export type Anchor = 'named' | 'inherited' | 'fallback';

export function anchorOf(links: ItemLinks | undefined): Anchor {
  if (links?.inherited?.length) return 'inherited';
  return links?.fallback ? 'fallback' : 'named';
}

/**
 * Where an item is placed: the places its text names, else (unless `textOnly`) those it inherits, else its fallback
 * anchor. The map's counts and the selection's highlight both read this.
 */
export function countedPlaces(l: ItemLinks | undefined, textOnly: boolean): readonly { placeId: string; layer: string }[] {
  if (l?.links.length) return l.links;
  if (l?.inherited?.length && !textOnly) return l.inherited;
  return l?.fallback?.places ?? [];
}

/** The anchor a filter or facet sees: inherited places count as named unless only the text counts. */
export const countedAnchor = (a: Anchor, textOnly: boolean): 'named' | 'fallback' => (a === 'inherited' ? (textOnly ? 'fallback' : 'named') : a);

/** Old name → today's name, for every renamed body (units.json `renamedTo`, chains followed: contracts/unitNames.ts). */
export function currentNames(units: readonly Pick<Unit, 'name' | 'renamedTo' | 'formerNames'>[]): Map<string, string> {
  const index = unitIndex(units);
  return new Map(units.filter((u) => u.renamedTo).map((u) => [u.name, currentUnitName(index, u.name)]));
}

const today = (names: readonly string[], current: ReadonlyMap<string, string>): string[] => [...new Set(names.map((n) => current.get(n) ?? n))];

/** The leads an item counts for, under today's names: its own, else (unless `textOnly`) its inherited ones. */
export function countedLeads(item: PlanItem, textOnly: boolean, current: ReadonlyMap<string, string>): string[] {
  const own = item.leadUnits;
  return today(own.length || textOnly ? own : (item.inherited?.leadUnits ?? []), current);
}

/** The label of an item's leads: `responsible` when its clauses mark no lead (002, 001 without 牵头), else `lead`. */
export const leadRole = (item: Pick<PlanItem, 'unitRefs'>): 'lead' | 'responsible' =>
  item.unitRefs.length > 0 && !item.unitRefs.some((r) => r.role === 'lead') && item.unitRefs.some((r) => r.role === 'responsible') ? 'responsible' : 'lead';
