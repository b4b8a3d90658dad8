// The plan corpus as a plain, searchable list, so every item can be seen and checked in the browser.
import { useMemo } from 'react';
import { useAtlas, useAtlasState, useT } from '../../app/AtlasContext.tsx';
import type { DocId } from '../../corpus/types.ts';
import { buildItemIndex, searchItems } from '../../search/itemSearch.ts';
import { buildFold } from '../../search/scriptFold.ts';
import { SidePanel } from '../SidePanel.tsx';
import { PlanItemRow } from './PlanItemRow.tsx';

export function PlanItemsPanel() {
  const inst = useAtlas();
  const t = useT();
  const extrasStatus = useAtlasState((s) => s.extrasStatus);
  const filter = useAtlasState((s) => s.itemFilter);
  const { itemFilterChanged } = useAtlasState((s) => s.actions);
  const corpus = extrasStatus === 'ready' ? inst.corpus : null;

  const index = useMemo(
    () => corpus && buildItemIndex(corpus.items, buildFold(corpus.items.map((i) => [i.textHant, i.textHans]))),
    [corpus],
  );
  const shown = useMemo(() => (index ? searchItems(index, filter) : []), [index, filter]);
  const docs = useMemo(() => new Map(corpus?.docs.map((d) => [d.id, d])), [corpus]);

  return (
    <SidePanel panel="items" title={t('itemsPanel')}>
      {extrasStatus === 'loading' || extrasStatus === 'idle' ? (
        <p role="status">{t('itemsLoading')}</p>
      ) : !corpus || !index ? (
        <p role="alert">{t('itemsError')}</p>
      ) : (
        <>
          <div className="item-filters">
            <input
              type="search"
              aria-label={t('itemsSearch')}
              placeholder={t('itemsSearchHint')}
              value={filter.query}
              onChange={(e) => itemFilterChanged({ query: e.target.value })}
            />
            <select
              aria-label={t('itemsDocFilter')}
              value={filter.doc ?? ''}
              onChange={(e) => itemFilterChanged({ doc: (e.target.value || null) as DocId | null })}
            >
              <option value="">{t('itemsAllDocs')}</option>
              {corpus.docs.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id} {d.title}
                </option>
              ))}
            </select>
            <label className="item-check">
              <input
                type="checkbox"
                checked={filter.withContext}
                onChange={(e) => itemFilterChanged({ withContext: e.target.checked })}
              />
              {t('itemsWithContext')}
            </label>
          </div>
          <p className="item-count" role="status" aria-live="polite">
            {t('itemsShowing', { shown: shown.length, total: corpus.items.length })}
          </p>
          {shown.length === 0 ? (
            <p className="item-none">{t('itemsNone')}</p>
          ) : (
            <ol className="item-list">
              {shown.map((item) => (
                <PlanItemRow key={item.id} item={item} doc={docs.get(item.docId)} />
              ))}
            </ol>
          )}
        </>
      )}
    </SidePanel>
  );
}
