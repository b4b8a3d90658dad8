// The plan items that name a place, or any of several (a structure element's channels and nodes),
// or failing any are anchored there, grouped by document; each opens the item (map → text).
import { useAtlas, useT } from '../app/AtlasContext.tsx';
import type { PlanItem } from '../contracts/corpus.ts';
import { usePlanText } from './usePlanScript.ts';
import { useUnitName } from './useUnitName.ts';

export function PlaceItems({ placeIds, heading }: { placeIds: string[]; heading?: string }) {
  const inst = useAtlas();
  const t = useT();
  const planText = usePlanText();
  const unitName = useUnitName();
  // In corpus order, each item once however many of the places it names.
  const pick = (index: ReadonlyMap<string, readonly string[]> | undefined) => {
    const ids = new Set(placeIds.flatMap((p) => index?.get(p) ?? []));
    return (inst.corpus?.items ?? []).filter((i) => ids.has(i.id));
  };
  const named = pick(inst.links?.placeItems);
  const inherited = pick(inst.links?.placeInheritedItems);
  const anchored = pick(inst.links?.placeFallbackItems);
  if (!inst.links) return null;

  const list = (items: PlanItem[], title: string) => {
    const docs = [...new Set(items.map((i) => i.docId))];
    return (
      <section className="place-items" aria-label={title}>
        <h3>{t('counted', { label: title, count: items.length })}</h3>
        {docs.map((docId) => (
          <div key={docId}>
            <h4>
              {docId} {planText.docTitle(docId)}
            </h4>
            <ul>
              {items
                .filter((i) => i.docId === docId)
                .map((i) => (
                  <li key={i.id}>
                    <button type="button" onClick={() => inst.run('selection.set', { kind: 'items', id: i.id })}>
                      {i.number && <span className="item-number" lang="zh">{i.number} </span>}
                      <span lang={planText.item(i).lang}>{planText.item(i).title}</span>
                    </button>
                    {i.leadUnits.length > 0 && <span className="place-item-lead">{i.leadUnits.map(unitName).join(t('listSeparator'))}</span>}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    );
  };
  return (
    <>
      {list(named, heading ?? t('placeItemsNamed'))}
      {inherited.length > 0 && list(inherited, t('placeItemsInherited'))}
      {anchored.length > 0 && list(anchored, t('placeItemsAnchored'))}
    </>
  );
}
