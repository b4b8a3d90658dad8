// The plan corpus as a searchable, filterable list, with the places matching the search above it:
// every item can be seen, checked against its seed lines, and shown on the map.
import { useCallback, useMemo, useState } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import type { PlanItem } from '../../contracts/corpus.ts';
import { placeTypeLabel } from '../../map/layers/places.ts';
import { useSearchIndexes } from '../useSearchIndexes.ts';
import { searchItems } from '../../search/itemSearch.ts';
import { searchPlaces } from '../../search/placeSearch.ts';
import { SidePanel } from '../SidePanel.tsx';
import { CountsLegend } from '../counts/CountsLegend.tsx';
import { ItemFilters } from './ItemFilters.tsx';
import { PlanItemRow } from './PlanItemRow.tsx';
import { ScriptToggle } from '../ScriptToggle.tsx';
import { findAdmin, findPlace } from '../../data/lookup.ts';
import { nameIn } from '../../i18n/names.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { VirtualList } from '../../ui/VirtualList.tsx';
import './items.css';

const itemKey = (item: PlanItem) => item.id;

export function PlanItemsPanel() {
  const inst = useAtlas();
  const t = useT();
  const extrasStatus = useAtlasState((s) => s.extrasStatus);
  const locale = useLocale();
  const filter = useAtlasState((s) => s.filters);
  const ready = extrasStatus === 'ready';
  const corpus = ready ? inst.corpus : null;

  // The indexes the map's badges and the charts search too: one search per filter serves them all.
  const indexes = useSearchIndexes();
  const shown = useMemo(() => (indexes ? searchItems(indexes.items, filter) : []), [indexes, filter]);
  const placeHits = useMemo(() => (indexes ? searchPlaces(indexes.places, filter.query) : []), [indexes, filter.query]);
  const docs = useMemo(() => new Map(corpus?.docs.map((d) => [d.id, d])), [corpus]);
  // Which rows are open outlives the rows themselves (the list only mounts those in view).
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpenIds((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  // An item chosen elsewhere (on the map, in a card, from the URL) is scrolled into view.
  // A place found by any of its names is listed under its name in the UI language.
  const hitName = (s: { kind: string; id: string }, matched: string) => {
    const f = s.kind === 'admin' ? findAdmin(inst, s.id) : s.kind === 'places' ? findPlace(inst, s.id) : undefined;
    return nameIn(f?.properties as Record<string, unknown> | undefined, locale) || matched;
  };
  const selectedItem = useAtlasState((s) => (s.selection?.kind === 'items' ? s.selection.id : null));

  return (
    <SidePanel panel="items" title={t('itemsPanel')}>
      {extrasStatus === 'loading' || extrasStatus === 'idle' ? (
        <p role="status">{t('itemsLoading')}</p>
      ) : !corpus || !indexes ? (
        <p role="alert">{t('itemsError')}</p>
      ) : (
        <>
          <ItemFilters corpus={corpus} />
          {placeHits.length > 0 && (
            <section className="place-hits" aria-label={t('placesFound')}>
              <h3>{t('placesFound')}</h3>
              <ul>
                {placeHits.map((h) => (
                  <li key={`${h.selection.kind}:${h.selection.id}`}>
                    <button type="button" onClick={() => inst.run('selection.set', h.selection)}>
                      {hitName(h.selection, h.name)}
                    </button>
                    <span>{placeTypeLabel(h.kind, locale)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="item-script">
            <p className="item-count" role="status" aria-live="polite">
              {t('itemsShowing', { shown: shown.length, total: corpus.items.length })}
            </p>
            <ScriptToggle />
          </div>
          <ExportButtons />
          <CountsLegend />
          {shown.length === 0 ? (
            <p className="item-none">{t('itemsNone')}</p>
          ) : (
            <VirtualList
              items={shown}
              getKey={itemKey}
              className="item-list"
              scrollerClassName="item-scroller"
              label={t('itemsPanel')}
              revealKey={selectedItem}
              estimate={72}
              renderRow={(item, slot) => (
                <PlanItemRow key={item.id} item={item} doc={docs.get(item.docId)} open={openIds.has(item.id)} onToggle={toggle} {...slot} />
              )}
            />
          )}
        </>
      )}
    </SidePanel>
  );
}
