// The plan items that name a place (or, failing any, are anchored there), grouped by document;
// each opens the item (map → text).
import { useAtlas, useAtlasState, useT } from '../app/AtlasContext.tsx';
import type { PlanItem } from '../corpus/types.ts';

export function PlaceItems({ placeId }: { placeId: string }) {
  const inst = useAtlas();
  const t = useT();
  const { selectionChanged } = useAtlasState((s) => s.actions);
  const byId = new Map(inst.corpus?.items.map((i) => [i.id, i]));
  const named = (inst.links?.placeItems[placeId] ?? []).map((id) => byId.get(id)).filter((i): i is PlanItem => i !== undefined);
  const anchored = (inst.links?.placeFallbackItems[placeId] ?? []).map((id) => byId.get(id)).filter((i): i is PlanItem => i !== undefined);
  if (!inst.links) return null;

  const list = (items: PlanItem[], heading: string) => {
    const docs = [...new Set(items.map((i) => i.docId))];
    return (
      <section className="place-items" aria-label={heading}>
        <h3>
          {heading}（{items.length}）
        </h3>
        {docs.map((docId) => (
          <div key={docId}>
            <h4>
              {docId} {inst.corpus?.docs.find((d) => d.id === docId)?.title}
            </h4>
            <ul>
              {items
                .filter((i) => i.docId === docId)
                .map((i) => (
                  <li key={i.id}>
                    <button type="button" onClick={() => selectionChanged({ layer: 'items', id: i.id })}>
                      {i.number && <span className="item-number">{i.number} </span>}
                      {i.title}
                    </button>
                    {i.leadUnits.length > 0 && <span className="place-item-lead">{i.leadUnits.join('、')}</span>}
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
      {list(named, t('placeItemsNamed'))}
      {anchored.length > 0 && list(anchored, t('placeItemsAnchored'))}
    </>
  );
}
