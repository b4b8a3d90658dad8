// Esc closes the most recent thing first: the selection card, then the open panel.
import { useEffect } from 'react';
import type { AtlasInstance } from './atlasInstance.ts';

export function useEscapeKey(inst: AtlasInstance): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const { selection, panel, actions } = inst.store.getState();
      if (selection) actions.selectionChanged(null);
      else if (panel) actions.panelToggled(panel);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [inst]);
}
