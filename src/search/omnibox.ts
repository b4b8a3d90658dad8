// The search box on the map (the omnibox): one query over places (admin units included), plan items,
// departments and structure elements, answered in groups by kind, 简/繁-insensitive (the shared fold).
// Places and items come from the shared indexes (search/indexes.ts); departments and structure elements
// are indexed here, once per index.
import type { PlanItem, Unit } from '../contracts/corpus.ts';
import type { StructuresFile } from '../contracts/places.ts';
import type { ItemFilter, Selection } from '../kernel/state.ts';
import { searchItems, type ItemIndex } from './itemSearch.ts';
import { searchPlaces, type PlaceIndex } from './placeSearch.ts';

export const OMNI_KINDS = ['places', 'items', 'units', 'structures'] as const;
export type OmniKind = (typeof OMNI_KINDS)[number];

/** One result: what choosing it does is decided by its kind (a selection, or a unit's items listed). */
export type OmniHit =
  | { kind: 'places'; selection: Selection; name: string; type: string }
  | { kind: 'structures'; selection: Selection; name: string; type: string }
  | { kind: 'items'; item: PlanItem }
  | { kind: 'units'; unit: string; en: string; items: number }
  /** Every item the query finds, in the item list. */
  | { kind: 'all-items'; query: string; items: number };

export interface OmniGroup {
  kind: OmniKind;
  hits: OmniHit[];
}

interface Named<T> {
  value: T;
  names: string[];
}

export interface OmniIndex {
  items: ItemIndex;
  places: PlaceIndex;
  units: Named<{ name: string; en: string; items: number }>[];
  structures: Named<{ id: string; name: string; type: string }>[];
}

/** The item search's filter for a query alone (kernel/defaults.ts `emptyFilters`, written out: importing it here
 * would split it out of the first load's chunk). */
const queryOnly = (query: string): ItemFilter => ({ query, doc: null, theme: null, lead: null, year: null, kind: null, anchor: null, withContext: false, textOnly: false });

export const OMNI_LIMITS = { places: 6, items: 5, units: 4, structures: 4 } as const;

export function buildOmniIndex(items: ItemIndex, places: PlaceIndex, units: readonly Unit[], structures: StructuresFile | null): OmniIndex {
  const fold = items.fold;
  // How many items each department leads (today's name, inherited leads counted, as the item list counts them): units leading none are not offered.
  const leads = new Map<string, number>();
  for (const e of items.entries) if (e.item.kind !== 'context') for (const u of e.leads) leads.set(u, (leads.get(u) ?? 0) + 1);
  const named = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n).map(fold).filter(Boolean))];
  return {
    items,
    places,
    units: units
      .filter((u) => !u.renamedTo && (leads.get(u.name) ?? 0) > 0)
      .map((u) => ({ value: { name: u.name, en: u.en, items: leads.get(u.name)! }, names: named([u.name, u.en, ...u.variants, ...(u.formerNames ?? [])]) })),
    structures: (structures?.structures ?? []).flatMap((s) =>
      s.elements.map((e) => ({ value: { id: e.id, name: e.name, type: s.id }, names: named([e.name, e['name:zh-Hant'], e['name:en']]) })),
    ),
  };
}

/** Exact name first, then a name starting with the query, then one containing it; shorter names first. */
function rank<T>(list: readonly Named<T>[], q: string, nameOf: (v: T) => string, limit: number): T[] {
  const score = (n: Named<T>) => (n.names.includes(q) ? 0 : n.names.some((x) => x.startsWith(q)) ? 1 : n.names.some((x) => x.includes(q)) ? 2 : 3);
  return list
    .map((n) => ({ n, r: score(n) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || nameOf(a.n.value).length - nameOf(b.n.value).length)
    .slice(0, limit)
    .map((x) => x.n.value);
}

/** The groups that have results, in the omnibox's order: places, items, units, structure elements. */
export function searchOmni(index: OmniIndex, query: string): OmniGroup[] {
  const q = index.items.fold(query);
  if (!q) return [];
  // Towns (anchor points named after their city, 江门市新会区大鳌镇) after the places the plans draw.
  const placeHits = searchPlaces(index.places, query, OMNI_LIMITS.places * 4);
  const places: OmniHit[] = [...placeHits.filter((h) => h.kind !== 'localities'), ...placeHits.filter((h) => h.kind === 'localities')]
    .slice(0, OMNI_LIMITS.places)
    .map((h) => ({ kind: 'places', selection: h.selection, name: h.name, type: h.kind }));
  const found = searchItems(index.items, queryOnly(query));
  const items: OmniHit[] = found.slice(0, OMNI_LIMITS.items).map((item) => ({ kind: 'items', item }));
  if (found.length > OMNI_LIMITS.items) items.push({ kind: 'all-items', query, items: found.length });
  const units: OmniHit[] = rank(index.units, q, (u) => u.name, OMNI_LIMITS.units).map((u) => ({ kind: 'units', unit: u.name, en: u.en, items: u.items }));
  const structures: OmniHit[] = rank(index.structures, q, (s) => s.name, OMNI_LIMITS.structures).map((s) => ({
    kind: 'structures',
    selection: { kind: 'structures', id: s.id },
    name: s.name,
    type: s.type,
  }));
  const byKind: Record<OmniKind, OmniHit[]> = { places, items, units, structures };
  return OMNI_KINDS.map((kind) => ({ kind, hits: byKind[kind] })).filter((g) => g.hits.length > 0);
}
