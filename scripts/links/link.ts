// Links for the whole corpus: each item's named places (matched on its simplified twin, responsibility
// clauses excluded), a fallback anchor where it names none, and the reverse indexes.
import type { PlanDoc, PlanItem, Unit } from '../../src/contracts/corpus.ts';
import { alignedHans } from './match/align.ts';
import type { Lexicon } from './match/lexicon.ts';
import { findPhrases, matchPlaces } from './match/matchPlaces.ts';
import { toLinks } from './match/toLinks.ts';
import type { ItemLinks, LinksFile, PlaceGroup, PlaceLink } from '../../src/contracts/links.ts';
import { fallbackAnchor } from './fallback.ts';
import { addInheritedPlaces } from './inherit.ts';

export interface LinkContext {
  lexicon: Lexicon;
  groups: Record<string, PlaceGroup>;
  docs: readonly PlanDoc[];
  units: readonly Unit[];
  toHans: (s: string) => string;
}

/** The places one item's text names. */
export function itemPlaceLinks(item: PlanItem, lex: Lexicon, toHans: (s: string) => string): PlaceLink[] {
  const hans = alignedHans(item.text, item.textHans, toHans);
  // Responsibility clauses say who acts, not where; the fallback reads them through leadUnits instead.
  const clauses = findPhrases(item.text, item.unitsRaw);
  return toLinks(matchPlaces(lex, hans, clauses), item.text);
}

function addTo(index: Map<string, string[]>, placeId: string, itemId: string): void {
  const list = index.get(placeId);
  if (!list) index.set(placeId, [itemId]);
  else if (list[list.length - 1] !== itemId) list.push(itemId);
}

/** Keys sorted so the file does not depend on Map or object insertion order. */
function sortedRecord(index: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries([...index.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function linkCorpus(items: readonly PlanItem[], ctx: LinkContext): LinksFile {
  const docs = new Map(ctx.docs.map((d) => [d.id, d]));
  const units = new Map(ctx.units.map((u) => [u.name, u]));
  const out: Record<string, ItemLinks> = {};
  const named = new Map<string, string[]>();
  const fallbackIndex = new Map<string, string[]>();
  const inheritedIndex = new Map<string, string[]>();
  for (const item of items) out[item.id] = { links: itemPlaceLinks(item, ctx.lexicon, ctx.toHans), fallback: null };
  // Annex tasks take the places their implementing items name (and keep a fallback anchor for counting the text alone).
  addInheritedPlaces(items, out);
  for (const item of items) {
    const doc = docs.get(item.docId);
    if (!doc) throw new Error(`${item.id}: unknown document ${item.docId}`);
    const entry = out[item.id]!;
    if (!entry.links.length) entry.fallback = fallbackAnchor(item, doc, units, ctx.groups, ctx.lexicon);
    for (const l of entry.links) addTo(named, l.placeId, item.id);
    for (const p of entry.inherited ?? []) addTo(inheritedIndex, p.placeId, item.id);
    // The place card lists an item by its fallback anchor only when it has no inherited places to show instead.
    if (!entry.inherited?.length) for (const p of entry.fallback?.places ?? []) addTo(fallbackIndex, p.placeId, item.id);
  }
  return {
    items: out,
    placeItems: sortedRecord(named),
    placeInheritedItems: sortedRecord(inheritedIndex),
    placeFallbackItems: sortedRecord(fallbackIndex),
    groups: ctx.groups,
  };
}
