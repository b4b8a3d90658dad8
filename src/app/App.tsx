import { useRef } from 'react';
import { useAtlasMap } from '../map/useAtlasMap.ts';
import { NoticeBar } from '../panels/NoticeBar.tsx';
import { SelectionCard } from '../panels/SelectionCard.tsx';
import { useAtlas, useAtlasState, useT } from './AtlasContext.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';

export function App() {
  const inst = useAtlas();
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  useAtlasMap(container, inst);
  const status = useAtlasState((s) => s.status);

  return (
    <div className="atlas" data-status={status}>
      <h1 className="visually-hidden">{t('appTitle')}</h1>
      <div ref={container} className="atlas-map" role="region" aria-label={t('mapLabel')} />
      <NoticeBar />
      <SelectionCard />
      <StatusOverlay />
    </div>
  );
}
