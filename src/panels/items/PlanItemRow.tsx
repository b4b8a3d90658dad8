// One plan item in the list: what a planner scans for (document, number, title, who leads, by when),
// expanding to the verbatim text and the seed lines it came from.
// Rows live in a virtual list: whether a row is open is kept by the list's owner (a row scrolled away
// and back is not remounted open otherwise), and the row is memoised, so scrolling renders new rows only.
import { memo, useId } from 'react';
import { useAtlas, useAtlasState, useT } from '../../app/AtlasContext.tsx';
import type { PlanDoc, PlanItem } from '../../contracts/corpus.ts';
import { ItemSource } from '../ItemSource.tsx';
import { leadRole } from '../../search/itemFacts.ts';
import { useUnitName } from '../useUnitName.ts';
import { usePlanText } from '../usePlanScript.ts';
import { rowProps, type RowSlot } from '../../ui/VirtualList.tsx';

export const PlanItemRow = memo(function PlanItemRow({
  item,
  doc,
  open,
  onToggle,
  index,
  setSize,
  measure,
  parked,
}: { item: PlanItem; doc: PlanDoc | undefined; open: boolean; onToggle: (id: string) => void } & RowSlot) {
  const t = useT();
  const inst = useAtlas();
  const selected = useAtlasState((s) => s.selection?.kind === 'items' && s.selection.id === item.id);
  const bodyId = useId();
  const years = [...new Set(item.years.map((y) => y.year))].sort();
  const planText = usePlanText();
  const shown = planText.item(item);
  const lang = shown.lang;
  const unitName = useUnitName();
  // Its own leads, else those inherited from the annex task implementing it (marked so).
  const inherited = item.leadUnits.length === 0 && (item.inherited?.leadUnits.length ?? 0) > 0;
  const leads = inherited ? item.inherited!.leadUnits : item.leadUnits;

  return (
    <li className="item-row" data-item-id={item.id} data-selected={selected || undefined} {...rowProps({ index, setSize, measure, parked })}>
      <button type="button" className="item-head" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => onToggle(item.id)}>
        <span className="item-doc" title={planText.docTitle(doc)}>
          {item.docId}
        </span>
        {item.number && <span className="item-number" lang="zh">{item.number}</span>}
        <span className="item-title" lang={lang}>
          {shown.title}
        </span>
      </button>
      <button type="button" className="item-locate" aria-pressed={selected} onClick={() => (selected ? inst.run('selection.clear') : inst.run('selection.set', { kind: 'items', id: item.id }))}>
        {t('showOnMap')}
      </button>
      {(leads.length > 0 || years.length > 0) && (
        <dl className="item-meta">
          {leads.length > 0 && (
            <>
              <dt>{t(!inherited && leadRole(item) === 'responsible' ? 'itemResponsible' : 'itemLead')}</dt>
              <dd>
                {leads.map(unitName).join(t('listSeparator'))}
                {inherited && <span className="unit-inherited">{t('itemInherited')}</span>}
              </dd>
            </>
          )}
          {years.length > 0 && (
            <>
              <dt>{t('itemYears')}</dt>
              <dd>{years.join(t('listSeparator'))}</dd>
            </>
          )}
        </dl>
      )}
      {open && (
        <div className="item-body" id={bodyId}>
          {shown.path.length > 0 && (
            <p className="item-path">
              <span lang={lang}>{shown.path.join(' › ')}</span>
            </p>
          )}
          {shown.text.split('\n').map((para, i) => (
            <p key={i} lang={lang}>
              {para}
            </p>
          ))}
          {item.partnerUnits.length > 0 && (
            <p className="item-partners">
              {t('labelled', { label: t('itemPartners'), value: item.partnerUnits.map(unitName).join(t('listSeparator')) })}
            </p>
          )}
          {item.notes.length > 0 && (
            <ul className="item-notes" aria-label={t('itemNotes')}>
              {item.notes.map((n) => (
                <li key={`${n.line}-${n.marker}`}>{n.text}</li>
              ))}
            </ul>
          )}
          {shown.converted && <p className="text-converted-note">{t('textConvertedNote', { from: t(shown.printed === 'Hant' ? 'textScriptHant' : 'textScriptHans') })}</p>}
          <ItemSource item={item} doc={doc} />
        </div>
      )}
    </li>
  );
});
