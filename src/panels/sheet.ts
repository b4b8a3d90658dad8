// A panel's bottom sheet on a phone: its resting heights, and where a drag lets go of it.

export type SheetStop = 'peek' | 'half' | 'full';

/** The peek's height: the handle and the title row (panels.css). */
export const PEEK_PX = 72;

/** A stop's height as CSS (on the atlas root's `--sheet-h`): the peek shows the handle and the title;
 * full height leaves the top row (the search box and the menu) and the map's credits in view. */
export function sheetHeight(stop: SheetStop): string {
  if (stop === 'peek') return `${PEEK_PX}px`;
  if (stop === 'half') return '50%';
  return 'calc(100% - var(--toolbar-bottom, 52px) - var(--credits-height, 48px) - 8px)';
}

/** A flick faster than this (px per ms) goes on to the next stop in its direction. */
const FLICK = 0.5;

/**
 * Where a sheet let go at height `h`, moving at `v` px/ms (positive: downwards), comes to rest: the
 * nearest stop, or the next one in the direction of a flick; below half its peek it closes.
 */
export function nearestStop(h: number, v: number, heights: Record<SheetStop, number>): SheetStop | 'closed' {
  const stops: [SheetStop | 'closed', number][] = [['closed', 0], ['peek', heights.peek], ['half', heights.half], ['full', heights.full]];
  if (Math.abs(v) > FLICK) {
    if (v > 0) return stops.toReversed().find(([, s]) => s < h - 1)?.[0] ?? 'closed';
    return stops.find(([, s]) => s > h + 1)?.[0] ?? 'full';
  }
  let best = stops[0]!;
  for (const stop of stops) if (Math.abs(stop[1] - h) < Math.abs(best[1] - h)) best = stop;
  return best[0];
}
