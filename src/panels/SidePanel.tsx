// The frame every side panel shares: a titled, closable landmark at the left of the map. It marks
// itself as an overlay, so the camera keeps what it shows clear of it. On a phone (≤ 600 px wide, in
// panels.css) it is a bottom sheet instead: half the height at first, dragged by its handle or its
// header to full height, down to a peek of its title, or off (closing the panel); the handle is also a
// button (half ↔ full). A selection lowers the sheet to its peek, so the map and the card show, and
// clearing it brings the sheet back. The sheet's height is this screen's own: not in the view state.
import { useId, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { useAtlas, useAtlasState, useT } from '../app/AtlasContext.tsx';
import type { PanelId } from '../kernel/state.ts';
import { nearestStop, PEEK_PX, sheetHeight, type SheetStop } from './sheet.ts';
import './panels.css';

export function SidePanel({ panel, title, className = '', children }: { panel: PanelId; title: string; className?: string; children: ReactNode }) {
  const inst = useAtlas();
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const [stop, setStop] = useState<SheetStop>('half');
  const selection = useAtlasState((s) => (s.selection ? `${s.selection.kind}:${s.selection.id}` : ''));
  // A link that opens with a selection and a panel shows the selection first (the sheet at its peek);
  // a panel opened over a card once the atlas is up shows itself.
  const [lowered, setLowered] = useState(() => selection !== '' && inst.store.getState().status !== 'ready');
  const seen = useRef(selection);
  const shown: SheetStop = lowered ? 'peek' : stop;
  const drag = useRef<{ id: number; y0: number; h0: number; moved: boolean; y: number; t: number; v: number } | null>(null);
  /** When the last drag ended: the click a mouse drag ends with is not a toggle. */
  const dragEnd = useRef(0);

  const root = () => rootOf(ref.current);
  // A selection made (or changed) while the sheet is up lowers it; clearing it restores it.
  useLayoutEffect(() => {
    if (seen.current === selection) return;
    seen.current = selection;
    setLowered(selection !== '');
  }, [selection]);
  useLayoutEffect(() => setHeight(rootOf(ref.current), sheetHeight(shown), false), [shown]);
  useLayoutEffect(() => {
    const r = rootOf(ref.current);
    return () => {
      r?.style.removeProperty('--sheet-h');
    };
  }, []);

  const choose = (next: SheetStop) => {
    setLowered(false);
    setStop(next);
    setHeight(root(), sheetHeight(next), true);
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (e.target instanceof Element && e.target.closest('.close')) return;
    const el = ref.current;
    if (!el) return;
    drag.current = { id: e.pointerId, y0: e.clientY, h0: el.getBoundingClientRect().height, moved: false, y: e.clientY, t: e.timeStamp, v: 0 };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    const r = root();
    if (!d || d.id !== e.pointerId || !r) return;
    const dy = e.clientY - d.y0;
    if (!d.moved && Math.abs(dy) < 6) return;
    d.moved = true;
    if (e.timeStamp > d.t) d.v = (e.clientY - d.y) / (e.timeStamp - d.t);
    d.y = e.clientY;
    d.t = e.timeStamp;
    const h = Math.max(0, Math.min(fullHeight(r), d.h0 - dy));
    r.style.setProperty('--sheet-h', `${Math.round(h)}px`);
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    const r = root();
    if (!d || d.id !== e.pointerId || !r) return;
    drag.current = null;
    if (!d.moved) return;
    dragEnd.current = e.timeStamp;
    const h = ref.current?.getBoundingClientRect().height ?? 0;
    const next = nearestStop(h, d.v, { peek: PEEK_PX, half: r.clientHeight / 2, full: fullHeight(r) });
    if (next === 'closed') inst.run('panel.close');
    else choose(next);
  };
  const dragProps = { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp };

  return (
    <aside ref={ref} className={`side-panel ${className}`.trim()} aria-labelledby={titleId} data-overlay="side" data-panel={panel} data-sheet={shown}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={t('sheetExpand')}
        aria-expanded={shown === 'full'}
        {...dragProps}
        onClick={(e) => {
          // The click that ends a drag is not a toggle (a key's click, detail 0, always is).
          if (e.detail === 0 || e.timeStamp - dragEnd.current > 300) choose(shown === 'full' ? 'half' : 'full');
        }}
        onKeyDown={(e) => {
          const next = e.key === 'ArrowUp' ? (shown === 'peek' ? 'half' : 'full') : e.key === 'ArrowDown' ? (shown === 'full' ? 'half' : 'peek') : null;
          if (!next) return;
          e.preventDefault();
          choose(next);
        }}
      />
      <header className="side-panel-head" {...dragProps}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" aria-label={t('close')} onClick={() => inst.run('panel.close')}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}

const rootOf = (el: HTMLElement | null) => el?.closest<HTMLElement>('.atlas') ?? null;

/** The sheet's height goes on the atlas root: the map's credits and the card's column move with it.
 * `settle`: a short transition to it (after a drag or a toggle), not the height of every move. */
function setHeight(root: HTMLElement | null, h: string, settle: boolean): void {
  if (!root) return;
  if (settle) {
    root.dataset.sheetSettling = '';
    window.setTimeout(() => delete root.dataset.sheetSettling, 220);
  }
  root.style.setProperty('--sheet-h', h);
}

/** Full height: up to the map's credits, under the row of the search box and the menu. */
function fullHeight(root: HTMLElement): number {
  const style = getComputedStyle(root);
  const top = parseFloat(style.getPropertyValue('--toolbar-bottom')) || 52;
  const credits = parseFloat(style.getPropertyValue('--credits-height')) || 48;
  return root.clientHeight - top - credits - 8;
}
