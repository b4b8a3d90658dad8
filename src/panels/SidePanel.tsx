// The frame every side panel shares: a titled, closable landmark at the left of the map.
import { useId, type ReactNode } from 'react';
import { useAtlasState, useT } from '../app/AtlasContext.tsx';
import type { AtlasState } from '../kernel/state.ts';

export function SidePanel({ panel, title, className = '', children }: { panel: NonNullable<AtlasState['panel']>; title: string; className?: string; children: ReactNode }) {
  const t = useT();
  const titleId = useId();
  const { panelToggled } = useAtlasState((s) => s.actions);
  return (
    <aside className={`side-panel ${className}`.trim()} aria-labelledby={titleId}>
      <header className="side-panel-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" aria-label={t('close')} onClick={() => panelToggled(panel)}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
