// Plain full-text search over plan items: every whitespace-separated term must occur somewhere in
// the item's document id, number, title, text, responsible units or years (简/繁-insensitive).
import type { DocId, PlanItem } from '../corpus/types.ts';
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

export interface ItemQuery {
  query: string;
  doc: DocId | null;
  withContext: boolean;
}

export function searchItems(index: ItemIndex, { query, doc, withContext }: ItemQuery): PlanItem[] {
  const terms = query.split(/\s+/).map(index.fold).filter(Boolean);
  return index.entries
    .filter(
      ({ item, haystack }) =>
        (withContext || item.kind !== 'context') && (doc === null || item.docId === doc) && terms.every((t) => haystack.includes(t)),
    )
    .map((e) => e.item);
}
