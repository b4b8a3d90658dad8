// Turns a file the user brought (GeoJSON or a CSV with lon/lat columns) into features the map can draw.
// Pure: no DOM, no map, nothing leaves the browser. Bad input is an error value, never an exception,
// and every dropped row or feature is counted so the user learns what was skipped and why.
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';

/** Files above this are refused before they are read: the map would stall long before drawing them. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type SkipReason = 'noGeometry' | 'badCoordinates' | 'outOfRange';

export interface ParseReport {
  kept: number;
  skipped: number;
  reasons: Partial<Record<SkipReason, number>>;
}

export type ParseError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'unsupportedType' }
  | { kind: 'notJson'; line: number | null }
  | { kind: 'notGeoJson'; found: string }
  | { kind: 'noCoordColumns'; headers: string[] }
  /** Well-formed, but not one drawable feature; the report says what was skipped. */
  | { kind: 'noFeatures'; report: ParseReport };

export type ParseResult =
  | { ok: true; format: 'geojson' | 'csv'; data: FeatureCollection; report: ParseReport }
  | { ok: false; error: ParseError };

const LON_HEADERS = new Set(['lon', 'lng', 'long', 'longitude', '经度', '經度']);
const LAT_HEADERS = new Set(['lat', 'latitude', '纬度', '緯度']);
export { ACCEPTED_EXTENSIONS } from './formats.ts';

/** Checked on `File.size` before reading, so an oversized file is never loaded into memory. */
export function checkSize(bytes: number, limit = MAX_FILE_BYTES): ParseError | null {
  return bytes > limit ? { kind: 'tooLarge', bytes, limit } : null;
}

export function parseUserFile(name: string, text: string, limit = MAX_FILE_BYTES): ParseResult {
  const tooLarge = checkSize(new TextEncoder().encode(text).length, limit);
  if (tooLarge) return { ok: false, error: tooLarge };
  // Excel writes a byte-order mark at the start of UTF-8 CSVs.
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: { kind: 'empty' } };
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0];
  if (ext === '.geojson' || ext === '.json') return parseGeoJson(body);
  if (ext === '.csv') return parseCsv(body);
  return { ok: false, error: { kind: 'unsupportedType' } };
}

// --- GeoJSON -------------------------------------------------------------------------------------

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

class Tally {
  kept = 0;
  reasons: Partial<Record<SkipReason, number>> = {};
  skip(reason: SkipReason): void {
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
  }
  report(): ParseReport {
    const skipped = Object.values(this.reasons).reduce((a, b) => a + b, 0);
    return { kept: this.kept, skipped, reasons: this.reasons };
  }
}

function finish(format: 'geojson' | 'csv', features: Feature[], tally: Tally): ParseResult {
  const report = tally.report();
  if (!features.length) return { ok: false, error: { kind: 'noFeatures', report } };
  return { ok: true, format, data: { type: 'FeatureCollection', features }, report };
}

function parseGeoJson(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'notJson', line: errorLine(text, e) } };
  }
  const candidates = topLevelFeatures(json);
  if (!candidates) return { ok: false, error: { kind: 'notGeoJson', found: describeJson(json) } };
  const tally = new Tally();
  const features: Feature[] = [];
  for (const c of candidates) {
    // Anything in `features` that is not a Feature has no geometry we could draw.
    const feature: Record<string, unknown> = isObject(c) && c.type === 'Feature' ? c : {};
    const verdict = checkGeometry(feature.geometry);
    if (verdict !== 'ok') {
      tally.skip(verdict);
      continue;
    }
    tally.kept++;
    const properties: GeoJsonProperties = isObject(feature.properties) ? feature.properties : {};
    const out: Feature = { type: 'Feature', geometry: feature.geometry as Geometry, properties };
    if (typeof feature.id === 'string' || typeof feature.id === 'number') out.id = feature.id;
    features.push(out);
  }
  return finish('geojson', features, tally);
}

/** The features a GeoJSON text holds (a bare geometry counts as one), or null when it is not GeoJSON. */
function topLevelFeatures(json: unknown): unknown[] | null {
  if (!isObject(json)) return null;
  if (json.type === 'FeatureCollection') return Array.isArray(json.features) ? json.features : null;
  if (json.type === 'Feature') return [json];
  if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) return [{ type: 'Feature', geometry: json, properties: {} }];
  return null;
}

function describeJson(json: unknown): string {
  if (Array.isArray(json)) return 'array';
  if (isObject(json)) {
    if (json.type === 'FeatureCollection') return 'FeatureCollection without valid "features"';
    return typeof json.type === 'string' ? `"type": "${json.type}"` : 'object without "type"';
  }
  return json === null ? 'null' : typeof json;
}

type Verdict = 'ok' | SkipReason;

/** Depth of position nesting each geometry type requires: Point 0 (a position), LineString 1, … */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function checkGeometry(g: unknown): Verdict {
  if (!isObject(g) || typeof g.type !== 'string') return 'noGeometry';
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries) || !g.geometries.length) return 'noGeometry';
    return g.geometries.map(checkGeometry).find((v) => v !== 'ok') ?? 'ok';
  }
  const depth = DEPTH[g.type];
  if (depth === undefined) return 'noGeometry';
  const verdict = checkCoordinates(g.coordinates, depth);
  if (verdict !== 'ok') return verdict;
  // A line needs two positions and a ring four, or MapLibre silently draws nothing.
  const min = g.type === 'LineString' || g.type === 'MultiLineString' ? 2 : g.type === 'Point' ? 0 : g.type === 'MultiPoint' ? 1 : 4;
  const innermost = flattenTo(g.coordinates, depth - 1);
  return innermost.every((seq) => Array.isArray(seq) && seq.length >= min) ? 'ok' : 'badCoordinates';
}

function checkCoordinates(c: unknown, depth: number): Verdict {
  if (depth === 0) return checkPosition(c);
  if (!Array.isArray(c) || !c.length) return 'badCoordinates';
  for (const child of c) {
    const v = checkCoordinates(child, depth - 1);
    if (v !== 'ok') return v;
  }
  return 'ok';
}

function checkPosition(p: unknown): Verdict {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'badCoordinates';
  return inRange(p as Position) ? 'ok' : 'outOfRange';
}

const inRange = ([lon, lat]: Position) => lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** The arrays `depth` levels down, e.g. the rings of a MultiPolygon at depth 1. */
function flattenTo(c: unknown, depth: number): unknown[] {
  if (depth <= 0) return [c];
  return (c as unknown[]).flatMap((child) => flattenTo(child, depth - 1));
}

/** V8 reports "… at position 17"; the line is what a person can find in an editor. */
function errorLine(text: string, e: unknown): number | null {
  const pos = /position (\d+)/.exec(String((e as Error)?.message))?.[1];
  if (pos === undefined) return null;
  return text.slice(0, Number(pos)).split('\n').length;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// --- CSV -----------------------------------------------------------------------------------------

function parseCsv(text: string): ParseResult {
  const delimiter = guessDelimiter(text);
  const rows = splitCsv(text, delimiter).filter((r) => r.some((cell) => cell.trim() !== ''));
  const header = (rows.shift() ?? []).map((h) => h.trim());
  const norm = header.map((h) => h.toLowerCase());
  const lonIdx = norm.findIndex((h) => LON_HEADERS.has(h));
  const latIdx = norm.findIndex((h) => LAT_HEADERS.has(h));
  if (lonIdx < 0 || latIdx < 0) return { ok: false, error: { kind: 'noCoordColumns', headers: header } };
  const keys = header.map((h, i) => h || `column ${i + 1}`);
  const tally = new Tally();
  const features: Feature[] = [];
  for (const row of rows) {
    const lon = toNumber(row[lonIdx], delimiter);
    const lat = toNumber(row[latIdx], delimiter);
    if (lon === null || lat === null) {
      tally.skip('badCoordinates');
      continue;
    }
    if (!inRange([lon, lat])) {
      tally.skip('outOfRange');
      continue;
    }
    tally.kept++;
    // Cells stay strings: the popup shows them as text, exactly as the user wrote them.
    const properties: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (i !== lonIdx && i !== latIdx) properties[k] = row[i] ?? '';
    });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  }
  return finish('csv', features, tally);
}

/** Comma unless the header line has more semicolons or tabs (European Excel, pasted tables). */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => unquoted.split(d).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** RFC 4180: quoted fields may hold the delimiter, newlines and doubled quotes. */
function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/** Longer than any coordinate is written: such a cell is not one (and is never scanned further). */
const MAX_NUMBER_LENGTH = 40;

/** A decimal number (sign, digits, one point, an exponent), read by one pass over its characters: no
 * regular expression, so no cell can make it backtrack (a 20,000-digit cell used to freeze the tab). */
function toNumber(cell: string | undefined, delimiter: string): number | null {
  let s = cell?.trim() ?? '';
  if (s === '' || s.length > MAX_NUMBER_LENGTH) return null;
  // Semicolon-separated files come from locales that write a decimal comma: 113,54.
  if (delimiter !== ',' && !s.includes('.') && s.indexOf(',') === s.lastIndexOf(',')) s = s.replace(',', '.');
  let i = s[0] === '-' || s[0] === '+' ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point) point = true;
    else break;
  }
  if (digits === 0) return null;
  if (i < s.length && (s[i] === 'e' || s[i] === 'E')) {
    i++;
    if (s[i] === '-' || s[i] === '+') i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return null;
  }
  return i === s.length ? Number(s) : null;
}
