// A dialog's focus: into `target` when it opens (its text selected, for a field to retype), and back
// where it was when it closes, if that is still on the page.
import { useEffect, type RefObject } from 'react';

export function useDialogFocus(target: RefObject<HTMLElement | null>, { select = false }: { select?: boolean } = {}): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    target.current?.focus();
    if (select && target.current instanceof HTMLInputElement) target.current.select();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [target, select]);
}
