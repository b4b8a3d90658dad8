// The geometry of an exported image, as pure functions: the page size of each preset, where the title,
// the map, the legend, the scale bar, the north arrow and the credits go, the camera that shows what
// the screen shows, the scale bar's round length, and the tiles a map too large for one WebGL canvas
// is rendered in. Everything is in CSS pixels of the page; `scale` turns them into image pixels.

import type { ImagePreset } from '../../kernel/imagePresets.ts';

export type { ImagePreset };

export interface PageSize {
  /** The PNG's size in pixels. */
  width: number;
  height: number;
  /** Image pixels per CSS pixel: text, lines and symbols are sized in CSS pixels, as on screen. */
  scale: number;
  /** Written into the PNG (pHYs), so a word processor places it at its printed size. */
  dpi?: number;
}

/** A4 landscape: 297 × 210 mm. */
const A4_MM = [297, 210] as const;
const MM_PER_INCH = 25.4;
/** CSS pixels per inch: a CSS pixel is 1/96 in, so 300 dpi is 3.125 image pixels per CSS pixel. */
const CSS_DPI = 96;

/** The page of a preset; `screen` is the map's size on screen at the screen's pixel ratio (at most 3). */
export function pageSize(preset: ImagePreset, screen: { width: number; height: number; pixelRatio: number }): PageSize {
  switch (preset) {
    case 'screen': {
      const scale = Math.min(3, Math.max(1, screen.pixelRatio));
      return { width: Math.round(Math.max(320, screen.width) * scale), height: Math.round(Math.max(240, screen.height) * scale), scale };
    }
    case '1920x1080':
      return { width: 1920, height: 1080, scale: 1 };
    case 'a4-300dpi': {
      const dpi = 300;
      return { width: Math.round((A4_MM[0] / MM_PER_INCH) * dpi), height: Math.round((A4_MM[1] / MM_PER_INCH) * dpi), scale: dpi / CSS_DPI, dpi };
    }
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageLayout {
  /** The page in CSS pixels. */
  page: Box;
  title: Box;
  map: Box;
  /** Two lines under the map: the sources and attribution; the date and the link. */
  footer: Box;
  /** Inside the map, from its corners. */
  northArrow: Box;
  scaleBar: Box;
  /** How many lines of text the footer holds (the last is the date and the link). */
  footerLines: number;
  /** The room the legend may take: a column right of the map on a landscape page, else a band under it. */
  legendMax: Box;
  legendBeside: boolean;
}

export const MARGIN = 16;
export const TITLE_SIZE = 22;
export const FOOTER_SIZE = 11;
const TITLE_BAND = TITLE_SIZE * 1.4 + MARGIN * 1.25;
const ARROW = 36;
const SCALE_BAR = { width: 140, height: 30 };
const INSET = 10;

/** The legend's column on a landscape page: a fifth of the width (a quarter on a small page), within these bounds. */
const LEGEND_COLUMN = { min: 220, max: 300 };
/** On a portrait page the legend is a band under the map, this share of the page's height. */
const LEGEND_BAND = 0.3;
/** Below this width the credits may take two lines. */
const NARROW_PAGE = 700;

/** Where each part goes on a page of `size`. Nothing covers the map but the north arrow and the scale bar.
 * A long legend beside the map may take two columns (`columns`), from the map's width. */
export function pageLayout(size: PageSize, columns: 1 | 2 = 1): PageLayout {
  const w = size.width / size.scale;
  const h = size.height / size.scale;
  const landscape = w >= 1.2 * h && w >= NARROW_PAGE;
  const one = Math.min(LEGEND_COLUMN.max, Math.max(LEGEND_COLUMN.min, w / 5));
  const column = landscape ? one * columns + (columns - 1) * LEGEND.gap : 0;
  const footerLines = w < NARROW_PAGE ? 3 : 2;
  const footerBand = FOOTER_SIZE * 1.5 * footerLines + MARGIN;
  const band = landscape ? 0 : Math.round(h * LEGEND_BAND);
  const map: Box = { x: MARGIN, y: TITLE_BAND, width: w - 2 * MARGIN - (column ? column + MARGIN : 0), height: Math.max(60, h - TITLE_BAND - footerBand - band) };
  const right = map.x + map.width;
  const bottom = map.y + map.height;
  return {
    page: { x: 0, y: 0, width: w, height: h },
    title: { x: MARGIN, y: MARGIN * 0.75, width: w - 2 * MARGIN, height: TITLE_SIZE * 1.4 },
    map,
    footer: { x: MARGIN, y: bottom + band + MARGIN / 2, width: w - 2 * MARGIN, height: FOOTER_SIZE * 1.5 * footerLines },
    footerLines,
    northArrow: { x: right - INSET - ARROW, y: map.y + INSET, width: ARROW, height: ARROW },
    scaleBar: { x: right - INSET - SCALE_BAR.width, y: bottom - INSET - SCALE_BAR.height, width: SCALE_BAR.width, height: SCALE_BAR.height },
    legendMax: column ? { x: right + MARGIN, y: map.y, width: column, height: map.height } : { x: MARGIN, y: bottom + MARGIN / 2, width: w - 2 * MARGIN, height: band - MARGIN / 2 },
    legendBeside: column > 0,
  };
}

/** The zoom at which a map of `box` shows as much ground as a map of `screen` shows at `zoom` (same centre):
 * of another shape, it shows more one way and less the other (a phone's tall view on a landscape page keeps
 * its area instead of shrinking to its height or being cut to its width). */
export function fitZoom(zoom: number, screen: { width: number; height: number }, box: { width: number; height: number }): number {
  const ratio = Math.sqrt((box.width / Math.max(1, screen.width)) * (box.height / Math.max(1, screen.height)));
  return Math.max(0, zoom + Math.log2(ratio));
}

const EARTH_CIRCUMFERENCE = 2 * Math.PI * 6378137;
/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export const metresPerPixel = (latitude: number, zoom: number): number => (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);

/** The longest round length (1, 2, 3 or 5 × 10ⁿ metres, as MapLibre's scale control) that fits in `maxPx`,
 * its length in pixels, and the number and unit to write (kilometres from 1 km). */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number; value: number; unit: 'km' | 'm' } {
  const max = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 3, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / metresPerPx, ...(metres >= 1000 ? { value: metres / 1000, unit: 'km' as const } : { value: metres, unit: 'm' as const }) };
}

export interface Tile {
  /** Where the tile's kept part goes in the map image (image pixels). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The tile's centre, as an offset from the map's centre in CSS pixels (for the camera). */
  dx: number;
  dy: number;
}

/**
 * The tiles a map of `width` × `height` image pixels is drawn in when one canvas may be at most `limit`
 * pixels a side: one tile when it fits. Each tile is rendered `bleed` pixels larger on every side and only
 * its middle kept, so labels near a seam are laid out with their neighbours on both sides.
 */
export function tilePlan(width: number, height: number, limit: number, bleed: number, scale: number): Tile[] {
  if (width <= limit && height <= limit) return [{ x: 0, y: 0, width, height, dx: 0, dy: 0 }];
  const keep = Math.max(64, limit - 2 * bleed);
  const cols = Math.ceil(width / keep);
  const rows = Math.ceil(height / keep);
  const tiles: Tile[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = c * keep;
      const y = r * keep;
      const w = Math.min(keep, width - x);
      const hh = Math.min(keep, height - y);
      tiles.push({ x, y, width: w, height: hh, dx: (x + w / 2 - width / 2) / scale, dy: (y + hh / 2 - height / 2) / scale });
    }
  }
  return tiles;
}

export interface LegendItem {
  kind: 'heading' | 'entry';
  /** Its text's width in CSS pixels (measured by the caller, its widest line), without the swatch. */
  textWidth: number;
  /** How many lines its text takes (a long name wraps once). */
  lines?: number;
}

export interface LegendPlacement {
  /** Per item: its column's left edge and its top, relative to the legend's room. */
  at: { x: number; y: number }[];
  width: number;
  height: number;
  /** How many items fit (the rest are left out, and the legend says so). */
  shown: number;
}

export const LEGEND = { row: 18, heading: 20, line: 15, swatch: 36, gap: 18 } as const;

/** A legend row's height: a heading has room above it; each further line adds a line. */
export const legendRowHeight = (item: LegendItem): number => (item.kind === 'heading' ? LEGEND.heading : LEGEND.row) + ((item.lines ?? 1) - 1) * LEGEND.line;

/** Flows the legend's items down columns of `columnWidth`, at most `columns` of them, no taller than `maxHeight`. */
export function legendPlacement(items: readonly LegendItem[], columnWidth: number, columns: number, maxHeight: number): LegendPlacement {
  const at: { x: number; y: number }[] = [];
  let column = 0;
  let y = 0;
  let height = 0;
  for (const [i, item] of items.entries()) {
    const h = legendRowHeight(item);
    // A heading goes to the next column with its first entry rather than stay alone at a column's foot.
    const next = item.kind === 'heading' && items[i + 1] ? legendRowHeight(items[i + 1]!) : 0;
    if (y + h + next > maxHeight && y > 0) {
      if (column + 1 >= columns) break;
      column++;
      y = 0;
    }
    at.push({ x: column * (columnWidth + LEGEND.gap), y });
    y += h;
    height = Math.max(height, y);
  }
  return { at, width: (column + 1) * columnWidth + column * LEGEND.gap, height, shown: at.length };
}

/** The legend's columns in a room: one beside the map; under it, as many of at least 170 px as fit. */
export function legendColumns(room: { width: number }, beside: boolean): { columns: number; width: number } {
  if (beside) {
    // Beside the map a column is at most 300 px: a wider room holds two.
    const columns = room.width > LEGEND_COLUMN.max + LEGEND.gap ? 2 : 1;
    return { columns, width: (room.width - (columns - 1) * LEGEND.gap) / columns };
  }
  const columns = Math.max(1, Math.floor((room.width + LEGEND.gap) / (170 + LEGEND.gap)));
  return { columns, width: (room.width - (columns - 1) * LEGEND.gap) / columns };
}
