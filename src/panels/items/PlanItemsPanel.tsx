// The plan corpus as a searchable, filterable list, with the places matching the search above it:
// every item can be seen, checked against its seed lines, and shown on the map.
import { useMemo } from 'react';
import { useAtlas, useAtlasState, useT } from '../../app/AtlasContext.tsx';
import { PLACE_STYLES } from '../../map/layers/places.ts';
import { buildItemIndex, searchItems } from '../../search/itemSearch.ts';
import { buildPlaceIndex, searchPlaces } from '../../search/placeSearch.ts';
import { buildFold } from '../../search/scriptFold.ts';
import { SidePanel } from '../SidePanel.tsx';
import { ItemFilters } from './ItemFilters.tsx';
import { PlanItemRow } from './PlanItemRow.tsx';

export function PlanItemsPanel() {
  const inst = useAtlas();
  const t = useT();
  const extrasStatus = useAtlasState((s) => s.extrasStatus);
  const filter = useAtlasState((s) => s.itemFilter);
  const { selectionChanged } = useAtlasState((s) => s.actions);
  const ready = extrasStatus === 'ready';
  const corpus = ready ? inst.corpus : null;
  const gazetteer = ready ? inst.gazetteer : null;

  const indexes = useMemo(() => {
    if (!corpus || !gazetteer) return null;
    const places = Object.values(gazetteer.places).flatMap((fc) => fc.features);
    // The corpus and the gazetteer carry every name in both scripts: that is the whole 繁→简 map needed.
    const fold = buildFold([
      ...corpus.items.map((i): [string, string] => [i.textHant, i.textHans]),
      ...places.map((f): [string, string] => [f.properties['name:zh-Hant'], f.properties.name]),
    ]);
    return { items: buildItemIndex(corpus.items, fold), places: buildPlaceIndex(inst.basemap?.labels.features ?? [], places, fold) };
  }, [corpus, gazetteer, inst.basemap]);
  const shown = useMemo(() => (indexes ? searchItems(indexes.items, filter) : []), [indexes, filter]);
  const placeHits = useMemo(() => (indexes ? searchPlaces(indexes.places, filter.query) : []), [indexes, filter.query]);
  const docs = useMemo(() => new Map(corpus?.docs.map((d) => [d.id, d])), [corpus]);
  const typeLabel = (kind: string) => PLACE_STYLES.find((s) => s.type === kind)?.label[inst.locale] ?? kind;

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
                  <li key={`${h.selection.layer}:${h.selection.id}`}>
                    <button type="button" onClick={() => selectionChanged(h.selection)}>
                      {h.name}
                    </button>
                    <span>{typeLabel(h.kind)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
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
