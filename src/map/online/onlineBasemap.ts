// An online basemap under the plan layers: 天地图 Tianditu's raster tiles (vector map or imagery, with
// their annotation layer in Chinese or English) with the user's own key, or OpenFreeMap's vector style
// (its streets, water and land; its labels and icons are left out: the atlas labels the map itself, in
// the UI language, and needs no remote glyphs or sprites). The online layers go above the built-in
// basemap's fills and below everything else. Loading resolves once the first tile has arrived, and
// fails with a reason (HTTP status, no answer in time, no connection) so the caller can fall back.
// Loaded with the first online basemap, never with the map.
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { ONLINE_BASEMAPS_FILE } from '../../contracts/manifest.ts';
import type { Locale } from '../../contracts/label.ts';
import type { BasemapId } from '../../kernel/state.ts';
import { escapeHtml } from '../../util/escapeHtml.ts';

import { ONLINE_PREFIX } from '../sources.ts';

export { ONLINE_PREFIX };

export interface OnlineConfig {
  tianditu: { tiles: string; subdomains: string[]; maxzoom: number };
  openfreemap: { style: string };
  timeoutSeconds: number;
}

export type Failure = { kind: 'http'; status: number } | { kind: 'timeout'; seconds: number } | { kind: 'network' } | { kind: 'invalid'; detail: string };

export class BasemapFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const httpUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v.replaceAll('{', '').replaceAll('}', ''));
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

/** The config file, checked: anything missing or odd is a failure that says what. */
const bad = (detail: string): never => {
  throw new BasemapFailure({ kind: 'invalid', detail: `${ONLINE_BASEMAPS_FILE}: ${detail}` });
};

export function parseConfig(json: unknown): OnlineConfig {
  if (!isRecord(json)) return bad('not an object');
  const t = own(json, 'tianditu');
  const o = own(json, 'openfreemap');
  if (!isRecord(t) || !httpUrl(own(t, 'tiles'))) return bad('tianditu.tiles must be an http(s) URL template');
  const subdomains = own(t, 'subdomains') ?? [''];
  if (!Array.isArray(subdomains) || !subdomains.length || !subdomains.every((s) => typeof s === 'string' && s.length <= 8)) return bad('tianditu.subdomains must be a list of short strings');
  const maxzoom = own(t, 'maxzoom') ?? 18;
  if (typeof maxzoom !== 'number' || !(maxzoom >= 1 && maxzoom <= 22)) return bad('tianditu.maxzoom must be a number from 1 to 22');
  if (!isRecord(o) || !httpUrl(own(o, 'style'))) return bad('openfreemap.style must be an http(s) URL');
  const timeout = own(json, 'timeoutSeconds') ?? 12;
  if (typeof timeout !== 'number' || !(timeout >= 1 && timeout <= 120)) return bad('timeoutSeconds must be a number from 1 to 120');
  return { tianditu: { tiles: own(t, 'tiles') as string, subdomains: subdomains as string[], maxzoom }, openfreemap: { style: own(o, 'style') as string }, timeoutSeconds: timeout };
}

/** Tianditu's layer names: the map, and its annotation in Chinese or English. */
const TIANDITU_LAYERS = {
  'tianditu-vector': { base: 'vec', zh: 'cva', en: 'eva' },
  'tianditu-imagery': { base: 'img', zh: 'cia', en: 'eia' },
} as const;

/** The tile URLs of one Tianditu layer, one per subdomain, with the key filled in. */
export function tiandituTiles(config: OnlineConfig['tianditu'], layer: string, key: string): string[] {
  return config.subdomains.map((s) =>
    config.tiles.replaceAll('{s}', s).replaceAll('{layer}', layer).replaceAll('{key}', encodeURIComponent(key)),
  );
}

/** What of a remote vector style goes under the plan layers: its sources and its non-label layers, ids
 * prefixed; no symbol layers, no patterns or extrusions (they need its sprite), no remote attribution. */
export function mergeableStyle(style: unknown): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  if (!isRecord(style) || !isRecord(own(style, 'sources')) || !Array.isArray(own(style, 'layers'))) throw new BasemapFailure({ kind: 'invalid', detail: 'the style is not a MapLibre style' });
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, src] of Object.entries(own(style, 'sources') as Record<string, unknown>)) {
    if (!isRecord(src) || (src.type !== 'vector' && src.type !== 'raster' && src.type !== 'raster-dem')) continue;
    const { attribution: _, ...rest } = src;
    sources[`${ONLINE_PREFIX}${id}`] = rest as unknown as SourceSpecification;
  }
  const drawable = (l: Record<string, unknown>) => {
    if (typeof l.id !== 'string' || typeof l.type !== 'string') return false;
    if (!['background', 'fill', 'line', 'raster', 'hillshade'].includes(l.type)) return false;
    const paint = isRecord(l.paint) ? l.paint : {};
    if ('fill-pattern' in paint || 'line-pattern' in paint || 'background-pattern' in paint) return false;
    return l.type === 'background' || (typeof l.source === 'string' && Object.hasOwn(sources, `${ONLINE_PREFIX}${l.source}`));
  };
  const layers = (own(style, 'layers') as unknown[])
    .filter((l): l is Record<string, unknown> => isRecord(l) && drawable(l))
    .map((l) => ({ ...l, id: `${ONLINE_PREFIX}${l.id as string}`, ...(typeof l.source === 'string' ? { source: `${ONLINE_PREFIX}${l.source}` } : {}) }) as unknown as LayerSpecification);
  return { sources, layers };
}

/** The built-in basemap's opaque fills: the online layers go right above the last of them. */
const BUILT_IN_FILLS = ['sea', 'land', 'provinces-fill', 'cities-fill'];

function insertionPoint(map: MapLibreMap): string | undefined {
  const ids = map.getStyle().layers.map((l) => l.id);
  const last = Math.max(...BUILT_IN_FILLS.map((id) => ids.indexOf(id)));
  return ids.slice(last + 1).find((id) => !id.startsWith(ONLINE_PREFIX));
}

/** Takes every online source and layer off the map. */
export function removeOnlineBasemap(map: MapLibreMap): void {
  const style = map.getStyle();
  for (const l of style.layers) if (l.id.startsWith(ONLINE_PREFIX)) map.removeLayer(l.id);
  for (const id of Object.keys(style.sources)) if (id.startsWith(ONLINE_PREFIX)) map.removeSource(id);
}

async function fetchStyle(url: string, timeoutSeconds: number, signal: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new BasemapFailure(timeout.aborted ? { kind: 'timeout', seconds: timeoutSeconds } : { kind: 'network' });
  }
  if (!response.ok) throw new BasemapFailure({ kind: 'http', status: response.status });
  try {
    return await response.json();
  } catch {
    throw new BasemapFailure({ kind: 'invalid', detail: 'the style is not JSON' });
  }
}

/** Resolves when a tile of one of `sources` has loaded; rejects on its first error before that, or on timeout. */
function firstTile(map: MapLibreMap, sources: readonly string[], timeoutSeconds: number, signal: AbortSignal): Promise<void> {
  const mine = (id: unknown) => typeof id === 'string' && sources.includes(id);
  return new Promise((resolve, reject) => {
    const onData = (event: unknown) => {
      const e = event as { sourceId?: string; dataType?: string; tile?: unknown };
      if (mine(e.sourceId) && e.dataType === 'source' && e.tile) done();
    };
    const onError = (event: unknown) => {
      const e = event as { sourceId?: string; error?: { status?: unknown } };
      if (!mine(e.sourceId)) return;
      const status = e.error?.status;
      done(new BasemapFailure(typeof status === 'number' && status > 0 ? { kind: 'http', status } : { kind: 'network' }));
    };
    const onAbort = () => done(new DOMException('replaced', 'AbortError'));
    const timer = setTimeout(() => done(new BasemapFailure({ kind: 'timeout', seconds: timeoutSeconds })), timeoutSeconds * 1000);
    function done(error?: unknown) {
      clearTimeout(timer);
      map.off('data', onData);
      map.off('error', onError);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    }
    map.on('data', onData);
    map.on('error', onError);
    signal.addEventListener('abort', onAbort);
  });
}

export interface AddOptions {
  config: OnlineConfig;
  key: string | null;
  locale: Locale;
  /** The credit line the attribution control shows while this basemap is on. */
  credit: string;
  signal: AbortSignal;
}

/** Puts `id` under the plan layers and waits for its first tile. */
export async function addOnlineBasemap(map: MapLibreMap, id: Exclude<BasemapId, 'offline'>, { config, key, locale, credit, signal }: AddOptions): Promise<void> {
  let sources: Record<string, SourceSpecification>;
  let layers: LayerSpecification[];
  if (id === 'openfreemap') {
    ({ sources, layers } = mergeableStyle(await fetchStyle(config.openfreemap.style, config.timeoutSeconds, signal)));
    if (signal.aborted) throw new DOMException('replaced', 'AbortError');
  } else {
    if (!key) throw new BasemapFailure({ kind: 'invalid', detail: 'no key' });
    const names = TIANDITU_LAYERS[id];
    const raster = (layer: string): SourceSpecification => ({ type: 'raster', tiles: tiandituTiles(config.tianditu, layer, key), tileSize: 256, maxzoom: config.tianditu.maxzoom });
    sources = { [`${ONLINE_PREFIX}tianditu`]: raster(names.base), [`${ONLINE_PREFIX}tianditu-labels`]: raster(locale === 'en' ? names.en : names.zh) };
    layers = Object.keys(sources).map((source) => ({ id: source, type: 'raster', source }));
  }
  // The credit rides on the first source: MapLibre's attribution control lists it while the source is on
  // the map (escaped here: the control renders HTML).
  const first = Object.keys(sources)[0];
  if (!first) throw new BasemapFailure({ kind: 'invalid', detail: 'the style has no source' });
  const before = insertionPoint(map);
  removeOnlineBasemap(map);
  for (const [sid, src] of Object.entries(sources)) map.addSource(sid, sid === first ? ({ ...src, attribution: escapeHtml(credit) } as SourceSpecification) : src);
  for (const layer of layers) map.addLayer(layer, before);
  const tiled = Object.entries(sources)
    .filter(([, s]) => s.type !== 'geojson')
    .map(([sid]) => sid);
  await firstTile(map, tiled, config.timeoutSeconds, signal);
}

/** Reads the config file (same origin as the app). */
export async function loadConfig(base: string, signal: AbortSignal): Promise<OnlineConfig> {
  let response: Response;
  try {
    response = await fetch(new URL(ONLINE_BASEMAPS_FILE, base), { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new BasemapFailure({ kind: 'network' });
  }
  if (!response.ok) throw new BasemapFailure({ kind: 'invalid', detail: `${ONLINE_BASEMAPS_FILE}: HTTP ${response.status}` });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BasemapFailure({ kind: 'invalid', detail: `${ONLINE_BASEMAPS_FILE}: not JSON` });
  }
  return parseConfig(json);
}
