// A plan item in the selection card: who leads it and by when, and its verbatim text with every
// place it names highlighted; a click on a name selects that place (text → map).
import type { ReactNode } from 'react';
import { useAtlas, useT } from '../app/AtlasContext.tsx';
import type { PlanItem } from '../contracts/corpus.ts';
import type { PlaceLink } from '../contracts/links.ts';
import { linkRuns } from './linkRuns.ts';
import { findAdmin } from '../data/lookup.ts';
import { ItemSource } from './ItemSource.tsx';

export function ItemCard({ item }: { item: PlanItem }) {
  const inst = useAtlas();
  const t = useT();
  const doc = inst.corpus?.docs.find((d) => d.id === item.docId);
  const itemLinks = inst.links?.items.get(item.id);
  const years = [...new Set(item.years.map((y) => y.year))].sort();
  const lang = doc?.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  // Groups (粤港澳 …) name several places at once: they are highlighted, not a single destination.
  const select = (l: PlaceLink) =>
    l.group
      ? undefined
      : l.layer === 'admin'
        ? findAdmin(inst, l.placeId) && (() => inst.run('selection.set', { kind: 'admin', id: l.placeId }))
        : () => inst.run('selection.set', { kind: 'places', id: l.placeId });

  const paras = item.text.split('\n');
  // Link spans are offsets into the whole text; each paragraph starts after the previous one and its '\n'.
  const starts = paras.map((_, i) => paras.slice(0, i).reduce((n, p) => n + p.length + 1, 0));
  const paragraphs: ReactNode[] = paras.map((para, i) => {
    const start = starts[i]!;
    const links = (itemLinks?.links ?? [])
      .filter((l) => l.span[0] >= start && l.span[1] <= start + para.length)
      .map((l) => ({ ...l, span: [l.span[0] - start, l.span[1] - start] as [number, number] }));
    return (
      <p key={i} lang={lang}>
        {linkRuns(para, links).map((run, j) => {
          if (!run.link) return run.text;
          const onClick = select(run.link);
          return onClick ? (
            <button type="button" key={j} className="place-ref" onClick={onClick}>
              {run.text}
            </button>
          ) : (
            <mark key={j} className="place-ref">
              {run.text}
            </mark>
          );
        })}
      </p>
    );
  });

  return (
    <>
      <p className="selection-kicker">
        {item.docId} {doc?.title}
      </p>
      <h2 className="selection-name">
        {item.number && <span className="item-number">{item.number} </span>}
        {item.title}
      </h2>
      <dl className="selection-facts">
        {item.leadUnits.length > 0 && (
          <div>
            <dt>{t('itemLead')}</dt>
            <dd>{item.leadUnits.join(t('listSeparator'))}</dd>
          </div>
        )}
        {item.partnerUnits.length > 0 && (
          <div>
            <dt>{t('itemPartners')}</dt>
            <dd>{item.partnerUnits.join(t('listSeparator'))}</dd>
          </div>
        )}
        {years.length > 0 && (
          <div>
            <dt>{t('itemYears')}</dt>
            <dd>{years.join(t('listSeparator'))}</dd>
          </div>
        )}
      </dl>
      <div className="item-text">{paragraphs}</div>
      {itemLinks?.fallback && (
        <p className="selection-interpretation">
          {t('labelled', { label: t('itemFallback'), value: itemLinks.fallback.evidence })}
        </p>
      )}
      <ItemSource item={item} doc={doc} />
    </>
  );
}
