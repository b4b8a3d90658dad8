// The summary panel: the filtered plan items counted by theme, lead unit, document and target year.
// Each bar is a filter; each chart counts the items passing every other filter (linked brushing),
// and the item list and the URL share the very same filter.
import { useMemo } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import { ITEM_KIND_LABELS, themeLabel } from '../../contracts/corpus.ts';
import { useSearchIndexes } from '../useSearchIndexes.ts';
import type { ItemFilter } from '../../kernel/state.ts';
import { SidePanel } from '../SidePanel.tsx';
import { usePlanText } from '../usePlanScript.ts';
import { useUnitLocal } from '../useUnitName.ts';
import { BarChart, type BarDatum } from './BarChart.tsx';
import { summarize, type FacetSummary } from './summaries.ts';
import './summary.css';

const TOP_LEADS = 12;

export function SummaryPanel() {
  const inst = useAtlas();
  const t = useT();
  const extrasStatus = useAtlasState((s) => s.extrasStatus);
  const locale = useLocale();
  const filter = useAtlasState((s) => s.filters);
  const ready = extrasStatus === 'ready';
  const corpus = ready ? inst.corpus : null;
  const index = useSearchIndexes()?.items ?? null;
  const summary = useMemo(() => (index ? summarize(index, filter, { topLeads: TOP_LEADS }) : null), [index, filter]);

  const planText = usePlanText();
  const unitLocal = useUnitLocal();
  const docTitle = (id: string) => planText.docTitle(corpus?.docs.find((d) => d.id === id));
  const themeOf = (id: string) => themeLabel(id, locale);
  const data = <K extends string | number>(s: FacetSummary<K>, label: (k: K) => string, name: (k: K) => string = label): BarDatum<K>[] =>
    s.bars.map((b) => ({ key: b.key, label: label(b.key), name: t('summaryBar', { label: name(b.key), count: b.count }), count: b.count }));
  const toggle =
    <F extends 'theme' | 'lead' | 'doc' | 'year'>(facet: F) =>
    (key: NonNullable<ItemFilter[F]>) =>
      inst.run('filters.set', { [facet]: filter[facet] === key ? null : key });

  const active: string[] = [
    filter.theme && t('summaryFacet', { facet: t('filterTheme'), value: themeOf(filter.theme) }),
    filter.lead && t('summaryFacet', { facet: t('filterLead'), value: unitLocal(filter.lead) }),
    filter.doc && t('summaryFacet', { facet: t('itemsDocFilter'), value: `${filter.doc} ${docTitle(filter.doc)}` }),
    filter.year !== null && t('summaryFacet', { facet: t('filterYear'), value: String(filter.year) }),
    filter.kind && t('summaryFacet', { facet: t('filterKind'), value: ITEM_KIND_LABELS[filter.kind][locale] }),
    filter.query && t('summaryQuery', { query: filter.query }),
  ].filter((x): x is string => Boolean(x));

  return (
    <SidePanel panel="summary" title={t('summaryPanel')} className="summary-panel">
      {extrasStatus === 'loading' || extrasStatus === 'idle' ? (
        <p role="status">{t('itemsLoading')}</p>
      ) : !summary ? (
        <p role="alert">{t('itemsError')}</p>
      ) : (
        <div className="summary-body">
          <p className="summary-shown" role="status" aria-live="polite">
            {t('summaryShown', { shown: summary.shown, total: summary.total })}
          </p>
          {active.length > 0 ? (
            <div className="summary-active">
              <span>{t('summaryActive')}</span>
              <ul>
                {active.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
              <button type="button" className="item-clear" onClick={() => inst.run('filters.clear')}>
                {t('filterClear')}
              </button>
            </div>
          ) : (
            <p className="summary-hint">{t('summaryHint')}</p>
          )}
          <BarChart title={t('summaryByTheme')} bars={data(summary.theme, themeOf)} selected={filter.theme} onToggle={toggle('theme')} />
          <BarChart
            title={t('summaryByLead', { top: TOP_LEADS })}
            bars={data(summary.lead, unitLocal)}
            selected={filter.lead}
            onToggle={toggle('lead')}
            extra={
              summary.lead.rest && {
                label: t('summaryOther', { values: summary.lead.rest.values }),
                name: t('summaryOtherName', { values: summary.lead.rest.values, count: summary.lead.rest.count }),
                count: summary.lead.rest.count,
              }
            }
            note={summary.lead.none > 0 ? t('summaryNoLead', { count: summary.lead.none }) : null}
          />
          <BarChart
            title={t('summaryByDoc')}
            bars={data(summary.doc, (id) => `${id} ${docTitle(id)}`)}
            selected={filter.doc}
            onToggle={toggle('doc')}
          />
          <BarChart
            title={t('summaryByYear')}
            bars={data(summary.year, String)}
            selected={filter.year}
            onToggle={toggle('year')}
            note={summary.year.none > 0 ? t('summaryNoYear', { count: summary.year.none }) : null}
          />
        </div>
      )}
    </SidePanel>
  );
}
