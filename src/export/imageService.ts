// `export.image`: the current view as a PNG for a report or a slide, at screen size, 1920 × 1080 or A4
// landscape at 300 dpi, with a title, the legend of what it shows, a scale bar, a north arrow, the data
// sources, the date and the link that reopens the view. The map is rendered off screen from the same
// style (image/renderMap.ts) and composed on a canvas (image/compose.ts); the page's own controls are
// never in it and the on-screen map does not move. Loads with the first export, never with the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import { creditLine, type Basemap } from '../data/loadBasemap.ts';
import { fullMapLink } from '../embed/share/snippet.ts';
import { fill } from '../i18n/format.ts';
import type { Translate } from '../i18n/messages.ts';
import { CommandError } from '../kernel/commands.ts';
import { snapshotOf, type AtlasState } from '../kernel/state.ts';
import type { AtlasStoreApi } from '../kernel/store.ts';
import { countsLegendOf } from '../map/countsLegend.ts';
import { COUNTY_ZOOM } from '../map/layers/itemCounts.ts';
import { mapLayers } from '../map/layers/index.ts';
import { legendAt } from '../map/legendAt.ts';
import { onlineCredit } from '../map/online/credits.ts';
import { COUNTS_LABELS } from '../panels/counts/labels.ts';
import { compose, legendFits, type LegendBlock } from './image/compose.ts';
import { IMAGE_LABELS as T } from './image/labels.ts';
import { fitZoom, metresPerPixel, pageLayout, pageSize, type ImagePreset } from './image/layout.ts';
import { withDpi } from './image/pngDpi.ts';
import { renderMap } from './image/renderMap.ts';

export interface ImageExport {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
}

/** The fonts of each UI language, as the page's own stylesheet gives them (base.css). */
const FONTS: Record<AtlasState['locale'], string> = {
  'zh-Hans': "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
  'zh-Hant': "'Noto Sans CJK HK', 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang HK', 'Microsoft JhengHei', system-ui, sans-serif",
  en: "'Noto Sans', system-ui, 'Noto Sans CJK SC', sans-serif",
};

/** What an export reads of its atlas (the atlas itself: it also owns the counts' legend). */
export interface ImageSource {
  map: MapLibreMap | null;
  basemap: Basemap | null;
  store: AtlasStoreApi;
  defaultLocale: Locale;
}

/** What the export is handed by its caller (the atlas's first-load code has them: importing them here
 * would split them out of the first load's chunk). */
export interface ImageHelpers {
  /** The UI's words in a language. */
  translator: (locale: Locale) => Translate;
  /** Whether the map draws the item counts in a state. */
  countsDrawn: (s: AtlasState) => boolean;
}

/** One export at a time: each renders a second WebGL map. */
let running = false;

/** The legend of what the exported map draws at its zoom: the layer groups' entries and the item counts' classes. */
function legendBlocks(inst: ImageSource, s: AtlasState, zoom: number, counts: boolean): LegendBlock[] {
  const { locale } = s;
  const numbers = new Intl.NumberFormat(locale);
  return legendAt(mapLayers, zoom, s.layers, (g) => g !== 'item-counts' || counts).flatMap((g): LegendBlock[] => {
    if (g.group !== 'item-counts') return [{ heading: g.label[locale], entries: g.entries.map((e) => ({ label: e.label[locale], swatch: e.swatch })) }];
    const data = countsLegendOf(inst);
    const band = data && (zoom >= COUNTY_ZOOM ? data.westBank : data.gba);
    if (!band) return [];
    const round = s.counts === 'badges';
    return [
      {
        heading: COUNTS_LABELS.title[locale],
        entries: [
          ...(band.empty > 0 && !round ? [{ label: COUNTS_LABELS.zero[locale], swatch: { kind: 'fill' as const, color: band.zero, outline: '#a99c88' } }] : []),
          ...band.classes.map((c) => ({
            label: c.min === c.max ? numbers.format(c.min) : `${numbers.format(c.min)}–${numbers.format(c.max)}`,
            swatch: round ? { kind: 'circle' as const, color: c.color, radius: 6 } : { kind: 'fill' as const, color: c.color },
          })),
        ],
      },
    ];
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export async function exportImage(inst: ImageSource, { translator, countsDrawn }: ImageHelpers, preset: ImagePreset, title: string | undefined, now = new Date()): Promise<ImageExport> {
  const map = inst.map;
  const s = inst.store.getState();
  if (!map || !inst.basemap || s.status !== 'ready') throw new CommandError('the map has not loaded yet');
  if (running) throw new CommandError('an image is already being exported');
  running = true;
  try {
    const { locale } = s;
    const t = translator(locale);
    const container = map.getContainer();
    const screen = { width: container.clientWidth, height: container.clientHeight, pixelRatio: window.devicePixelRatio || 1 };
    const size = pageSize(preset, screen);
    const c = map.getCenter();
    const fontFamily = FONTS[locale];
    // The page's fonts, loaded before any text is measured (a system font may not have been used yet).
    await Promise.all([`600 22px ${fontFamily}`, `12px ${fontFamily}`].map((f) => document.fonts?.load(f, title ?? t('appTitle')).catch(() => []))).catch(() => []);
    const legendText = { legendTitle: t('legend'), legendMore: (count: number) => fill(T.legendMore[locale], { count }), fontFamily };
    const plan = (columns: 1 | 2) => {
      const layout = pageLayout(size, columns);
      const zoom = fitZoom(map.getZoom(), screen, layout.map);
      return { layout, zoom, legend: legendBlocks(inst, s, zoom, countsDrawn(s)) };
    };
    // A legend too long for one column beside the map gets two (the map narrows, and its zoom with it).
    let page = plan(1);
    if (page.layout.legendBeside && !legendFits({ ...legendText, layout: page.layout, legend: page.legend })) page = plan(2);
    const { layout } = page;
    const camera = { center: [c.lng, c.lat] as [number, number], zoom: page.zoom, bearing: map.getBearing(), pitch: map.getPitch() };
    const countsMap = countsDrawn(s) ? await import('../map/countsMap.ts') : null;
    const rendered = await renderMap(map, {
      width: layout.map.width,
      height: layout.map.height,
      scale: size.scale,
      camera,
      copyState: countsMap ? (to) => countsMap.copyCounts(map, to) : undefined,
    });
    const canvas = compose({
      size,
      layout,
      map: rendered,
      title: title?.trim() || t('appTitle'),
      legend: page.legend,
      ...legendText,
      credits: [creditLine(inst.basemap.credits, locale), onlineCredit(s.basemap, locale)].filter(Boolean).join(' | '),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now),
      link: fullMapLink(window.location, snapshotOf(s), inst.defaultLocale),
      bearing: camera.bearing,
      metresPerPx: metresPerPixel(camera.center[1], camera.zoom),
      north: T.north[locale],
      units: { km: T.km[locale], m: T.m[locale] },
      number: (n) => new Intl.NumberFormat(locale).format(n),
    });
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
    const bytes = withDpi(new Uint8Array(await png.arrayBuffer()), size.dpi ?? 96 * size.scale);
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), fileName: `gba-plan-atlas_${day(now)}_${preset}.png`, width: size.width, height: size.height };
  } finally {
    running = false;
  }
}
