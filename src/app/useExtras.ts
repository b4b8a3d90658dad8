// Loads what only panels and cards read (the plan corpus, the gazetteer behind place and structure
// cards, the item ↔ place links) once the map is ready, so none of it delays the first drawn map.
import { useEffect } from 'react';
import { loadGazetteer } from '../data/loadBasemap.ts';
import { loadCorpus } from '../data/loadCorpus.ts';
import { loadLinks } from '../data/loadLinks.ts';
import { exists } from '../data/lookup.ts';
import { useAtlas, useAtlasState } from './AtlasContext.tsx';

export function useExtras(): void {
  const inst = useAtlas();
  const mapStatus = useAtlasState((s) => s.status);
  const extrasStatus = useAtlasState((s) => s.extrasStatus);

  useEffect(() => {
    if (mapStatus !== 'ready' || extrasStatus !== 'idle') return;
    const { actions } = inst.store.getState();
    actions.extrasStatusChanged('loading');
    Promise.all([loadCorpus(document.baseURI), loadGazetteer(document.baseURI), loadLinks(document.baseURI)])
      .then(([corpus, gazetteer, links]) => {
        inst.corpus = corpus;
        inst.gazetteer = gazetteer;
        inst.links = links;
        // A selection from a link or the API could not be checked before its data was here.
        const sel = inst.store.getState().selection;
        if (sel && exists(inst, sel) === false) {
          inst.correctingUrl();
          actions.selectionChanged(null);
          inst.notify({ message: 'selectionUnknown', quotes: [`${sel.kind}:${sel.id}`] });
        }
        actions.extrasStatusChanged('ready');
      })
      .catch((e: unknown) => {
        actions.extrasStatusChanged('error');
        inst.notify({ message: 'errorData', quotes: [String((e as Error).message ?? e)] });
      });
  }, [inst, mapStatus, extrasStatus]);
}
