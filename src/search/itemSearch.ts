// Plain full-text search over plan items: every whitespace-separated term must occur somewhere in
// the item's document id, number, title, text, responsible units or years (简/繁-insensitive).
//
// Fast enough to run on every keystroke over ten times the real corpus: haystacks are folded once,
// and each index remembers its recent results, so the list, the map's badges and the charts asking
// for the same filter in one interaction share one search, and a refined filter (one more character
// typed, one more facet set) searches only the items the broader one found.
import type { PlanItem } from '../contracts/corpus.ts';
import type { ItemFilter } from '../kernel/state.ts';
import type { Fold } from './scriptFold.ts';
import { type Anchor, countedAnchor, countedLeads } from './itemFacts.ts';

interface Entry {
  item: PlanItem;
  haystack: string;
  /** How the item is placed (links.json): by named places, inherited places or a fallback anchor. */
  anchor: Anchor;
  /** Leads counted with inherited ones, and as the text names them; both under today's names. */
  leads: string[];
  ownLeads: string[];
}

export interface ItemIndex {
  fold: Fold;
  entries: Entry[];
  /** The leads an item counts for (see itemFacts.ts), for facets and charts. */
  leadsOf(item: PlanItem, textOnly: boolean): string[];
  /** How an item counts as placed: named (inherited places included unless `textOnly`) or by fallback. */
  anchorOf(item: PlanItem, textOnly: boolean): 'named' | 'fallback';
  current: ReadonlyMap<string, string>;
}

/**
 * `anchors`: how each item is placed (absent: named); `current`: old unit name → today's (renamed bodies), so that a
 * filter by today's department finds the older documents' items too.
 */
export function buildItemIndex(
  items: PlanItem[],
  fold: Fold,
  anchors: ReadonlyMap<string, Anchor> = new Map(),
  current: ReadonlyMap<string, string> = new Map(),
): ItemIndex {
  const entries = items.map((item) => ({
      item,
      anchor: anchors.get(item.id) ?? 'named',
      leads: countedLeads(item, false, current),
      ownLeads: countedLeads(item, true, current),
      haystack: fold(
        [item.docId, item.id, item.number ?? '', item.title, item.textHans, ...item.leadUnits, ...item.partnerUnits, ...item.years.map((y) => y.year)].join(
          '\u0001',
        ),
      ),
    }));
  const byItem = new Map(entries.map((e) => [e.item, e]));
  return {
    fold,
    entries,
    leadsOf: (item, textOnly) => {
      const e = byItem.get(item);
      return e ? (textOnly ? e.ownLeads : e.leads) : countedLeads(item, textOnly, current);
    },
    anchorOf: (item, textOnly) => countedAnchor(byItem.get(item)?.anchor ?? 'named', textOnly),
    current,
  };
}

interface Result {
  filter: ItemFilter;
  terms: string[];
  entries: Entry[];
}

const RECENT = 16;
const recentByIndex = new WeakMap<ItemIndex, Map<string, Result>>();

const passes = (f: ItemFilter, terms: string[], lead: string | null) => ({ item, haystack, anchor, leads, ownLeads }: Entry) =>
  (f.anchor === null || f.anchor === countedAnchor(anchor, f.textOnly)) &&
  (f.withContext || item.kind !== 'context' || f.kind === 'context') &&
  (f.doc === null || item.docId === f.doc) &&
  (f.theme === null || item.themes.includes(f.theme)) &&
  (lead === null || (f.textOnly ? ownLeads : leads).includes(lead)) &&
  (f.year === null || item.years.some((y) => y.year === f.year)) &&
  (f.kind === null || item.kind === f.kind) &&
  terms.every((t) => haystack.includes(t));

/** Whether everything `narrow` lets through, `broad` lets through too (so `narrow` can search within `broad`'s results). */
function covers(broad: Result, narrow: ItemFilter, narrowTerms: string[]): boolean {
  const b = broad.filter;
  return (
    b.withContext === narrow.withContext &&
    b.textOnly === narrow.textOnly &&
    (b.doc === null || b.doc === narrow.doc) &&
    (b.theme === null || b.theme === narrow.theme) &&
    (b.lead === null || b.lead === narrow.lead) &&
    (b.year === null || b.year === narrow.year) &&
    (b.kind === narrow.kind || (b.kind === null && narrow.kind !== 'context')) &&
    (b.anchor === null || b.anchor === narrow.anchor) &&
    // Each broader term is inside some narrower term, so an item having the latter has the former.
    broad.terms.every((bt) => narrowTerms.some((nt) => nt.includes(bt)))
  );
}

/** Facets narrow by exact value; the query matches text (every term somewhere). */
export function searchItems(index: ItemIndex, f: ItemFilter): PlanItem[] {
  const terms = f.query.split(/\s+/).map(index.fold).filter(Boolean);
  const key = JSON.stringify([f.doc, f.theme, f.lead, f.year, f.kind, f.anchor, f.withContext, f.textOnly, terms]);
  let recent = recentByIndex.get(index);
  if (!recent) recentByIndex.set(index, (recent = new Map()));
  let hit = recent.get(key);
  if (!hit) {
    let from = index.entries;
    for (const r of recent.values()) if (r.entries.length < from.length && covers(r, f, terms)) from = r.entries;
    // A lead filter by an older name finds what today's body leads.
    const lead = f.lead === null ? null : (index.current.get(f.lead) ?? f.lead);
    hit = { filter: { ...f }, terms, entries: from.filter(passes(f, terms, lead)) };
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  } else recent.delete(key);
  recent.set(key, hit);
  return hit.entries.map((e) => e.item);
}
