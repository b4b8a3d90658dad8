// WCAG 2 contrast between two CSS colours (hex or rgb()/rgba(); a translucent colour is first laid
// over the opaque one below it), for the tests that hold the stylesheets' text colours to AA.

export type Rgba = [r: number, g: number, b: number, a: number];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d?\.?\d{1,4})\s*)?\)$/i;

/** The colour a CSS value names, or null for anything else (keywords, gradients, var()). */
export function parseColour(value: string): Rgba | null {
  const v = value.trim();
  const hex = HEX.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const rgb = RGB.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  if (v.toLowerCase() === 'white') return [255, 255, 255, 1];
  if (v.toLowerCase() === 'black') return [0, 0, 0, 1];
  return null;
}

/** `top` laid over the opaque `below`. */
export function over(top: Rgba, below: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
}

/** An sRGB channel (0–255) made linear. */
const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (WCAG 2.x). */
export function luminance([r, g, b]: Rgba): number {
  const lin = linear;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of text `fg` on the opaque background `bg` (1 to 21). */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  if (bg[3] < 1) throw new Error('the background must be opaque');
  const a = luminance(over(fg, bg));
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
