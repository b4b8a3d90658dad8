// The class breaks of the item counts: one function computes the classes that both the map (its
// shaded areas and badge colours) and the legend use. Counts are skewed (a few cities concern most
// items), so the breaks are natural breaks of the counts' logarithms (Fisher's optimal grouping, as
// Jenks's method approximates it), each moved to the roundest number between the classes it
// separates. Zero is a class of its own. Loaded with the counts, never with the map.
import { scaleThreshold } from 'd3-scale';
import { interpolateBuPu } from 'd3-scale-chromatic';

export interface CountClass {
  /** The smallest count the class takes (a round number, except for the first class: the smallest count). */
  min: number;
  /** The largest count the class holds among the areas counted (at least `min`). */
  max: number;
  color: string;
}

export interface CountClasses {
  /** Classes in ascending order, without the zero class. */
  classes: CountClass[];
  /** The colour of an area with no items. */
  zero: string;
}

/** At most this many classes besides zero: five reads reliably on a map and in a legend. */
export const MAX_CLASSES = 5;

/** A light, single-hue-ramp sequential palette (colour-blind safe: it runs in lightness), kept light so
 * the plan's lines and the labels stay readable over it. */
const RAMP: readonly [number, number] = [0.15, 0.5];
/** No items: near white and neutral, apart from the ramp's first (blue) step. */
export const ZERO_COLOR = '#f7f5f0';

/** The colours of `n` classes, lightest first. */
export function classColors(n: number): string[] {
  if (n <= 1) return [interpolateBuPu((RAMP[0] + RAMP[1]) / 2)];
  return Array.from({ length: n }, (_, i) => interpolateBuPu(RAMP[0] + ((RAMP[1] - RAMP[0]) * i) / (n - 1)));
}

/**
 * Fisher's optimal partition of sorted values into `k` contiguous groups with the least total squared
 * deviation; returns the index where each group after the first starts. O(k·n²): n is the count of
 * areas (a few dozen).
 */
export function naturalBreaks(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  if (k <= 1 || n <= 1) return [];
  const prefix = [0];
  const prefix2 = [0];
  for (const v of sorted) {
    prefix.push(prefix.at(-1)! + v);
    prefix2.push(prefix2.at(-1)! + v * v);
  }
  /** Squared deviation of sorted[i..j] (inclusive). */
  const cost = (i: number, j: number) => {
    const m = j - i + 1;
    const s = prefix[j + 1]! - prefix[i]!;
    return prefix2[j + 1]! - prefix2[i]! - (s * s) / m;
  };
  // best[g][j]: least cost of sorted[0..j] in g+1 groups; from[g][j]: where its last group starts.
  const best: number[][] = [Array.from({ length: n }, (_, j) => cost(0, j))];
  const from: number[][] = [Array.from({ length: n }, () => 0)];
  for (let g = 1; g < k; g++) {
    best.push([]);
    from.push([]);
    for (let j = 0; j < n; j++) {
      let b = Infinity;
      let at = j;
      for (let i = g; i <= j; i++) {
        const c = best[g - 1]![i - 1]! + cost(i, j);
        if (c < b) [b, at] = [c, i];
      }
      best[g]![j] = b;
      from[g]![j] = at;
    }
  }
  const starts: number[] = [];
  let j = n - 1;
  for (let g = k - 1; g > 0; g--) {
    const at = from[g]![j]!;
    starts.unshift(at);
    j = at - 1;
  }
  return starts;
}

/** The roundest whole number in (low, high]: the largest step of 1, 2, 2.5 or 5 × 10ⁿ with a multiple there. */
export function roundestBetween(low: number, high: number): number {
  const lo = Math.floor(low) + 1;
  const hi = Math.floor(high);
  if (hi <= lo) return Math.max(lo, hi);
  for (let magnitude = 10 ** Math.floor(Math.log10(hi)); magnitude >= 1; magnitude /= 10) {
    for (const f of [5, 2.5, 2, 1]) {
      const step = f * magnitude;
      if (!Number.isInteger(step)) continue;
      const t = Math.ceil(lo / step) * step;
      if (t <= hi) return t;
    }
  }
  return lo;
}

/** The classes of a set of counts (zeros and non-numbers are left to the zero class). */
export function countClasses(counts: Iterable<number>, maxClasses = MAX_CLASSES): CountClasses {
  const values = [...counts].filter((c) => Number.isFinite(c) && c > 0).map(Math.round).sort((a, b) => a - b);
  const distinct = [...new Set(values)];
  const k = Math.min(maxClasses, distinct.length);
  if (k === 0) return { classes: [], zero: ZERO_COLOR };
  // Breaks on the logarithms, over the distinct values (a class is a range of counts, not of areas).
  const starts = naturalBreaks(distinct.map(Math.log), k);
  const mins = [distinct[0]!, ...starts.map((s) => roundestBetween(distinct[s - 1]!, distinct[s]!))];
  const colors = classColors(k);
  const classes = mins.map((min, i) => {
    const upper = i + 1 < mins.length ? mins[i + 1]! - 1 : Infinity;
    const inClass = distinct.filter((v) => v >= min && v <= upper);
    return { min, max: Math.max(min, inClass.at(-1) ?? min), color: colors[i]! };
  });
  return { classes, zero: ZERO_COLOR };
}

/** The colour of a count in its classes: the same scale for the map and the legend. */
export function colorScale({ classes, zero }: CountClasses): (count: number) => string {
  if (!classes.length) return () => zero;
  const scale = scaleThreshold<number, string>()
    .domain(classes.slice(1).map((c) => c.min))
    .range(classes.map((c) => c.color));
  return (count) => (count > 0 ? scale(count) : zero);
}
