// Plain full-text search over plan items: every whitespace-separated term must occur somewhere in
// the item's document id, number, title, text, responsible units or years (简/繁-insensitive).
import type { PlanItem } from '../corpus/types.ts';
import type { ItemFilter } from '../store/types.ts';
import type { Fold } from './scriptFold.ts';

export interface ItemIndex {
  fold: Fold;
  entries: { item: PlanItem; haystack: string }[];
}

export function buildItemIndex(items: PlanItem[], fold: Fold): ItemIndex {
  return {
    fold,
    entries: items.map((item) => ({
      item,
      haystack: fold(
        [item.docId, item.id, item.number ?? '', item.title, item.textHans, ...item.leadUnits, ...item.partnerUnits, ...item.years.map((y) => y.year)].join(
          '\u0001',
        ),
      ),
    })),
  };
}

/** Facets narrow by exact value; the query matches text (every term somewhere). */
export function searchItems(index: ItemIndex, f: ItemFilter): PlanItem[] {
  const terms = f.query.split(/\s+/).map(index.fold).filter(Boolean);
  return index.entries
    .filter(
      ({ item, haystack }) =>
        (f.withContext || item.kind !== 'context' || f.kind === 'context') &&
        (f.doc === null || item.docId === f.doc) &&
        (f.theme === null || item.themes.includes(f.theme)) &&
        (f.lead === null || item.leadUnits.includes(f.lead)) &&
        (f.year === null || item.years.some((y) => y.year === f.year)) &&
        (f.kind === null || item.kind === f.kind) &&
        terms.every((t) => haystack.includes(t)),
    )
    .map((e) => e.item);
}
