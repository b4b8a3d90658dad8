// What the summary charts count: for each facet (theme, lead unit, document, target year) the items
// that pass every filter except that facet's own, so each chart shows the alternatives to its current
// choice (linked brushing, as in crossfilter or kepler.gl). The filtering itself is `searchItems`.
import { descending } from 'd3-array';
import { DOC_IDS, THEME_IDS, type DocId, type PlanItem, type ThemeId } from '../../contracts/corpus.ts';
import { searchItems, type ItemIndex } from '../../search/itemSearch.ts';
import type { ItemFilter } from '../../kernel/state.ts';
import { emptyFilters } from '../../kernel/defaults.ts';

export type SummaryFacet = 'theme' | 'lead' | 'doc' | 'year';

export interface Bar<K> {
  key: K;
  /** Items (passing the other facets' filters) that carry this value. */
  count: number;
}

export interface FacetSummary<K> {
  bars: Bar<K>[];
  /** The chosen value of this facet, if any; always among `bars`. */
  selected: K | null;
  /** Values left out of `bars` (top N): how many, and how many items carry at least one of them. */
  rest: { values: number; count: number } | null;
  /** Items counted by this chart that carry no value of the facet (no lead unit, no year). */
  none: number;
}

export interface Summary {
  /** Items passing every filter. */
  shown: number;
  /** Items with no facet or query filter (preamble paragraphs as the filter says). */
  total: number;
  theme: FacetSummary<ThemeId>;
  lead: FacetSummary<string>;
  doc: FacetSummary<DocId>;
  year: FacetSummary<number>;
}



/** Count items per value (an item counts once per distinct value it carries). */
export function countValues<K>(items: readonly PlanItem[], values: (i: PlanItem) => readonly K[]): { counts: Map<K, number>; none: number } {
  const counts = new Map<K, number>();
  let none = 0;
  for (const item of items) {
    const vs = new Set(values(item));
    if (vs.size === 0) none++;
    for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, none };
}

/**
 * The `top` most frequent values (ties by value order), plus the selected one if it falls outside them;
 * the rest summarised as how many values and how many items carry one of them.
 */
export function topN<K extends string | number>(items: readonly PlanItem[], values: (i: PlanItem) => readonly K[], top: number, selected: K | null): FacetSummary<K> {
  const { counts, none } = countValues(items, values);
  const sorted = [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => descending(a.count, b.count) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const bars = sorted.slice(0, top);
  if (selected !== null && !bars.some((b) => b.key === selected)) bars.push({ key: selected, count: counts.get(selected) ?? 0 });
  const shownKeys = new Set(bars.map((b) => b.key));
  const restKeys = sorted.filter((b) => !shownKeys.has(b.key)).map((b) => b.key);
  const restSet = new Set<K>(restKeys);
  const rest = restKeys.length ? { values: restKeys.length, count: items.filter((i) => values(i).some((v) => restSet.has(v))).length } : null;
  return { bars, selected, rest, none };
}

/** Every value of a fixed list, in its order, zero counts included (a stable chart for small facets). */
export function fixedBars<K>(items: readonly PlanItem[], values: (i: PlanItem) => readonly K[], keys: readonly K[], selected: K | null): FacetSummary<K> {
  const { counts, none } = countValues(items, values);
  return { bars: keys.map((key) => ({ key, count: counts.get(key) ?? 0 })), selected, rest: null, none };
}

/** Values that occur, in ascending order, plus the selected one even when nothing carries it now. */
export function orderedBars(items: readonly PlanItem[], values: (i: PlanItem) => readonly number[], selected: number | null): FacetSummary<number> {
  const { counts, none } = countValues(items, values);
  if (selected !== null && !counts.has(selected)) counts.set(selected, 0);
  const bars = [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => a.key - b.key);
  return { bars, selected, rest: null, none };
}

export function summarize(index: ItemIndex, filter: ItemFilter, { topLeads = 12 }: { topLeads?: number } = {}): Summary {
  const without = (facet: SummaryFacet) => searchItems(index, { ...filter, [facet]: null });
  return {
    shown: searchItems(index, filter).length,
    total: searchItems(index, { ...emptyFilters, withContext: filter.withContext }).length,
    // Themes sorted by how many items they have now; every theme stays listed.
    theme: (() => {
      const s = fixedBars(without('theme'), (i) => i.themes, THEME_IDS, filter.theme);
      return { ...s, bars: [...s.bars].sort((a, b) => descending(a.count, b.count)) };
    })(),
    // Leads as the filter counts them: inherited ones included unless only the text counts, older names under today's.
    lead: topN(without('lead'), (i) => index.leadsOf(i, filter.textOnly), topLeads, filter.lead === null ? null : (index.current.get(filter.lead) ?? filter.lead)),
    doc: fixedBars(without('doc'), (i) => [i.docId], DOC_IDS, filter.doc),
    year: orderedBars(without('year'), (i) => i.years.map((y) => y.year), filter.year),
  };
}
