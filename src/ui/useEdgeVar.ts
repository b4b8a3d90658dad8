// Publishes where an element's edge is, as a CSS variable on the atlas root, and keeps it current as
// the element resizes: layouts that must clear something whose size depends on the language or the
// screen (the toolbar's rows, the map's credits) read the variable instead of guessing a height.
import { useLayoutEffect, type RefObject } from 'react';

/**
 * `anchor` is any element inside the atlas root; `target` picks the element to measure (default: the
 * anchor). `edge` 'bottom' is the distance from the root's top to the element's bottom; 'top' is the
 * distance from the element's top to the root's bottom; 'height' is the element's own height (for
 * something that moves without resizing: an observer sees only size changes).
 */
export function useEdgeVar(
  anchor: RefObject<HTMLElement | null>,
  name: `--${string}`,
  edge: 'top' | 'bottom' | 'height',
  target?: (root: HTMLElement) => Element | null,
  /** Measure only while true (e.g. while the anchor is rendered at all). */
  active = true,
): void {
  useLayoutEffect(() => {
    if (!active) return;
    const root = anchor.current?.closest<HTMLElement>('.atlas');
    const el = root && (target ? target(root) : anchor.current);
    if (!root || !el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      root.style.setProperty(name, `${Math.round(edge === 'height' ? r.height : edge === 'bottom' ? r.bottom - box.top : box.bottom - r.top)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [anchor, name, edge, target, active]);
}
