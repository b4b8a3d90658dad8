// Builds one FeatureCollection per place type from the validated tables.
import type { PlaceProperties, PlaceType } from '../../src/contracts/places.ts';
import { adminRef, round } from './adminAreas.ts';
import { resolveGeometry, type Lookup, type Resolved } from './geometry.ts';
import { aliasList, hant } from './names.ts';
import type { PlaceRow, Table } from './schema.ts';
import type { Published } from './airports.ts';

/** Geometry null: an unlocated place (named, linked, never drawn). */
export type PlaceFeature = GeoJSON.Feature<GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon | GeoJSON.MultiPolygon | null, PlaceProperties>;

/** Features by type, and the lookup that resolved them (structures resolve their nodes through it). */
export function buildFeatures(tables: Table[], airports: Map<string, Published>): { byType: Map<PlaceType, PlaceFeature[]>; lookup: Lookup } {
  const rows = new Map<string, { row: PlaceRow; type: PlaceType }>();
  for (const t of tables) for (const row of t.rows) rows.set(row.id, { row, type: t.type });

  // Anchors and line nodes refer to other places: resolve depth-first, memoised, refusing cycles.
  const done = new Map<string, Resolved>();
  const busy = new Set<string>();
  const lookup: Lookup = (id) => {
    const hit = rows.get(id);
    if (!hit) return undefined;
    return { row: hit.row, resolved: resolve(id) };
  };
  function resolve(id: string): Resolved {
    const memo = done.get(id);
    if (memo) return memo;
    if (busy.has(id)) throw new Error(`anchor cycle at ${id}`);
    busy.add(id);
    const { row } = rows.get(id)!;
    const pub = airports.get(id);
    const r = pub
      ? { geometry: { type: 'Point' as const, coordinates: pub.at.map(round) }, precision: row.precision ?? ('exact' as const), source: pub.source }
      : resolveGeometry(row, lookup);
    busy.delete(id);
    done.set(id, r);
    return r;
  }

  const out = new Map<PlaceType, PlaceFeature[]>();
  for (const t of tables) {
    const feats = t.rows.map((row): PlaceFeature => {
      const r = resolve(row.id);
      const props: PlaceProperties = {
        id: row.id,
        type: t.type,
        status: row.status,
        name: row.name,
        'name:zh-Hant': hant(row.name),
        'name:en': row.en,
        aliases: aliasList(row.name, row.aliases),
        precision: r.precision,
        source: r.source,
        admin: row.admin ? adminRef(row.admin) : null,
        docs: [...row.docs].sort(),
        refs: row.refs ?? [],
      };
      if (row.statusText) props.statusText = row.statusText;
      if (row.note) props.note = row.note;
      if (row.history?.length) props.history = row.history;
      return { type: 'Feature', id: row.id, properties: props, geometry: r.geometry };
    });
    feats.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
    out.set(t.type, feats);
  }
  return { byType: out, lookup };
}
