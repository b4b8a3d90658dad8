// How much of the map the app's own panels cover, measured, so a fit leaves what it shows in the part
// a person can see. Overlays mark themselves with `data-overlay`: `top` for a bar along the top (the
// toolbar), `side` for a panel or card, which covers the side it is nearer to, or the bottom when it
// is a sheet spanning the width (as on a phone), even one that stops short of the bottom.
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Overlay {
  rect: Rect;
  edge: 'top' | 'side';
}

/** Two opposite insets, shrunk together when they would leave less than a third between them. */
function fit(a: number, b: number, total: number): [number, number] {
  const min = total / 3;
  if (total - a - b >= min) return [a, b];
  const k = Math.max(0, total - min) / Math.max(1, a + b);
  return [a * k, b * k];
}

/** The insets the overlays leave, plus a margin, never leaving less than a third of the map. */
export function overlayInsets(map: Rect, overlays: readonly Overlay[], margin = 24): Insets {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const { rect: r, edge } of overlays) {
    const w = Math.min(r.right, map.right) - Math.max(r.left, map.left);
    const h = Math.min(r.bottom, map.bottom) - Math.max(r.top, map.top);
    if (w <= 0 || h <= 0) continue;
    if (edge === 'top') {
      out.top = Math.max(out.top, r.bottom - map.top);
      continue;
    }
    // An overlay spanning most of the width but not most of the height, in the lower half, is a sheet
    // (it may stop above the map's credits): it covers the bottom. Otherwise it covers a side.
    if (w > width * 0.6 && h < height * 0.75 && r.top + r.bottom > map.top + map.bottom) out.bottom = Math.max(out.bottom, map.bottom - r.top);
    else if (r.left - map.left <= map.right - r.right) out.left = Math.max(out.left, r.right - map.left);
    else out.right = Math.max(out.right, map.right - r.left);
  }
  const [left, right] = fit(out.left + margin, out.right + margin, width);
  const [top, bottom] = fit(out.top + margin, out.bottom + margin, height);
  return { top, right, bottom, left };
}

/** The overlays inside an atlas root, as drawn now. */
export function overlaysIn(root: ParentNode): Overlay[] {
  return [...root.querySelectorAll<HTMLElement>('[data-overlay]')].map((el) => ({ rect: el.getBoundingClientRect(), edge: el.dataset.overlay === 'top' ? 'top' : 'side' }));
}
