// The curated row format of data/places/<type>.json and its validation. Tables are hand-edited,
// so every check here names the table and row it failed on.
import { DOC_IDS } from '../../src/contracts/corpus.ts';
import { PLACE_TYPES, STATUSES, type DocId, type PlaceHistoryEntry, type PlaceType, type Precision, type Status } from '../../src/contracts/places.ts';

export type LonLat = [number, number];

export interface PlaceRow {
  id: string;
  name: string;
  en: string;
  aliases?: string[];
  status: Status;
  /** Defaults: `at` and `area` → exact, `anchor` → approximate, `via` → schematic. */
  precision?: Precision;
  /** Required unless the geometry comes from an anchor or a package (then derived). */
  source?: string;
  /** County adcode (west bank) or city adcode elsewhere; lines may omit it. */
  admin?: string;
  docs: DocId[];
  refs?: string[];
  statusText?: string;
  note?: string;
  /** Earlier names and designations, oldest first, each with its source. */
  history?: PlaceHistoryEntry[];
  /** Two places may share an alias only when both are marked ambiguous. */
  ambiguous?: boolean;
  // Geometry: exactly one of these.
  at?: LonLat;
  /** Coordinates as published in GCJ-02 (e.g. Wikipedia infobox "source:Gaode"); converted at build. */
  gcj?: LonLat;
  /** Place id, or "adm:<adcode>" for the DataV seat of a district/county. */
  anchor?: string;
  /** Line through place ids or "lon,lat" strings. */
  via?: string[];
  /** "adm:<adcode>": the place's extent is that whole district (a polygon; its seat labels it). */
  area?: string;
  /** Airports: looked up in airport-data-js. */
  iata?: string;
  icao?: string;
  /** No geometry: why the seeds give nothing to place it by (shown on its card and in the coverage report). */
  unlocated?: string;
}

export interface Table {
  type: PlaceType;
  rows: PlaceRow[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REF = /^00[0-4]:\d+$/;
// Everything the plans name lies in this box (Pan-PRD mentions outside it are not mapped).
const BBOX = { w: 109, s: 20, e: 116, n: 24.5 };

export function inBbox([lon, lat]: LonLat): boolean {
  return lon >= BBOX.w && lon <= BBOX.e && lat >= BBOX.s && lat <= BBOX.n;
}

/** Returns the list of problems (empty when the row is valid). */
export function checkRow(type: string, row: PlaceRow): string[] {
  const where = `${type}/${row.id ?? '?'}`;
  const errs: string[] = [];
  const req = (ok: unknown, msg: string) => {
    if (!ok) errs.push(`${where}: ${msg}`);
  };
  req(typeof row.id === 'string' && ID.test(row.id), 'id must be kebab-case ascii');
  req(typeof row.name === 'string' && row.name.length > 0, 'name missing');
  req(typeof row.en === 'string' && row.en.length > 0, 'en missing');
  req(row.status in STATUSES, `unknown status "${row.status}"`);
  req(Array.isArray(row.docs) && row.docs.length > 0 && row.docs.every((d) => (DOC_IDS as readonly string[]).includes(d)), 'docs must list seed ids');
  req(!row.refs || row.refs.every((r) => REF.test(r)), 'refs must look like "004:279"');
  const geoms = [row.at, row.gcj, row.anchor, row.via, row.area, row.iata ?? row.icao, row.unlocated].filter((g) => g !== undefined);
  req(geoms.length === 1, 'exactly one of at / gcj / anchor / via / area / iata|icao / unlocated');
  if (row.unlocated !== undefined) req(row.unlocated.trim().length >= 20 && !row.precision && !row.source, 'unlocated: give the reason (it is the source) and no precision or source');
  if (row.area) req(/^adm:\d{6}$/.test(row.area), 'area must be "adm:<adcode>"');
  for (const c of [row.at, row.gcj]) if (c) req(c.length === 2 && inBbox(c), `coordinate ${c.join(',')} outside the map box`);
  if (row.via) req(row.via.length >= 2, 'a line needs at least two nodes');
  req(row.source || row.anchor || row.iata || row.icao || row.unlocated, 'source missing');
  for (const h of row.history ?? []) {
    req(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(h.date) && h.name && h.source && h.event?.['zh-Hans'] && h.event['zh-Hant'] && h.event.en, `history entry ${h.date}: needs date, name, event in three scripts and source`);
  }
  if (row.precision) req(['exact', 'approximate', 'schematic'].includes(row.precision), 'bad precision');
  req((PLACE_TYPES as readonly string[]).includes(type), `unknown table type ${type}`);
  return errs;
}
