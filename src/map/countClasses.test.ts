import { describe, expect, it } from 'vitest';
import { classColors, colorScale, countClasses, naturalBreaks, roundestBetween, ZERO_COLOR } from './countClasses.ts';

/** Relative luminance (WCAG) of a `rgb(r, g, b)` or `#rrggbb` colour. */
function luminance(color: string): number {
  const m = color.startsWith('#') ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : color.match(/\d+/g)!.map(Number);
  const [r, g, b] = m.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('naturalBreaks', () => {
  it('splits sorted values where the gaps are, with the least squared deviation', () => {
    expect(naturalBreaks([1, 2, 3, 10, 11, 12, 30, 31], 3)).toEqual([3, 6]);
    expect(naturalBreaks([1, 1, 1, 9], 2)).toEqual([3]);
    expect(naturalBreaks([5], 3)).toEqual([]);
    expect(naturalBreaks([1, 2, 3], 1)).toEqual([]);
  });
});

describe('roundestBetween', () => {
  it('picks the roundest whole number above the low value and at most the high one', () => {
    expect(roundestBetween(3, 12)).toBe(10);
    expect(roundestBetween(12, 26)).toBe(25);
    expect(roundestBetween(41, 160)).toBe(100);
    expect(roundestBetween(4, 5)).toBe(5);
    expect(roundestBetween(7, 9)).toBe(8);
    expect(roundestBetween(101, 104)).toBe(102);
  });
});

describe('countClasses', () => {
  it('gives skewed counts round breaks from the smallest count, each class holding counts, the top class ending at the maximum', () => {
    const { classes } = countClasses([0, 0, 1, 2, 3, 5, 8, 14, 22, 40, 61, 160, 4]);
    expect(classes.length).toBe(5);
    expect(classes[0]!.min).toBe(1);
    expect(countClasses([0, 60, 70, 90, 200]).classes[0]!.min).toBe(60);
    expect(classes.at(-1)!.max).toBe(160);
    for (let i = 1; i < classes.length; i++) {
      expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
      // Round numbers: one or two significant digits.
      expect(String(classes[i]!.min).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
    }
  });

  it('never makes more classes than distinct counts, and none for no counts at all', () => {
    expect(countClasses([3, 3, 3]).classes).toEqual([{ min: 3, max: 3, color: classColors(1)[0] }]);
    expect(countClasses([4, 9]).classes.map((c) => [c.min, c.max])).toEqual([
      [4, 4],
      [5, 9],
    ]);
    expect(countClasses([]).classes).toEqual([]);
    expect(countClasses([0, Number.NaN, -2, Number.POSITIVE_INFINITY]).classes).toEqual([]);
  });

  it('colours every count by its class, zero apart, with the same breaks the legend lists', () => {
    const classes = countClasses([1, 2, 6, 7, 30, 33, 100]);
    const color = colorScale(classes);
    expect(color(0)).toBe(ZERO_COLOR);
    for (const c of classes.classes) {
      expect(color(c.min)).toBe(c.color);
      expect(color(c.max)).toBe(c.color);
    }
    expect(new Set(classes.classes.map((c) => c.color)).size).toBe(classes.classes.length);
    expect(colorScale(countClasses([]))(5)).toBe(ZERO_COLOR);
  });

  it('runs from light to darker, the darkest still light enough for dark names (contrast ≥ 4.5 with #2f2a25)', () => {
    const colors = classColors(5);
    const l = colors.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
    const ink = luminance('#2f2a25');
    expect((l.at(-1)! + 0.05) / (ink + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect(luminance(ZERO_COLOR)).toBeGreaterThan(l[0]!);
  });
});
