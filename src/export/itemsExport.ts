// The filtered plan items as files for a report: a CSV that Excel opens with the Chinese intact and
// a GeoJSON of the places they name. Pure: the app hands in the items the filters show (the same
// search the list runs) and lookups for names; nothing here reads the store or the DOM.
import { csvFormatRow } from 'd3-dsv';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlanDoc, PlanItem } from '../contracts/corpus.ts';
import { L, type Label, type Locale } from '../contracts/label.ts';
import type { ItemFilter, TextScript } from '../kernel/state.ts';
import { itemIn, shownScript } from '../i18n/planScript.ts';

/** What the export reads besides the items. */
export interface ExportContext {
  locale: Locale;
  /** The script plan text is shown in (the state's `text`). */
  text: TextScript;
  docs: readonly PlanDoc[];
  /** The places an item counts for (its text's, else inherited, else its anchor), in order. */
  placesOf(item: PlanItem): readonly { placeId: string; layer: string }[];
  /** A place's (or admin unit's) feature, null geometry when it is unlocated; undefined when unknown. */
  feature(placeId: string, layer: string): Feature<Geometry | null> | undefined;
  /** A name in the UI language. */
  placeName(f: Feature<Geometry | null>): string;
  unitName(name: string): string;
  themeName(id: string): string;
}

const COLUMNS: readonly [key: string, label: Label][] = [
  ['id', L('编号', '編號', 'ID')],
  ['doc', L('文件', '文件', 'Document')],
  ['number', L('序号', '序號', 'Number')],
  ['title', L('标题', '標題', 'Title')],
  ['text', L('正文', '正文', 'Text')],
  ['script', L('字体', '字體', 'Script')],
  ['lead', L('牵头单位', '牽頭單位', 'Lead units')],
  ['partners', L('参与单位', '參與單位', 'Partner units')],
  ['years', L('年份', '年份', 'Years')],
  ['themes', L('主题', '主題', 'Themes')],
  ['places', L('地点', '地點', 'Places')],
  ['source', L('原文行', '原文行', 'Source lines')],
];

const SCRIPT_NOTE: Record<'printed' | 'Hans' | 'Hant', Label> = {
  printed: L('原文', '原文', 'as printed'),
  Hans: L('由繁体转换为简体', '由繁體轉換為簡體', 'converted to Simplified'),
  Hant: L('由简体转换为繁体', '由簡體轉換為繁體', 'converted to Traditional'),
};

/** A spreadsheet reads a cell opening with = + - @ (or a tab or carriage return) as a formula: such
 * cells get a leading apostrophe, which Excel and LibreOffice show as text (OWASP's advice). */
export function escapeFormula(cell: string): string {
  const c = cell.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${cell}` : cell;
}

/** The byte-order mark that makes Excel read a CSV as UTF-8. */
export const BOM = '\uFEFF';

export function itemsCsv(items: readonly PlanItem[], ctx: ExportContext): string {
  const docs = new Map(ctx.docs.map((d) => [d.id, d]));
  const sep = ctx.locale === 'en' ? '; ' : '；';
  const rows = items.map((item) => {
    const doc = docs.get(item.docId);
    const printed = doc?.script ?? 'Hans';
    const script = shownScript(ctx.text, ctx.locale, printed);
    const shown = itemIn(item, script, printed);
    const places = [...new Set(ctx.placesOf(item).flatMap((p) => {
      const f = ctx.feature(p.placeId, p.layer);
      return f ? [ctx.placeName(f)] : [];
    }))];
    const docTitle = doc ? (ctx.locale === 'en' ? doc.titles.en : doc.titles[script === 'Hans' ? 'zh-Hans' : 'zh-Hant']) : '';
    return [
      item.id,
      `${item.docId} ${docTitle}`.trim(),
      item.number ?? '',
      shown.title,
      shown.text,
      SCRIPT_NOTE[shown.converted ? script : 'printed'][ctx.locale],
      item.leadUnits.map(ctx.unitName).join(sep),
      item.partnerUnits.map(ctx.unitName).join(sep),
      [...new Set(item.years.map((y) => y.year))].sort().join(sep),
      item.themes.map(ctx.themeName).join(sep),
      places.join(sep),
      doc ? `${doc.file}:${item.sourceLines[0]}-${item.sourceLines[1]}` : `${item.sourceLines[0]}-${item.sourceLines[1]}`,
    ].map((cell) => escapeFormula(String(cell)));
  });
  // Rows end in CRLF, as RFC 4180 and Excel expect; d3-dsv quotes cells with commas, quotes or line breaks.
  return BOM + [COLUMNS.map(([, label]) => label[ctx.locale]), ...rows].map((r) => csvFormatRow(r)).join('\r\n') + '\r\n';
}

/** The places the items name, each once, with the ids and titles of the items naming it (in the
 * items' order). Unlocated places keep a null geometry and say why. */
export function placesGeoJson(items: readonly PlanItem[], ctx: ExportContext): FeatureCollection<Geometry | null> {
  const byPlace = new Map<string, { f: Feature<Geometry | null>; layer: string; items: string[] }>();
  for (const item of items)
    for (const p of ctx.placesOf(item)) {
      const key = `${p.layer}:${p.placeId}`;
      let entry = byPlace.get(key);
      if (!entry) {
        const f = ctx.feature(p.placeId, p.layer);
        if (!f) continue;
        byPlace.set(key, (entry = { f, layer: p.layer, items: [] }));
      }
      if (!entry.items.includes(item.id)) entry.items.push(item.id);
    }
  return {
    type: 'FeatureCollection',
    features: [...byPlace.values()].map(({ f, layer, items: ids }) => ({
      type: 'Feature',
      id: `${layer}:${String(f.properties?.id ?? f.id ?? '')}`,
      geometry: f.geometry,
      properties: { ...pick(f.properties), layer, displayName: ctx.placeName(f), items: ids },
    })),
  };
}

/** The properties worth carrying (names, kind, status, precision and its reason, source), own keys only. */
const KEEP = ['id', 'adcode', 'name', 'name:zh-Hant', 'name:en', 'type', 'status', 'precision', 'unlocatedReason', 'source'];
function pick(p: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p) for (const k of KEEP) if (Object.hasOwn(p, k)) out[k] = p[k];
  return out;
}

/** `gba-plan-items_2026-12-05_lead-省交通运输厅_theme-transport.csv`: the date and the filter set. */
export function exportFileName(kind: 'items' | 'places', filter: ItemFilter, date: Date, ext: 'csv' | 'geojson'): string {
  const parts: string[] = [];
  const add = (k: string, v: string | number | null) => {
    if (v !== null && v !== '') parts.push(`${k}-${String(v)}`);
  };
  add('doc', filter.doc);
  add('theme', filter.theme);
  add('lead', filter.lead);
  add('year', filter.year);
  add('kind', filter.kind);
  add('anchor', filter.anchor);
  add('q', filter.query.trim());
  // Characters no file system takes (and control characters, spaces) become a hyphen; the name stays short.
  const safe = [...parts.join('_')]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) || /\s/.test(ch) ? '-' : ch))
    .join('')
    .slice(0, 80);
  const day = date.toISOString().slice(0, 10);
  return `gba-plan-${kind}_${day}${safe ? `_${safe}` : ''}.${ext}`;
}
