// The frame every side panel shares: a titled, closable landmark at the left of the map. It marks
// itself as an overlay, so the camera keeps what it shows clear of it.
import { useId, type ReactNode } from 'react';
import { useAtlas, useT } from '../app/AtlasContext.tsx';
import type { PanelId } from '../kernel/state.ts';
import './panels.css';

export function SidePanel({ panel, title, className = '', children }: { panel: PanelId; title: string; className?: string; children: ReactNode }) {
  const inst = useAtlas();
  const t = useT();
  const titleId = useId();
  return (
    <aside className={`side-panel ${className}`.trim()} aria-labelledby={titleId} data-overlay="side" data-panel={panel}>
      <header className="side-panel-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" aria-label={t('close')} onClick={() => inst.run('panel.close')}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
