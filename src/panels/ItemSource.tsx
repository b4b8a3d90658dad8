// Where an item's words are: the seed file and its line range, so a reader can check them.
import { useT } from '../app/AtlasContext.tsx';
import type { PlanDoc, PlanItem } from '../contracts/corpus.ts';

export function ItemSource({ item, doc }: { item: PlanItem; doc: PlanDoc | undefined }) {
  const t = useT();
  return (
    <p className="item-source">
      {t('itemSourceLine', { file: doc?.file ?? item.docId, first: String(item.sourceLines[0]), last: String(item.sourceLines[1]) })}
    </p>
  );
}
