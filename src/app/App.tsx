import { lazy, Suspense, useRef } from 'react';
import { useAtlasMap } from '../map/useAtlasMap.ts';
import { useMapDescription } from '../map/useMapDescription.ts';
import { NoticeBar } from '../panels/NoticeBar.tsx';
import { SelectionCard } from '../panels/SelectionCard.tsx';
import { UserDataControl } from '../userdata/UserDataControl.tsx';
import { useAtlas, useAtlasState, useT } from './AtlasContext.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';
import { useEscapeKey } from './useEscapeKey.ts';
import { useExtras } from './useExtras.ts';
import { useUrlSync } from './urlSync.ts';

// Panels load when first opened, so their code (d3 charts, search UI) never delays the first map.
const PlanItemsPanel = lazy(() => import('../panels/items/PlanItemsPanel.tsx').then((m) => ({ default: m.PlanItemsPanel })));
const LayerPanel = lazy(() => import('../panels/layers/LayerPanel.tsx').then((m) => ({ default: m.LayerPanel })));
const SummaryPanel = lazy(() => import('../panels/summary/SummaryPanel.tsx').then((m) => ({ default: m.SummaryPanel })));

export function App() {
  const inst = useAtlas();
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  useAtlasMap(container, inst);
  useExtras();
  useEscapeKey(inst);
  useUrlSync(inst);
  const description = useMapDescription();
  const status = useAtlasState((s) => s.status);
  const panel = useAtlasState((s) => s.panel);
  const { panelToggled } = useAtlasState((s) => s.actions);

  return (
    <div className="atlas" data-status={status} data-panel={panel ?? 'none'}>
      <h1 className="visually-hidden">{t('appTitle')}</h1>
      <div ref={container} className="atlas-map" />
      <p id={description.id} className="visually-hidden">
        {description.text}
      </p>
      {status === 'ready' && (
        <nav className="toolbar" aria-label={t('appTitle')}>
          <button type="button" aria-pressed={panel === 'layers'} onClick={() => panelToggled('layers')}>
            {t('layersPanel')}
          </button>
          <button type="button" aria-pressed={panel === 'items'} onClick={() => panelToggled('items')}>
            {t('itemsPanel')}
          </button>
          <button type="button" aria-pressed={panel === 'summary'} onClick={() => panelToggled('summary')}>
            {t('summaryPanel')}
          </button>
        </nav>
      )}
      <Suspense fallback={null}>
        {panel === 'items' && <PlanItemsPanel />}
        {panel === 'layers' && <LayerPanel />}
        {panel === 'summary' && <SummaryPanel />}
      </Suspense>
      <NoticeBar />
      <UserDataControl />
      <SelectionCard />
      <StatusOverlay />
    </div>
  );
}
