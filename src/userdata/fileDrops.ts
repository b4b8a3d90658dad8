// Files dropped on the window, from the first map on. "Your own data" loads as its own chunk once the
// map is ready; a file dropped before it arrives must neither be opened by the browser (which would
// leave the atlas) nor be lost, so this small part loads with the app: it takes every file drop and
// hands the files to the control, holding them until the control is there.
import { useEffect, useState } from 'react';

export type FileHandler = (files: readonly File[]) => void;

export interface FileDrops {
  /** Files dropped: to the control when it is attached, else kept for it. */
  deliver(files: readonly File[]): void;
  /** The control takes the drops (and the ones kept so far); returns its detach. */
  attach(handler: FileHandler): () => void;
}

export function createFileDrops(): FileDrops {
  let handler: FileHandler | undefined;
  let pending: File[] = [];
  return {
    deliver(files) {
      if (!files.length) return;
      if (handler) handler(files);
      else pending.push(...files);
    },
    attach(h) {
      handler = h;
      if (pending.length) {
        const kept = pending;
        pending = [];
        h(kept);
      }
      return () => {
        if (handler === h) handler = undefined;
      };
    },
  };
}

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Takes file drags on the window while `enabled`: the browser does not open the file, and the
 * returned flag says whether files are being dragged over the page (for the drop hint).
 */
export function useFileDrops(drops: FileDrops, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    // dragenter/dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      drops.deliver([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      setDragging(false);
    };
  }, [drops, enabled]);
  return dragging;
}
