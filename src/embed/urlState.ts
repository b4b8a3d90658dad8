// The URL codec: everything that defines a view besides the map position, kept in the hash next to
// MapLibre's own `map=zoom/lat/lng`, e.g.
//   #map=9/22.2/113.5&layers=heritage,-structure-axes&sel=places:zuh&panel=items&q=港珠澳&doc=004
// Decoding is forgiving: each bad part is dropped and named, the rest still applies.
import { DOC_IDS, ITEM_KINDS, THEME_IDS } from '../contracts/corpus.ts';
import { emptyItemFilter } from '../kernel/updaters.ts';
import { isGroupVisible, LAYER_GROUPS, LAYER_GROUP_IDS, type LayerGroupId } from '../kernel/layerGroups.ts';
import { SELECTION_KINDS, type SelectionKind } from '../map/selection.ts';
import type { AtlasState, ItemFilter, Selection } from '../kernel/state.ts';

/** The parts of the state the hash carries (the view is MapLibre's `map=`). */
export type UrlState = Pick<AtlasState, 'layers' | 'opacity' | 'selection' | 'panel'> & { itemFilter: ItemFilter };

const PANELS = ['items', 'layers', 'summary'] as const;
const KEYS = ['layers', 'opacity', 'sel', 'panel', 'q', 'doc', 'theme', 'lead', 'year', 'kind', 'anchor', 'ctx'];
/** Item filters that take one of a fixed set of values; the URL key is the filter's own name. */
const ENUM_FILTERS = {
  doc: DOC_IDS,
  theme: THEME_IDS,
  kind: ITEM_KINDS,
  anchor: ['named', 'fallback'],
} as const satisfies { [K in keyof ItemFilter]?: readonly NonNullable<ItemFilter[K]>[] };
type EnumFilter = keyof typeof ENUM_FILTERS;
const isEnumFilter = (key: string): key is EnumFilter => Object.hasOwn(ENUM_FILTERS, key);
/** zoom/lat/lng[/bearing[/pitch]], as MapLibre writes it. */
const MAP_VIEW = /^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(\/-?\d+(\.\d+)?){0,2}$/;

export function encodeUrlState(s: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  // Only what differs from the defaults, so a plain link stays short.
  const layers = LAYER_GROUPS.filter((g) => isGroupVisible(g.id, s.layers) !== g.visible).map((g) => (g.visible ? `-${g.id}` : g.id));
  if (layers.length) p.set('layers', layers.join(','));
  const dimmed = Object.entries(s.opacity).map(([g, v]) => `${g}:${Math.round(v * 100)}`);
  if (dimmed.length) p.set('opacity', dimmed.join(','));
  if (s.selection) p.set('sel', `${s.selection.layer}:${s.selection.id}`);
  if (s.panel) p.set('panel', s.panel);
  if (s.itemFilter.query) p.set('q', s.itemFilter.query);
  if (s.itemFilter.doc) p.set('doc', s.itemFilter.doc);
  if (s.itemFilter.theme) p.set('theme', s.itemFilter.theme);
  if (s.itemFilter.lead) p.set('lead', s.itemFilter.lead);
  if (s.itemFilter.year !== null) p.set('year', String(s.itemFilter.year));
  if (s.itemFilter.kind) p.set('kind', s.itemFilter.kind);
  if (s.itemFilter.anchor) p.set('anchor', s.itemFilter.anchor);
  if (s.itemFilter.withContext) p.set('ctx', '1');
  return p;
}

export interface DecodedUrlState {
  state: UrlState;
  /** `key=value` of each part that was not understood. */
  ignored: string[];
}

export function decodeUrlState(hash: string): DecodedUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const ignored: string[] = [];
  const state: UrlState = { layers: {}, opacity: {}, selection: null, panel: null, itemFilter: { ...emptyItemFilter } };
  const bad = (k: string, v: string) => ignored.push(`${k}=${v}`);

  for (const [key, value] of params) {
    if (key === 'map') {
      // MapLibre reads it, and silently ignores what it cannot: say so instead.
      if (!MAP_VIEW.test(value)) bad(key, value);
      continue;
    }
    if (key === 'layers') {
      for (const token of value.split(',').filter(Boolean)) {
        const id = LAYER_GROUP_IDS.find((g) => g === token.replace(/^-/, ''));
        if (id) state.layers[id as LayerGroupId] = !token.startsWith('-');
        else bad(key, token);
      }
    } else if (key === 'opacity') {
      for (const token of value.split(',').filter(Boolean)) {
        const [g, pct] = token.split(':');
        const id = LAYER_GROUP_IDS.find((x) => x === g);
        const n = Number(pct);
        if (id && /^\d{1,3}$/.test(pct ?? '') && n <= 100) state.opacity[id as LayerGroupId] = n / 100;
        else bad(key, token);
      }
    } else if (key === 'sel') {
      const at = value.indexOf(':');
      const kind = SELECTION_KINDS.find((k) => k === value.slice(0, at));
      const id = value.slice(at + 1);
      if (at > 0 && kind && id) state.selection = { layer: kind as SelectionKind, id } satisfies Selection;
      else bad(key, value);
    } else if (key === 'panel') {
      const panel = PANELS.find((x) => x === value);
      if (panel) state.panel = panel;
      else bad(key, value);
    } else if (key === 'q') {
      state.itemFilter.query = value.slice(0, 200);
    } else if (isEnumFilter(key)) {
      const allowed: readonly string[] = ENUM_FILTERS[key];
      // The value is one of the filter's own (ENUM_FILTERS says so by type), so the write is sound.
      if (allowed.includes(value)) (state.itemFilter as Record<EnumFilter, string | null>)[key] = value;
      else bad(key, value);
    } else if (key === 'lead') {
      // Any unit name: the item list shows no match for an unknown one, and says so.
      state.itemFilter.lead = value.slice(0, 100);
    } else if (key === 'year') {
      const year = Number(value);
      if (/^\d{4}$/.test(value) && year >= 1990 && year <= 2100) state.itemFilter.year = year;
      else bad(key, value);
    } else if (key === 'ctx') {
      if (value === '1' || value === '0') state.itemFilter.withContext = value === '1';
      else bad(key, value);
    } else {
      bad(key, value);
    }
  }
  return { state, ignored };
}

/** Whether two hashes carry the same state of ours (however they are spelled). */
export const sameUrlState = (a: UrlState, b: UrlState): boolean => encodeUrlState(a).toString() === encodeUrlState(b).toString();

/** The new hash: MapLibre's `map=` part kept as it is, every part of ours replaced. */
export function withUrlState(hash: string, s: UrlState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const k of KEYS) params.delete(k);
  for (const [k, v] of encodeUrlState(s)) params.set(k, v);
  // URLSearchParams escapes `/`, `:` and `,`, all legal in a fragment: keep the hash readable.
  const text = params.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
