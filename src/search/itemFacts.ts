// What an item counts as in filters, facets, charts and map counts: its departments (its own, else those inherited
// from the annex task implementing it; older names under today's) and where it is placed (places its text names,
// else places inherited from its implementing items, else a fallback anchor). `textOnly` counts only what the
// text itself says. One module, so the list, the facets, the charts and the map agree.
import type { PlanItem, Unit } from '../contracts/corpus.ts';
import type { ItemLinks } from '../contracts/links.ts';

/** How an item is placed: by places its text names, by places inherited from related items, or by a fallback anchor. */
export type Anchor = 'named' | 'inherited' | 'fallback';

export function anchorOf(links: ItemLinks | undefined): Anchor {
  if (links?.inherited?.length) return 'inherited';
  return links?.fallback ? 'fallback' : 'named';
}

/** The anchor a filter or facet sees: inherited places count as named unless only the text counts. */
export const countedAnchor = (a: Anchor, textOnly: boolean): 'named' | 'fallback' => (a === 'inherited' ? (textOnly ? 'fallback' : 'named') : a);

/** Old name → today's name, following renames (units.json `renamedTo`), chains included, cycles cut. */
export function currentNames(units: readonly Pick<Unit, 'name' | 'renamedTo'>[]): Map<string, string> {
  const next = new Map(units.filter((u) => u.renamedTo).map((u) => [u.name, u.renamedTo!.name]));
  const out = new Map<string, string>();
  for (const name of next.keys()) {
    let at = name;
    const seen = new Set([at]);
    while (next.has(at) && !seen.has(next.get(at)!)) {
      at = next.get(at)!;
      seen.add(at);
    }
    out.set(name, at);
  }
  return out;
}

const today = (names: readonly string[], current: ReadonlyMap<string, string>): string[] => [...new Set(names.map((n) => current.get(n) ?? n))];

/** The leads an item counts for, under today's names: its own, else (unless `textOnly`) its inherited ones. */
export function countedLeads(item: PlanItem, textOnly: boolean, current: ReadonlyMap<string, string>): string[] {
  const own = item.leadUnits;
  return today(own.length || textOnly ? own : (item.inherited?.leadUnits ?? []), current);
}
