// Keyboard shortcuts: a key press anywhere in the page runs the command bound to it in the registry
// (src/kernel/commandList.ts). Keys typed into a text field stay there, except Esc; keys MapLibre uses
// when the map has focus (+, −, arrows) are bound to nothing here.
import { useEffect } from 'react';
import type { AtlasInstance } from '../app/atlasInstance.ts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

export function useKeyboard(inst: AtlasInstance): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      if (e.key !== 'Escape' && isEditable(e.target)) return;
      const hit = inst.commands.matchKey(e);
      if (!hit) return;
      // A static figure (`interactive=0`) does not move under the visitor's keys either: only Esc
      // (closing what the host opened) works; the host page drives it.
      if (!inst.embed.interactive && e.key !== 'Escape') return;
      e.preventDefault();
      inst.commands.runNow(hit.id, hit.args);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [inst]);
}
