// Gives the map canvas a text alternative (aria-describedby) once the structure data is loaded, in
// the UI language.
import { useEffect, useId } from 'react';
import { useAtlas, useAtlasState, useLocale, useMessagesVersion } from '../app/AtlasContext.tsx';
import { describeStructure } from './describeStructure.ts';

export function useMapDescription(): { id: string; text: string } {
  const inst = useAtlas();
  const id = useId();
  const locale = useLocale();
  useMessagesVersion();
  const status = useAtlasState((s) => s.status);
  const extras = useAtlasState((s) => s.extrasStatus);
  const text = extras === 'ready' && inst.gazetteer ? describeStructure(inst.gazetteer.structures, inst.basemap?.labels.features ?? [], locale) : '';
  useEffect(() => {
    if (status === 'ready' && text) inst.map?.getCanvas().setAttribute('aria-describedby', id);
  }, [inst, status, text, id]);
  return { id, text };
}
