// Places an item takes from the items tied to it: a 004 annex task names no place (it names its section and its
// departments), but the paragraphs and box entries implementing it name the ports, lines and parks. The task is
// placed at those, marked as inherited with the items they come from; regions named as a group (粤港澳 …) and
// ambiguous names are not passed on, since they would place a task everywhere or at a guess.
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { InheritedPlace, ItemLinks, PlaceLink } from '../../src/contracts/links.ts';

/** The places `item` inherits, in the order its implementing items name them; empty when it has none to inherit. */
export function inheritedPlaces(item: PlanItem, linksOf: (id: string) => readonly PlaceLink[] | undefined): InheritedPlace[] {
  const out = new Map<string, InheritedPlace>();
  for (const id of item.implementedBy ?? []) {
    for (const l of linksOf(id) ?? []) {
      if (l.group || l.ambiguous) continue;
      const key = `${l.layer}:${l.placeId}`;
      const had = out.get(key);
      if (!had) out.set(key, { placeId: l.placeId, layer: l.layer, from: [id] });
      else if (!had.from.includes(id)) had.from.push(id);
    }
  }
  return [...out.values()];
}

/** Adds inherited places to every item that has some and names none itself (in place). */
export function addInheritedPlaces(items: readonly PlanItem[], out: Record<string, ItemLinks>): void {
  const linksOf = (id: string) => (Object.hasOwn(out, id) ? out[id]!.links : undefined);
  for (const item of items) {
    const own = Object.hasOwn(out, item.id) ? out[item.id]! : undefined;
    if (!own || own.links.length) continue;
    const inherited = inheritedPlaces(item, linksOf);
    if (inherited.length) own.inherited = inherited;
  }
}
