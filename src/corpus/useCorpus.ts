// Loads the plan corpus once the map is ready, so it never delays the first drawn map.
import { useEffect } from 'react';
import { useAtlas, useAtlasState } from '../app/AtlasContext.tsx';
import { loadCorpus } from './loadCorpus.ts';

export function useCorpus(): void {
  const inst = useAtlas();
  const mapStatus = useAtlasState((s) => s.status);
  const corpusStatus = useAtlasState((s) => s.corpusStatus);

  useEffect(() => {
    if (mapStatus !== 'ready' || corpusStatus !== 'idle') return;
    const { actions } = inst.store.getState();
    actions.corpusStatusChanged('loading');
    loadCorpus(document.baseURI)
      .then((corpus) => {
        inst.corpus = corpus;
        actions.corpusStatusChanged('ready');
      })
      .catch((e: unknown) => {
        actions.corpusStatusChanged('error');
        actions.noticeAdded(String((e as Error).message ?? e));
      });
  }, [inst, mapStatus, corpusStatus]);
}
