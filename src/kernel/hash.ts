// The URL codec: a snapshot as the page's hash, and back. The app writes the whole hash (MapLibre's
// own `hash` option is off), e.g.
//   #map=9/22.25/113.5&layers=heritage,-structure-axes&sel=places:zuh&panel=items&q=港珠澳&doc=004
// and, presenting, `&present=structure&slide=3` (1-based); `counts=badges` draws the item counts as
// badges instead of shaded areas; `legend=0`/`legend=1` when the on-map legend was collapsed or opened by
// hand (absent: as the screen suits); `text=original|Hans|Hant` when plan text is not shown in the
// UI language's script; `base=tianditu-vector|tianditu-imagery|openfreemap` for an online basemap (never its key).
// `map=zoom/lat/lng[/bearing[/pitch]]` keeps MapLibre's convention, so links made before still open.
// Decoding only turns text into values; `parseSnapshot` validates them, and every part it or this file
// cannot use is reported as the `key=value` the reader can find in the link.
import type { Locale } from '../contracts/label.ts';
import { LAYER_GROUPS, isGroupVisible } from './layerGroups.ts';
import { parseSnapshot, preview, type Ignored } from './snapshot.ts';
import type { Snapshot } from './state.ts';

export interface HashOptions {
  /** The language the page opens in without `lang=` (the `?lang=` query, else 简体): not written. */
  defaultLocale: Locale;
}

/** The URL keys of each filter. */
const FILTER_PARAMS = { q: 'query', doc: 'doc', theme: 'theme', lead: 'lead', year: 'year', kind: 'kind', anchor: 'anchor', ctx: 'withContext', own: 'textOnly' } as const;
const FILTER_KEYS = new Map<string, string>(Object.entries(FILTER_PARAMS));

/** The hash for a snapshot: only what differs from the defaults, besides the view. */
export function encodeHash(s: Snapshot, { defaultLocale }: HashOptions): string {
  const p = new URLSearchParams();
  const { zoom, center, bearing, pitch } = s.view;
  p.set('map', [zoom, center[1], center[0], ...(bearing || pitch ? [bearing] : []), ...(pitch ? [pitch] : [])].map(String).join('/'));
  const layers = LAYER_GROUPS.filter((g) => isGroupVisible(g.id, s.layers) !== g.visible).map((g) => (g.visible ? `-${g.id}` : g.id));
  if (layers.length) p.set('layers', layers.join(','));
  const dimmed = LAYER_GROUPS.filter((g) => Object.hasOwn(s.opacity, g.id)).map((g) => `${g.id}:${Math.round(s.opacity[g.id]! * 100)}`);
  if (dimmed.length) p.set('opacity', dimmed.join(','));
  if (s.selection) p.set('sel', `${s.selection.kind}:${s.selection.id}`);
  if (s.panel) p.set('panel', s.panel);
  const f = s.filters;
  if (f.query) p.set('q', f.query);
  if (f.doc) p.set('doc', f.doc);
  if (f.theme) p.set('theme', f.theme);
  if (f.lead) p.set('lead', f.lead);
  if (f.year !== null) p.set('year', String(f.year));
  if (f.kind) p.set('kind', f.kind);
  if (f.anchor) p.set('anchor', f.anchor);
  if (f.withContext) p.set('ctx', '1');
  if (f.textOnly) p.set('own', '1');
  if (s.counts !== 'map') p.set('counts', s.counts);
  if (s.locale !== defaultLocale) p.set('lang', s.locale);
  if (s.legend !== null) p.set('legend', s.legend ? '1' : '0');
  if (s.text !== 'auto') p.set('text', s.text);
  if (s.basemap !== 'offline') p.set('base', s.basemap);
  if (s.presentation) {
    p.set('present', s.presentation.deck);
    p.set('slide', String(s.presentation.slide));
  }
  // URLSearchParams escapes `/`, `:` and `,`, all legal in a fragment: keep the hash readable. Every
  // other `%` in its output starts an escape, so only real escapes are replaced.
  return `#${p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',')}`;
}

export interface DecodedHash {
  snapshot: Snapshot;
  /** Each part that was not applied, as `key=value` from the link. */
  ignored: string[];
  /** Whether the hash set the view (`map=`); without it the view is the base's. */
  hasView: boolean;
}

/** A decimal number as the URL writes it: bounded digits, no exponent (a pattern that cannot backtrack). */
const DECIMAL = /^-?\d{1,4}(\.\d{1,15})?$/;
const INTEGER = /^\d{1,4}$/;

/** Sets an own property whatever its name (`__proto__` included), never the prototype. */
const setOwn = (o: object, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * The snapshot a hash describes, over `base` (the defaults, with the view the map has now: a hash
 * without `map=` keeps it). Parts that are repeated, unknown or invalid are named in `ignored`.
 */
export function decodeHash(hash: string, base: Snapshot): DecodedHash {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const raw: Record<string, unknown> = {};
  const filters: Record<string, unknown> = {};
  const layers: Record<string, unknown> = {};
  const opacity: Record<string, unknown> = {};
  /** Where each snapshot path came from in the link, to name it as the reader wrote it. */
  const origin = new Map<string, string>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  let deck: string | undefined;
  let slide: string | undefined;

  for (const [key, value] of params) {
    const part = `${key}=${value}`;
    if (seen.has(key)) {
      ignored.push(part);
      continue;
    }
    seen.add(key);
    if (key === 'map') {
      const n = value.split('/');
      if (n.length < 3 || n.length > 5 || !n.every((x) => DECIMAL.test(x))) {
        ignored.push(part);
        continue;
      }
      const [zoom, lat, lng, bearing, pitch] = n.map(Number) as [number, number, number, number?, number?];
      raw.view = { zoom, center: [lng, lat], ...(bearing !== undefined ? { bearing } : {}), ...(pitch !== undefined ? { pitch } : {}) };
      for (const k of ['view', 'view.zoom', 'view.center', 'view.bearing', 'view.pitch']) origin.set(k, part);
    } else if (key === 'layers') {
      raw.layers = layers;
      for (const token of value.split(',')) {
        if (!token) continue;
        const id = token.startsWith('-') ? token.slice(1) : token;
        setOwn(layers, id, !token.startsWith('-'));
        origin.set(`layers.${id}`, `layers=${token}`);
      }
    } else if (key === 'opacity') {
      raw.opacity = opacity;
      for (const token of value.split(',')) {
        if (!token) continue;
        const at = token.indexOf(':');
        const pct = token.slice(at + 1);
        if (at <= 0 || !INTEGER.test(pct)) {
          ignored.push(`opacity=${token}`);
          continue;
        }
        setOwn(opacity, token.slice(0, at), Number(pct) / 100);
        origin.set(`opacity.${token.slice(0, at)}`, `opacity=${token}`);
      }
    } else if (key === 'sel') {
      const at = value.indexOf(':');
      raw.selection = at > 0 ? { kind: value.slice(0, at), id: value.slice(at + 1) } : value;
      origin.set('selection', part);
    } else if (key === 'panel') {
      raw.panel = value;
      origin.set('panel', part);
    } else if (key === 'counts') {
      raw.counts = value;
      origin.set('counts', part);
    } else if (key === 'lang') {
      raw.locale = value;
      origin.set('locale', part);
    } else if (key === 'text') {
      raw.text = value;
      origin.set('text', part);
    } else if (key === 'base') {
      raw.basemap = value;
      origin.set('basemap', part);
    } else if (key === 'legend') {
      raw.legend = value === '1' ? true : value === '0' ? false : value;
      origin.set('legend', part);
    } else if (key === 'present') {
      deck = value;
    } else if (key === 'slide') {
      slide = value;
    } else if (FILTER_KEYS.has(key)) {
      const name = FILTER_KEYS.get(key)!;
      raw.filters = filters;
      setOwn(filters, name, key === 'year' && INTEGER.test(value) ? Number(value) : key === 'ctx' || key === 'own' ? (value === '1' ? true : value === '0' ? false : value) : value);
      origin.set(`filters.${name}`, part);
    } else {
      ignored.push(part);
    }
  }
  if (deck !== undefined || slide !== undefined) {
    const part = [deck !== undefined ? `present=${deck}` : '', slide !== undefined ? `slide=${slide}` : ''].filter(Boolean).join('&');
    // `#present=structure` opens on the first slide.
    raw.presentation = deck !== undefined && (slide === undefined || INTEGER.test(slide)) ? { deck, slide: slide === undefined ? 1 : Number(slide) } : part;
    origin.set('presentation', part);
  }

  const parsed = parseSnapshot(raw, base);
  const named = (i: Ignored) => origin.get(i.path) ?? `${i.path}=${i.value}`;
  return { snapshot: parsed.snapshot, ignored: [...ignored, ...parsed.ignored.map(named)].map((x) => preview(x)), hasView: parsed.given.has('view') };
}
