import { describe, expect, it } from 'vitest';
import { buildOffsets, revealScrollTop, windowRange } from './VirtualList.tsx';

// Ten rows of 50 px, then one of 200 px (an expanded row), then ten of 50 px: 1200 px in all.
const heights = [...Array<number>(10).fill(50), 200, ...Array<number>(10).fill(50)];
const offsets = buildOffsets(heights.length, (i) => heights[i]!);

describe('buildOffsets', () => {
  it('is the prefix sum of the row heights, ending with the total', () => {
    expect(offsets.length).toBe(22);
    expect(offsets[0]).toBe(0);
    expect(offsets[10]).toBe(500);
    expect(offsets[11]).toBe(700);
    expect(offsets[21]).toBe(1200);
    expect(buildOffsets(0, () => 50)).toEqual(new Float64Array([0]));
  });
});

describe('windowRange', () => {
  it('is the rows that intersect the viewport, the partly visible ones included', () => {
    expect(windowRange(offsets, 0, 120)).toEqual({ start: 0, end: 3 });
    expect(windowRange(offsets, 25, 100)).toEqual({ start: 0, end: 3 });
    // A row starting exactly at the bottom edge is not visible; one ending at the top edge is not either.
    expect(windowRange(offsets, 50, 100)).toEqual({ start: 1, end: 3 });
  });

  it('handles a tall row, and a viewport inside one row', () => {
    expect(windowRange(offsets, 520, 100)).toEqual({ start: 10, end: 11 });
    expect(windowRange(offsets, 450, 300)).toEqual({ start: 9, end: 12 });
  });

  it('widens by the overscan in px and clamps to the list', () => {
    expect(windowRange(offsets, 300, 100, { overscan: 100 })).toEqual({ start: 4, end: 10 });
    expect(windowRange(offsets, 0, 100, { overscan: 100 })).toEqual({ start: 0, end: 4 });
    expect(windowRange(offsets, 1100, 100, { overscan: 100 })).toEqual({ start: 17, end: 21 });
    // Scrolled past the end (a list that just got shorter): the last rows.
    expect(windowRange(offsets, 5000, 100)).toEqual({ start: 20, end: 21 });
  });

  it('renders at least minRows rows, never more than the list', () => {
    expect(windowRange(offsets, 0, 100, { minRows: 8 })).toEqual({ start: 0, end: 8 });
    expect(windowRange(offsets, 1100, 100, { minRows: 8 })).toEqual({ start: 19, end: 21 });
    expect(windowRange(buildOffsets(3, () => 50), 0, 100, { minRows: 30 })).toEqual({ start: 0, end: 3 });
  });

  it('is empty for an empty list and copes with a zero-height viewport', () => {
    expect(windowRange(new Float64Array([0]), 0, 500)).toEqual({ start: 0, end: 0 });
    expect(windowRange(offsets, 0, 0)).toEqual({ start: 0, end: 1 });
  });

  it('stays cheap for a long list (binary search)', () => {
    const big = buildOffsets(100_000, (i) => 40 + (i % 7));
    const t0 = performance.now();
    for (let k = 0; k < 10_000; k++) windowRange(big, k * 400, 600, { overscan: 600 });
    expect(performance.now() - t0).toBeLessThan(200);
    const { start, end } = windowRange(big, big[50_000]!, 600);
    expect(start).toBe(50_000);
    expect(end - start).toBeGreaterThan(10);
    expect(end - start).toBeLessThan(20);
  });
});

describe('revealScrollTop', () => {
  it('leaves a row in view alone and otherwise scrolls the least', () => {
    expect(revealScrollTop(100, 150, 0, 400)).toBeNull();
    // Above the viewport: align its top; below: align its bottom.
    expect(revealScrollTop(100, 150, 300, 400)).toBe(100);
    expect(revealScrollTop(800, 850, 0, 400)).toBe(450);
    // Partly visible at the bottom.
    expect(revealScrollTop(380, 430, 0, 400)).toBe(30);
    // Taller than the viewport: its top.
    expect(revealScrollTop(800, 1500, 0, 400)).toBe(800);
  });
});
