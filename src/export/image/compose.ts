// Composes an exported image on a 2D canvas: the title, the rendered map, the legend of what it shows,
// a scale bar, a north arrow turned with the map, and under the map the data sources and attribution,
// the date and the link that reopens the view. All text is drawn by the browser in the page's fonts.
import type { Swatch } from '../../map/layers/types.ts';
import { FOOTER_SIZE, LEGEND, legendColumns, legendPlacement, scaleBarLength, TITLE_SIZE, type Box, type LegendItem, type PageLayout, type PageSize } from './layout.ts';

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

/** Splits `text` into at most `max` lines of `width` (at word breaks where there are spaces, else
 * between characters, as Chinese wraps), the last cut with an ellipsis if it still does not fit. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < max - 1 && ctx.measureText(rest).width > width) {
    const chars = Array.from(rest);
    // The most characters that fit, then back to the last space among them (if any, and not too far back).
    let n = 1;
    while (n < chars.length && ctx.measureText(chars.slice(0, n + 1).join('')).width <= width) n++;
    const space = chars.slice(0, n + 1).lastIndexOf(' ');
    if (space > n / 2) n = space;
    lines.push(chars.slice(0, n).join('').trimEnd());
    rest = chars.slice(n).join('').trimStart();
  }
  if (rest) lines.push(fit(ctx, rest, width));
  return lines;
}

type LegendText = Pick<Composition, 'legend' | 'layout' | 'legendTitle' | 'legendMore' | 'fontFamily'>;

/** The legend's rows as drawn in its room: wrapped, placed in columns, and whether all of them fit. */
function layoutLegend(ctx: CanvasRenderingContext2D, c: LegendText) {
  const font = (bold: boolean) => `${bold ? '600 ' : ''}12px ${c.fontFamily}`;
  // Beside or under the map, on the white page: no card, the text lines up with the map's edge.
  const room = c.layout.legendMax;
  const raw: { kind: 'heading' | 'entry'; text: string; swatch?: Swatch }[] = [{ kind: 'heading', text: c.legendTitle }];
  for (const block of c.legend) {
    // A group of one entry needs no heading of its own: its entry names it (print has less room than a panel).
    if (block.entries.length > 1) raw.push({ kind: 'heading', text: block.heading });
    for (const e of block.entries) raw.push({ kind: 'entry', text: e.label, swatch: e.swatch });
  }
  const col = legendColumns(room, c.layout.legendBeside);
  const measured = (item: (typeof raw)[number]): LegendItem & { text: string; swatch?: Swatch; wrapped: string[] } => {
    ctx.font = font(item.kind === 'heading');
    const wrapped = wrap(ctx, item.text, item.swatch ? col.width - LEGEND.swatch : col.width, 2);
    return { ...item, wrapped, lines: wrapped.length, textWidth: Math.max(...wrapped.map((l) => ctx.measureText(l).width)) };
  };
  let items = raw.map(measured);
  let place = legendPlacement(items, col.width, col.columns, room.height);
  const complete = place.shown === items.length;
  if (!complete) {
    // The rows that fit, less two, and a line saying how many were left out.
    const kept = items.slice(0, Math.max(1, place.shown - 2));
    items = [...kept, measured({ kind: 'heading', text: c.legendMore(items.length - kept.length) })];
    place = legendPlacement(items, col.width, col.columns, room.height);
  }
  return { items, place, complete, font };
}

/** Whether every legend row fits in the layout's legend room (else the page takes a second column). */
export function legendFits(c: LegendText): boolean {
  const ctx = document.createElement('canvas').getContext('2d');
  return !ctx || !c.legend.length || layoutLegend(ctx, c).complete;
}

function drawLegend(ctx: CanvasRenderingContext2D, c: Composition): void {
  if (!c.legend.length) return;
  const room = c.layout.legendMax;
  const { items, place, font } = layoutLegend(ctx, c);
  ctx.textBaseline = 'middle';
  for (let i = 0; i < place.shown; i++) {
    const item = items[i]!;
    const at = place.at[i]!;
    const x = room.x + at.x;
    const y = room.y + at.y;
    const heading = item.kind === 'heading';
    ctx.font = font(heading);
    ctx.fillStyle = heading ? INK : MUTED;
    // A heading's text sits at the bottom of its taller row; an entry's first line by its swatch.
    const first = y + (heading ? LEGEND.heading - LEGEND.row / 2 : LEGEND.row / 2);
    if (item.swatch) drawSwatch(ctx, item.swatch, x, first - 8);
    item.wrapped.forEach((line, k) => ctx.fillText(line, x + (item.swatch ? LEGEND.swatch : 0), first + k * LEGEND.line));
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

  // Under the map: the sources and attribution (wrapped on a narrow page); then the date and the link
  // (never cut while it can shrink).
  const f = layout.footer;
  const line = FOOTER_SIZE * 1.5;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = MUTED;
  ctx.font = `${FOOTER_SIZE}px ${c.fontFamily}`;
  wrap(ctx, c.credits, f.width, layout.footerLines - 1).forEach((text, i) => ctx.fillText(text, f.x, f.y + line * (i + 0.5)));
  const last = f.y + line * (layout.footerLines - 0.5);
  const dateText = `${c.date}  ·  `;
  const dateWidth = ctx.measureText(dateText).width;
  ctx.fillText(dateText, f.x, last);
  let size = FOOTER_SIZE;
  while (size > 6 && ctx.measureText(c.link).width > f.width - dateWidth) ctx.font = `${(size -= 0.5)}px ${c.fontFamily}`;
  ctx.fillStyle = '#1f5f99';
  ctx.fillText(fit(ctx, c.link, f.width - dateWidth), f.x + dateWidth, last);
  return canvas;
}
