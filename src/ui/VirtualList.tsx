// A windowed list: only the rows in and near the viewport are in the DOM, so a list of thousands of
// plan items renders (and re-renders on every keystroke of a search) at the cost of a screenful.
// Rows may have any height and change it (they expand in place): heights are measured with a
// ResizeObserver and cached by key, unmeasured rows count at the mean measured height. The list stays
// a real list for assistive technology (`ol`/`li` with aria-setsize/aria-posinset), the focused row is
// kept in the DOM while it is scrolled away, ↑/↓/Home/End move between rows, and `revealKey` scrolls
// a row chosen elsewhere (e.g. on the map) into view.
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

/** Row tops as prefix sums: `offsets[i]` is where row i starts, `offsets[n]` the total height. */
export function buildOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/** The last index i in [0, n-1] with offsets[i] ≤ y (0 when y is above the first row). */
function rowAt(offsets: ArrayLike<number>, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows [start, end) that intersect the viewport [scrollTop, scrollTop + height) widened by
 * `overscan` px above and below, then extended downwards to at least `minRows` rows, all clamped to
 * the list. Pure: the whole windowing decision.
 */
export function windowRange(
  offsets: ArrayLike<number>,
  scrollTop: number,
  height: number,
  { overscan = 0, minRows = 0 }: { overscan?: number; minRows?: number } = {},
): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop - overscan);
  const bottom = Math.max(top, scrollTop + Math.max(0, height) + overscan);
  const start = rowAt(offsets, top);
  let last = rowAt(offsets, bottom);
  // A row that starts exactly at the bottom edge is not in the window.
  if (last > start && offsets[last]! >= bottom) last--;
  return { start, end: Math.min(n, Math.max(last + 1, start + minRows)) };
}

/** The scrollTop that brings [rowTop, rowBottom) into the viewport with the least movement, or null if it is already in view. */
export function revealScrollTop(rowTop: number, rowBottom: number, scrollTop: number, height: number): number | null {
  if (rowTop >= scrollTop && rowBottom <= scrollTop + height) return null;
  // Taller than the viewport, or above it: align its top; below it: align its bottom.
  if (rowTop < scrollTop || rowBottom - rowTop > height) return rowTop;
  return rowBottom - height;
}

const PARKED: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };

export interface RowSlot {
  index: number;
  setSize: number;
  /** Attach to the row's root element so it is measured (stable for a key). */
  measure: (el: HTMLElement | null) => void;
  /** A focused row kept in the DOM while scrolled out of the window, out of the flow. */
  parked: boolean;
}

/** What a row spreads on its `li`: its place in the whole list, its measuring ref, and parking. */
export function rowProps({ index, setSize, measure, parked }: RowSlot) {
  return {
    ref: measure,
    'aria-posinset': index + 1,
    'aria-setsize': setSize,
    'data-parked': parked || undefined,
    style: parked ? PARKED : undefined,
  };
}

/** Rows are rendered half a viewport above and below the visible ones, and always this many at least. */
const MIN_ROWS = 16;
const windowOf = (offsets: ArrayLike<number>, scrollTop: number, height: number) => windowRange(offsets, scrollTop, height, { overscan: height / 2, minRows: MIN_ROWS });
/** Rows measured before the height assumed for the others stops following their mean. */
const SAMPLE = 40;

/**
 * The list's memory outside React's render cycle: measured heights by key, the one ResizeObserver
 * and the stable measuring ref of each key, and what the keyboard and `revealKey` asked for.
 */
class ListMemory {
  sizes = new Map<string, number>();
  sample = { sum: 0, count: 0 };
  focusedKey: string | null = null;
  /** The scroller's scrollTop as of its last scroll event (reading it afresh would force a layout). */
  scrolledTo = 0;
  scrolled(top: number): void {
    this.scrolledTo = top;
  }
  /** The row at the top of the viewport and how far above it the viewport starts: kept in place when heights above change. */
  anchor: { key: string; delta: number } | null = null;
  anchorAt(keys: readonly string[], offsets: ArrayLike<number>): void {
    if (keys.length === 0) this.anchor = null;
    else {
      const i = rowAt(offsets, this.scrolledTo);
      this.anchor = { key: keys[i]!, delta: offsets[i]! - this.scrolledTo };
    }
  }
  dropAnchor(): void {
    this.anchor = null;
  }
  pendingFocus: number | null = null;
  pendingReveal: { key: string; tries: number } | null = null;
  focus(key: string | null): void {
    this.focusedKey = key;
  }
  focusLater(index: number | null): void {
    this.pendingFocus = index;
  }
  revealLater(key: string | null): void {
    this.pendingReveal = key === null ? null : { key, tries: 0 };
  }
  /** Counts an attempt at revealing; false once it should be given up. */
  revealTry(): boolean {
    return this.pendingReveal !== null && this.pendingReveal.tries++ < 5;
  }
  private observer: ResizeObserver | null = null;
  private elKeys = new WeakMap<Element, string>();
  private refs = new Map<string, (el: HTMLElement | null) => void>();

  constructor(private onMeasured: () => void) {}

  assumed(estimate: number): number {
    return this.sample.count ? this.sample.sum / this.sample.count : estimate;
  }

  measure(key: string): (el: HTMLElement | null) => void {
    let fn = this.refs.get(key);
    if (!fn) {
      let current: HTMLElement | null = null;
      fn = (el) => {
        this.observer ??= new ResizeObserver((entries) => this.record(entries));
        if (current) this.observer.unobserve(current);
        current = el;
        if (el) {
          this.elKeys.set(el, key);
          this.observer.observe(el);
        } else this.refs.delete(key);
      };
      this.refs.set(key, fn);
    }
    return fn;
  }

  private record(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const e of entries) {
      const key = this.elKeys.get(e.target);
      const h = e.borderBoxSize?.[0]?.blockSize ?? (e.target as HTMLElement).offsetHeight;
      if (key === undefined || !h || !e.target.isConnected || e.target.matches('[data-parked]')) continue;
      const old = this.sizes.get(key);
      if (old === h) continue;
      if (old === undefined && this.sample.count < SAMPLE) {
        this.sample.sum += h;
        this.sample.count++;
      }
      this.sizes.set(key, h);
      changed = true;
    }
    if (changed) this.onMeasured();
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

export function VirtualList<T>({
  items,
  getKey,
  renderRow,
  estimate = 64,
  revealKey = null,
  className,
  scrollerClassName,
  label,
}: {
  items: readonly T[];
  getKey: (item: T) => string;
  /** Renders the `li` of one row, spreading `rowProps(slot)` onto it. */
  renderRow: (item: T, slot: RowSlot) => ReactNode;
  /** Height in px assumed for a row until one is measured. */
  estimate?: number;
  /** When this key changes to a row of the list, that row is scrolled into view. */
  revealKey?: string | null;
  className?: string;
  scrollerClassName?: string;
  label?: string;
}) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [, remeasured] = useReducer((x: number) => x + 1, 0);
  const [memory] = useState(() => new ListMemory(remeasured));
  // What the window is computed from; updated on scroll only when the window would change.
  const [view, setView] = useState({ scrollTop: 0, height: 0, resets: 0 });

  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  const indexOfKey = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const assumed = memory.assumed(estimate);
  const offsets = buildOffsets(keys.length, (i) => memory.sizes.get(keys[i]!) ?? assumed);
  const total = offsets[keys.length]!;
  const range = windowOf(offsets, view.scrollTop, view.height || 800);

  // Rows are laid out in the normal flow between two spacers, so a row that turns out taller than
  // assumed never overlaps the next one. When heights above the viewport change (rows measured, the
  // assumed height refined), the row at the top of the viewport is kept where it was, as browsers'
  // scroll anchoring does (turned off on the scroller, so the two do not fight).
  const sync = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    memory.scrolled(scroller.scrollTop);
    setView((v) => (v.scrollTop === scroller.scrollTop && v.height === scroller.clientHeight ? v : { ...v, scrollTop: scroller.scrollTop, height: scroller.clientHeight }));
  }, [memory]);
  /** Scrolls, and re-renders if the window moved (only for reveals and anchor corrections: it reads layout back). */
  const scrollTo = (top: number) => {
    scrollerRef.current!.scrollTop = Math.max(0, Math.round(top));
    sync();
  };

  // The viewport's height.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current!;
    const ro = new ResizeObserver(() => sync());
    ro.observe(scroller);
    sync();
    return () => {
      ro.disconnect();
      memory.disconnect();
    };
  }, [memory, sync]);

  const onScroll = () => {
    const scroller = scrollerRef.current!;
    memory.scrolled(scroller.scrollTop);
    memory.anchorAt(keys, offsets);
    const next = windowOf(offsets, scroller.scrollTop, scroller.clientHeight);
    if (next.start !== range.start || next.end !== range.end) sync();
  };

  // A new list (another search or filter) starts at its top.
  const [listed, setListed] = useState(items);
  if (listed !== items) {
    setListed(items);
    setView((v) => ({ ...v, scrollTop: 0, resets: v.resets + 1 }));
  }
  useLayoutEffect(() => {
    if (view.resets === 0) return;
    memory.dropAnchor();
    if (memory.scrolledTo !== 0) {
      scrollerRef.current!.scrollTop = 0;
      memory.scrolled(0);
    }
  }, [memory, view.resets]);

  useLayoutEffect(() => {
    if (revealKey !== null) memory.revealLater(revealKey);
  }, [memory, revealKey]);

  // After every render: bring a row to be revealed into view (again, once its height is measured),
  // or keep the anchor row in place; and move focus to a row the keyboard asked for once it is in the DOM.
  useLayoutEffect(() => {
    const reveal = memory.pendingReveal;
    const i = reveal ? indexOfKey.get(reveal.key) : undefined;
    const top = i === undefined ? null : revealScrollTop(offsets[i]!, offsets[i + 1]!, memory.scrolledTo, view.height);
    if (reveal && top !== null && memory.revealTry()) scrollTo(top);
    else {
      // Done once the row is in view at its measured height (or it is not in this list).
      if (reveal && (i === undefined || top !== null || memory.sizes.has(reveal.key))) memory.revealLater(null);
      const a = memory.anchor;
      const at = a ? indexOfKey.get(a.key) : undefined;
      if (a && at !== undefined && Math.abs(offsets[at]! - a.delta - memory.scrolledTo) >= 1) scrollTo(offsets[at]! - a.delta);
    }
    memory.anchorAt(keys, offsets);
    const f = memory.pendingFocus;
    if (f !== null) {
      const el = listRef.current?.querySelector<HTMLElement>(`:scope > li[aria-posinset="${f + 1}"]:not([data-parked])`);
      if (el) {
        memory.focusLater(null);
        focusableIn(el)?.focus({ preventScroll: true });
      }
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const li = (e.target as HTMLElement).closest('li[aria-posinset]');
    if (!li || li.parentElement !== listRef.current) return;
    const at = Number(li.getAttribute('aria-posinset')) - 1;
    const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? keys.length - 1 : null;
    if (to === null || to < 0 || to >= keys.length) return;
    e.preventDefault();
    memory.focusLater(to);
    // Revealed like a row chosen elsewhere, so it lands in view even if its height is not known yet.
    memory.revealLater(keys[to]!);
    remeasured();
  };

  // The focused row stays in the DOM (in list order, out of the flow) while scrolled out of the window.
  const focusedIndex = memory.focusedKey === null ? undefined : indexOfKey.get(memory.focusedKey);
  const slot = (i: number, parked = false): RowSlot => ({ index: i, setSize: keys.length, measure: memory.measure(keys[i]!), parked });
  const rows: ReactNode[] = [];
  if (focusedIndex !== undefined && focusedIndex < range.start) rows.push(renderRow(items[focusedIndex]!, slot(focusedIndex, true)));
  for (let i = range.start; i < range.end; i++) rows.push(renderRow(items[i]!, slot(i)));
  if (focusedIndex !== undefined && focusedIndex >= range.end) rows.push(renderRow(items[focusedIndex]!, slot(focusedIndex, true)));

  return (
    <div ref={scrollerRef} className={scrollerClassName} style={{ overflowAnchor: 'none' }} onScroll={onScroll}>
      <div aria-hidden="true" style={{ height: offsets[range.start] }} />
      <ol
        ref={listRef}
        className={className}
        aria-label={label}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const li = (e.target as HTMLElement).closest('li[aria-posinset]');
          if (li && li.parentElement === listRef.current) memory.focus(keys[Number(li.getAttribute('aria-posinset')) - 1] ?? null);
        }}
        onBlur={(e) => {
          if (!listRef.current?.contains(e.relatedTarget as Node | null)) memory.focus(null);
        }}
      >
        {rows}
      </ol>
      <div aria-hidden="true" style={{ height: total - offsets[range.end]! }} />
    </div>
  );
}

function focusableIn(el: HTMLElement): HTMLElement | null {
  return el.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])');
}
