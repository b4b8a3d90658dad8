// The shell of one atlas: the map, the toolbar, the panels and the card (each inside its own error
// boundary), the notices, the keyboard, and the dialogs over everything.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAtlasMap } from '../map/useAtlasMap.ts';
import { useMapDescription } from '../map/useMapDescription.ts';
import { NoticeBar } from '../ui/NoticeBar.tsx';
import { PanelBoundary } from '../ui/PanelBoundary.tsx';
import { StatusOverlay } from '../ui/StatusOverlay.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { AtlasHeader } from '../ui/firstScreen/AtlasHeader.tsx';
import { mapLayers } from '../map/layers/index.ts';
import { showsCounts } from '../map/bind/itemCounts.ts';
import { useEdgeVar } from '../ui/useEdgeVar.ts';
import { useKeyboard } from '../ui/useKeyboard.ts';
import { useAtlas, useAtlasState, useT } from './AtlasContext.tsx';
import { useExtras } from './useExtras.ts';
import { createFileDrops, useFileDrops } from '../userdata/fileDrops.ts';

// Panels and dialogs load when first opened, so their code (d3 charts, search UI) never delays the first map.
const PlanItemsPanel = lazy(() => import('../panels/items/PlanItemsPanel.tsx').then((m) => ({ default: m.PlanItemsPanel })));
const LayerPanel = lazy(() => import('../panels/layers/LayerPanel.tsx').then((m) => ({ default: m.LayerPanel })));
const SummaryPanel = lazy(() => import('../panels/summary/SummaryPanel.tsx').then((m) => ({ default: m.SummaryPanel })));
const ShortcutsDialog = lazy(() => import('../ui/ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })));
// Presentation mode loads with the first deck (the deck chooser with the Present button).
const PresentView = lazy(() => import('../present/PresentView.tsx').then((m) => ({ default: m.PresentView })));
// "Your own data" (its button among the map's controls): loads once the map is up, not with it.
const UserDataControl = lazy(() => import('../userdata/UserDataControl.tsx').then((m) => ({ default: m.UserDataControl })));
// Share & embed: its own chunk, loaded when the dialog first opens.
const ShareDialog = lazy(() => import('../embed/share/ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));
// Export image: its own chunk, loaded when the dialog first opens (the renderer with the first export).
const ExportImageDialog = lazy(() => import('../export/ExportImageDialog.tsx').then((m) => ({ default: m.ExportImageDialog })));
// The legend on the map: loads once the map is up.
const MapLegend = lazy(() => import('../ui/firstScreen/MapLegend.tsx').then((m) => ({ default: m.MapLegend })));
// The card for what was clicked: loads once the map is up (or at once when the link selects something),
// so the first click does not wait for it.
const loadSelectionCard = () => import('../panels/SelectionCard.tsx');
const SelectionCard = lazy(() => loadSelectionCard().then((m) => ({ default: m.SelectionCard })));
const DeckChooser = lazy(() => import('../present/DeckChooser.tsx').then((m) => ({ default: m.DeckChooser })));

const creditsCorner = (root: HTMLElement) => root.querySelector('.maplibregl-ctrl-bottom-right');

export function App() {
  const inst = useAtlas();
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  useAtlasMap(container, inst);
  useExtras();
  useKeyboard(inst);
  const description = useMapDescription();
  const status = useAtlasState((s) => s.status);
  const panel = useAtlasState((s) => s.panel);
  const overlay = useAtlasState((s) => s.overlay);
  const presenting = useAtlasState((s) => s.present !== null);
  // How tall the map's credits are (they wrap by language and width): the overlay column ends above
  // them (on a phone, above them and the panel's sheet they sit on).
  useEdgeVar(container, '--credits-height', 'height', creditsCorner, status === 'ready');
  // Files dropped before "your own data" has loaded wait for it (and never make the browser leave the atlas).
  const userData = inst.embed.controls.has('data');
  const [drops] = useState(createFileDrops);
  const dragging = useFileDrops(drops, userData && status === 'ready');
  // The title block, the search box and the legend: the full atlas's first screen (not in an embed or a presentation).
  const firstScreen = !inst.embed.embedded && !presenting;
  const selectionKey = useAtlasState((s) => (s.selection ? `${s.selection.kind}:${s.selection.id}` : ''));
  useEffect(() => {
    if (status === 'ready') void loadSelectionCard().catch(() => {});
  }, [status]);

  return (
    <div
      className="atlas"
      data-status={status}
      data-panel={panel ?? 'none'}
      data-presenting={presenting || undefined}
      data-embed={inst.embed.embedded || undefined}
      data-static={!inst.embed.interactive || undefined}
    >
      {/* The main landmark: the title and the map (MapLibre's canvas is a region named by the map's
          label, and its controls sit beside it). Toolbar, panels and card are landmarks of their own. */}
      <main className="atlas-main">
        {!firstScreen && <h1 className="visually-hidden">{t('appTitle')}</h1>}
        <div ref={container} className="atlas-map" />
        <p id={description.id} className="visually-hidden">
          {description.text}
        </p>
      </main>
      {panel && !presenting && (
        <PanelBoundary resetKey={panel} close="panel.close" place="panel">
          <Suspense fallback={null}>
            {panel === 'items' && <PlanItemsPanel />}
            {panel === 'layers' && <LayerPanel />}
            {panel === 'summary' && <SummaryPanel />}
          </Suspense>
        </PanelBoundary>
      )}
      <div className="overlay-column">
        {firstScreen && status !== 'error' && <AtlasHeader />}
        {status === 'ready' && !presenting && <Toolbar />}
        <NoticeBar />
        {selectionKey && (
          <PanelBoundary resetKey={selectionKey} close="selection.clear" place="card">
            <Suspense fallback={null}>
              <SelectionCard />
            </Suspense>
          </PanelBoundary>
        )}
        {firstScreen && status === 'ready' && (
          <PanelBoundary resetKey="legend" close="legend.toggle" place="card">
            <Suspense fallback={null}>
              <MapLegend layers={mapLayers} countsDrawn={showsCounts} />
            </Suspense>
          </PanelBoundary>
        )}
      </div>
      {userData && status === 'ready' && (
        <Suspense fallback={null}>
          <UserDataControl drops={drops} dragging={dragging} />
        </Suspense>
      )}
      {presenting && (
        <Suspense fallback={null}>
          <PresentView />
        </Suspense>
      )}
      {overlay === 'shortcuts' && (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      )}
      {overlay === 'share' && (
        <Suspense fallback={null}>
          <ShareDialog />
        </Suspense>
      )}
      {overlay === 'export' && (
        <Suspense fallback={null}>
          <ExportImageDialog />
        </Suspense>
      )}
      {overlay === 'decks' && (
        <Suspense fallback={null}>
          <DeckChooser />
        </Suspense>
      )}
      <StatusOverlay />
    </div>
  );
}
