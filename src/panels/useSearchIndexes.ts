// The shared search indexes for a panel: null until the corpus, gazetteer and links have loaded.
import { useMemo } from 'react';
import { useAtlas, useAtlasState } from '../app/AtlasContext.tsx';
import { searchIndexes, type SearchIndexes } from '../search/indexes.ts';

export function useSearchIndexes(): SearchIndexes | null {
  const inst = useAtlas();
  const ready = useAtlasState((s) => s.extrasStatus === 'ready');
  return useMemo(() => (ready ? searchIndexes(inst) : null), [ready, inst]);
}
