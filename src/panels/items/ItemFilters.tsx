// The item list's filters: one search box (items and places), and facets by document, theme, lead
// unit, target year and kind, each listing only values the corpus has, with their item counts.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePlanText } from '../usePlanScript.ts';
import { useUnitLocal } from '../useUnitName.ts';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import type { Corpus } from '../../data/loadCorpus.ts';
import { ITEM_KIND_LABELS, themeLabel } from '../../contracts/corpus.ts';
import { emptyFilters, TEXT_LIMITS } from '../../kernel/defaults.ts';
import type { ItemFilter } from '../../kernel/state.ts';
import { anchorOf, countedAnchor, countedLeads, currentNames } from '../../search/itemFacts.ts';


/** Values of one facet with how many items carry each, most frequent first (years in order). */
function counts<T extends string | number>(values: T[][], order: 'count' | 'value'): [T, number][] {
  const m = new Map<T, number>();
  for (const vs of values) for (const v of new Set(vs)) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => (order === 'count' ? b[1] - a[1] : a[0] < b[0] ? -1 : 1));
}

function Facet<T extends string | number>({ label, value, options, onChange, format }: {
  label: string;
  value: T | null;
  options: [T, number][];
  onChange: (v: string) => void;
  format: (v: T) => string;
}) {
  const t = useT();
  return (
    <label className="item-facet">
      <span>{label}</span>
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filterAny')}</option>
        {options.map(([v, n]) => (
          <option key={v} value={v}>
            {t('counted', { label: format(v), count: n })}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ItemFilters({ corpus }: { corpus: Corpus }) {
  const planText = usePlanText();
  const inst = useAtlas();
  const { links } = inst;
  const locale = useLocale();
  const t = useT();
  const filter = useAtlasState((s) => s.filters);
  // `/` (search.focus) asks for the search box.
  const focus = useAtlasState((s) => s.focus);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus?.target === 'search') box.current?.focus();
  }, [focus]);
  const { textOnly } = filter;
  const current = useMemo(() => currentNames(corpus.units), [corpus]);
  // Today's body with the names it had in older documents (their items are counted under it).
  const former = useMemo(() => new Map(corpus.units.filter((u) => u.formerNames?.length).map((u) => [u.name, u.formerNames!])), [corpus]);
  const facets = useMemo(
    () => ({
      docs: counts(corpus.items.map((i) => [i.docId]), 'value'),
      themes: counts(corpus.items.map((i) => i.themes), 'count'),
      leads: counts(corpus.items.map((i) => countedLeads(i, textOnly, current)), 'count'),
      years: counts(corpus.items.map((i) => i.years.map((y) => y.year)), 'value'),
      kinds: counts(corpus.items.map((i) => [i.kind]), 'count'),
      anchors: counts(corpus.items.map((i) => [countedAnchor(anchorOf(links?.items.get(i.id)), textOnly)]), 'count'),
    }),
    [corpus, links, textOnly, current],
  );
  const local = useUnitLocal();
  const unitName = (name: string) => {
    const old = former.get(name);
    return old ? t('unitFormerly', { name: local(name), former: old.map(local).join(t('listSeparator')) }) : local(name);
  };
  const set = (patch: Partial<ItemFilter>) => inst.run('filters.set', patch);
  // On a phone the facets fold behind a button (items.css), so the list keeps the sheet's height.
  const [open, setOpen] = useState(false);
  const facetsId = useId();
  const chosen = [filter.doc, filter.theme, filter.lead, filter.year, filter.kind, filter.anchor].filter((v) => v !== null).length;
  const active = JSON.stringify({ ...filter, query: '' }) !== JSON.stringify({ ...emptyFilters, withContext: filter.withContext, textOnly: filter.textOnly });

  return (
    <div className="item-filters" data-open={open || undefined}>
      <div className="item-search-row">
        <input ref={box} type="search" maxLength={TEXT_LIMITS.query} aria-label={t('itemsSearchAll')} placeholder={t('itemsSearchHint')} value={filter.query} onChange={(e) => set({ query: e.target.value })} />
        <button type="button" className="item-filters-toggle" aria-expanded={open} aria-controls={facetsId} onClick={() => setOpen(!open)}>
          {chosen > 0 ? t('counted', { label: t('filters'), count: chosen }) : t('filters')}
        </button>
      </div>
      <div className="item-facets" id={facetsId}>
        <Facet label={t('itemsDocFilter')} value={filter.doc} options={facets.docs} onChange={(v) => set({ doc: (v || null) as ItemFilter['doc'] })} format={(id) => `${id} ${planText.docTitle(corpus.docs.find((d) => d.id === id))}`} />
        <Facet label={t('filterTheme')} value={filter.theme} options={facets.themes} onChange={(v) => set({ theme: (v || null) as ItemFilter['theme'] })} format={(id) => themeLabel(id, locale)} />
        <Facet label={t('filterLead')} value={filter.lead} options={facets.leads} onChange={(v) => set({ lead: v || null })} format={unitName} />
        <Facet label={t('filterYear')} value={filter.year} options={facets.years} onChange={(v) => set({ year: v ? Number(v) : null })} format={String} />
        <Facet label={t('filterKind')} value={filter.kind} options={facets.kinds} onChange={(v) => set({ kind: (v || null) as ItemFilter['kind'] })} format={(k) => ITEM_KIND_LABELS[k][locale]} />
        <Facet
          label={t('filterAnchor')}
          value={filter.anchor}
          options={facets.anchors}
          onChange={(v) => set({ anchor: (v || null) as ItemFilter['anchor'] })}
          format={(a) => t(a === 'fallback' ? 'anchorFallback' : 'anchorNamed')}
        />
      </div>
      <div className="item-filter-row">
        <label className="item-check">
          <input type="checkbox" checked={filter.withContext} onChange={(e) => set({ withContext: e.target.checked })} />
          {t('itemsWithContext')}
        </label>
        <label className="item-check" title={t('itemsTextOnlyHint')}>
          <input type="checkbox" checked={filter.textOnly} onChange={(e) => set({ textOnly: e.target.checked })} />
          {t('itemsTextOnly')}
        </label>
        {active && (
          <button type="button" className="item-clear" onClick={() => inst.run('filters.clear', { keepQuery: true })}>
            {t('filterClear')}
          </button>
        )}
      </div>
    </div>
  );
}
