// Composes an exported image on a 2D canvas: the title, the rendered map, the legend of what it shows,
// a scale bar, a north arrow turned with the map, and under the map the data sources and attribution,
// the date and the link that reopens the view. All text is drawn by the browser in the page's fonts.
import type { Swatch } from '../../map/layers/types.ts';
import { FOOTER_SIZE, LEGEND, legendPlacement, scaleBarLength, TITLE_SIZE, type Box, type LegendItem, type PageLayout, type PageSize } from './layout.ts';

export interface LegendBlock {
  heading: string;
  entries: { label: string; swatch: Swatch }[];
}

export interface Composition {
  size: PageSize;
  layout: PageLayout;
  /** The rendered map, in image pixels, as large as the layout's map box. */
  map: CanvasImageSource;
  title: string;
  legend: LegendBlock[];
  /** Says how many legend rows did not fit, in the UI language. */
  legendMore: (count: number) => string;
  legendTitle: string;
  /** The sources and attribution, one line. */
  credits: string;
  date: string;
  link: string;
  bearing: number;
  /** Ground metres per CSS pixel at the map's centre. */
  metresPerPx: number;
  /** The north arrow's letter. */
  north: string;
  /** The scale bar's units in the UI language. */
  units: { km: string; m: string };
  /** Formats the scale bar's number in the UI language. */
  number: (n: number) => string;
  /** CSS font families for the UI language. */
  fontFamily: string;
}

const INK = '#2f2a25';
const MUTED = '#5e574d';
const FRAME = '#a99c88';

/** Fits `text` into `width` at `font`, cutting it with an ellipsis. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('')}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, y: number): void {
  // The same drawing as the legend's SVG swatch (30 × 16).
  ctx.save();
  ctx.translate(x, y);
  if (s.kind === 'fill') {
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.fillStyle = s.color;
    ctx.fillRect(2, 2, 26, 12);
    ctx.globalAlpha = 1;
    if (s.outline) {
      ctx.strokeStyle = s.outline;
      ctx.setLineDash([3, 2]);
      ctx.strokeRect(2, 2, 26, 12);
    }
  } else if (s.kind === 'line') {
    const w = s.width ?? 2;
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.strokeStyle = s.color;
    ctx.lineWidth = w;
    ctx.setLineDash(s.dash?.map((d) => d * w) ?? []);
    ctx.beginPath();
    ctx.moveTo(2, 8);
    ctx.lineTo(28, 8);
    ctx.stroke();
  } else {
    ctx.fillStyle = s.hollow ? '#fff' : s.color;
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    ctx.arc(15, 8, Math.min(s.radius ?? 4, 7), 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

function card(ctx: CanvasRenderingContext2D, b: Box): void {
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = 'rgba(47,42,37,0.25)';
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.width, b.height, 4);
  ctx.fill();
  ctx.stroke();
}

function drawLegend(ctx: CanvasRenderingContext2D, c: Composition): void {
  if (!c.legend.length) return;
  const font = (bold: boolean) => `${bold ? '600 ' : ''}12px ${c.fontFamily}`;
  const items: (LegendItem & { text: string; swatch?: Swatch })[] = [];
  items.push({ kind: 'heading', text: c.legendTitle, textWidth: 0 });
  for (const block of c.legend) {
    items.push({ kind: 'heading', text: block.heading, textWidth: 0 });
    for (const e of block.entries) items.push({ kind: 'entry', text: e.label, swatch: e.swatch, textWidth: 0 });
  }
  const maxText = Math.min(320, c.layout.legendMax.width - 2 * LEGEND.padding - LEGEND.swatch);
  // Beside the map, the column's text starts at the map's edge (no card, so no padding shows).
  if (!c.layout.legendOverMap) c = { ...c, layout: { ...c.layout, legendMax: { ...c.layout.legendMax, x: c.layout.legendMax.x - LEGEND.padding, y: c.layout.legendMax.y - LEGEND.padding } } };
  for (const item of items) {
    ctx.font = font(item.kind === 'heading');
    item.text = fit(ctx, item.text, maxText);
    item.textWidth = ctx.measureText(item.text).width;
  }
  const room = c.layout.legendMax;
  let place = legendPlacement(items, room.width, room.height);
  if (place.shown < items.length) {
    // The rows that fit, less two, and a line saying how many were left out (a heading is the taller row).
    const kept = items.slice(0, Math.max(1, place.shown - 2));
    const text = c.legendMore(items.length - kept.length);
    ctx.font = font(false);
    kept.push({ kind: 'heading', text, textWidth: ctx.measureText(text).width });
    items.splice(0, items.length, ...kept);
    place = legendPlacement(items, room.width, room.height);
  }
  // Over the map: a card at its bottom left; beside it: at the top of its column.
  const box: Box = { x: room.x, y: c.layout.legendOverMap ? room.y + room.height - place.height : room.y, width: place.width, height: place.height };
  if (c.layout.legendOverMap) card(ctx, box);
  ctx.textBaseline = 'middle';
  for (let i = 0; i < place.shown; i++) {
    const item = items[i]!;
    const at = place.at[i]!;
    const x = box.x + LEGEND.padding + at.x;
    const y = box.y + LEGEND.padding + at.y;
    const h = item.kind === 'heading' ? LEGEND.heading : LEGEND.row;
    ctx.font = font(item.kind === 'heading');
    ctx.fillStyle = item.kind === 'heading' ? INK : MUTED;
    if (item.swatch) {
      drawSwatch(ctx, item.swatch, x, y + h / 2 - 8);
      ctx.fillText(item.text, x + LEGEND.swatch, y + h / 2);
    } else ctx.fillText(item.text, x, y + h / 2);
  }
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, c: Composition): void {
  const b = c.layout.northArrow;
  card(ctx, b);
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2 + 3;
  ctx.save();
  ctx.translate(cx, cy);
  // The map is turned by its bearing: north points that much anticlockwise.
  ctx.rotate((-c.bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -11);
  ctx.lineTo(6, 7);
  ctx.lineTo(0, 3);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, -11);
  ctx.lineTo(-6, 7);
  ctx.lineTo(0, 3);
  ctx.closePath();
  ctx.fillStyle = '#fff';
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.fill();
  ctx.stroke();
  ctx.font = `600 10px ${c.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = INK;
  ctx.fillText(c.north, 0, -11);
  ctx.restore();
}

function drawScaleBar(ctx: CanvasRenderingContext2D, c: Composition): void {
  const b = c.layout.scaleBar;
  const bar = scaleBarLength(c.metresPerPx, b.width - 20);
  card(ctx, b);
  const x0 = b.x + b.width - 10 - bar.px;
  const y = b.y + b.height - 9;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x0, y - 5);
  ctx.lineTo(x0, y);
  ctx.lineTo(x0 + bar.px, y);
  ctx.lineTo(x0 + bar.px, y - 5);
  ctx.stroke();
  ctx.font = `11px ${c.fontFamily}`;
  ctx.fillStyle = INK;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillText(`${c.number(bar.value)} ${c.units[bar.unit]}`, b.x + b.width - 10, y - 4);
  ctx.textAlign = 'left';
}

/** Draws the whole page and returns its canvas (image pixels). */
export function compose(c: Composition): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = c.size.width;
  canvas.height = c.size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(c.size.scale, c.size.scale);
  const { layout } = c;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.page.width, layout.page.height);

  // The map, then its frame.
  const m = layout.map;
  ctx.drawImage(c.map, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = FRAME;
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);

  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${TITLE_SIZE}px ${c.fontFamily}`;
  ctx.fillText(fit(ctx, c.title, layout.title.width), layout.title.x, layout.title.y + layout.title.height / 2);

  drawLegend(ctx, c);
  drawNorthArrow(ctx, c);
  drawScaleBar(ctx, c);

  // Under the map: the sources and attribution; then the date and the link (never cut: it shrinks first).
  const f = layout.footer;
  const line = FOOTER_SIZE * 1.5;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = MUTED;
  ctx.font = `${FOOTER_SIZE}px ${c.fontFamily}`;
  ctx.fillText(fit(ctx, c.credits, f.width), f.x, f.y + line / 2);
  const dateText = `${c.date}  ·  `;
  const dateWidth = ctx.measureText(dateText).width;
  ctx.fillText(dateText, f.x, f.y + line * 1.5);
  let size = FOOTER_SIZE;
  ctx.font = `${size}px ${c.fontFamily}`;
  while (size > 6 && ctx.measureText(c.link).width > f.width - dateWidth) ctx.font = `${(size -= 0.5)}px ${c.fontFamily}`;
  ctx.fillStyle = '#1f5f99';
  ctx.fillText(fit(ctx, c.link, f.width - dateWidth), f.x + dateWidth, f.y + line * 1.5);
  return canvas;
}
