// How this page is embedded: options in the URL's query (the hash is the view; the query is the
// frame's configuration, like `?lang=`). `embed=1`, or being framed by another page, turns embed mode
// on: a compact toolbar with only the `controls=` asked for, cooperative gestures, no history entries,
// no storage until the visitor acts, and the postMessage API for the origins allowed to drive it.

/** What an embed can show, in the order the toolbar and the map show them. */
export const EMBED_CONTROLS = ['layers', 'items', 'summary', 'present', 'language', 'share', 'help', 'data', 'zoom', 'fullscreen', 'fullmap'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];
/** An embed without `controls=`: the legend and the items a click away, the language, zoom, and a way out. */
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['layers', 'items', 'language', 'zoom', 'fullscreen', 'fullmap'];
/** A static figure (`interactive=0`) without `controls=`: only the way out to the full map. */
export const STATIC_EMBED_CONTROLS: readonly EmbedControl[] = ['fullmap'];

/** The query keys embed mode reads (the share dialog writes them, the full-map link drops them). */
export const EMBED_KEYS = ['embed', 'controls', 'interactive', 'origin', 'frame'] as const;

const MAX_ORIGINS = 10;
const MAX_FRAME_ID = 64;

export interface EmbedOptions {
  /** Embed mode: compact chrome, cooperative gestures, postMessage. */
  embedded: boolean;
  /** The controls shown (all of them outside embed mode). */
  controls: ReadonlySet<EmbedControl>;
  /** False for a static figure: the map does not move under the visitor's hand. */
  interactive: boolean;
  /** Origins allowed to drive the frame by postMessage (`origin=`); empty: the page that framed it. */
  origins: readonly string[];
  /** The host's name for this frame, carried in every reply and event (two embeds on one page). */
  frame: string;
  /** Query parts that were not understood, for the notice. */
  ignored: string[];
}

const isControl = (v: string): v is EmbedControl => (EMBED_CONTROLS as readonly string[]).includes(v);

/** An origin as `URL` writes it (`https://agency.example:8443`), or null. */
export function normaliseOrigin(raw: string): string | null {
  if (raw.length > 200) return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function parseEmbedOptions(search: string, framed: boolean): EmbedOptions {
  const q = new URLSearchParams(search);
  const ignored: string[] = [];
  const flag = (key: string): boolean | undefined => {
    const v = q.get(key);
    if (v === null) return undefined;
    if (v === '1' || v === 'true' || v === '') return true;
    if (v === '0' || v === 'false') return false;
    ignored.push(`${key}=${cut(v)}`);
    return undefined;
  };
  const embedded = flag('embed') ?? framed;
  const interactive = flag('interactive') ?? true;
  let controls: EmbedControl[];
  const rawControls = q.get('controls');
  if (!embedded) controls = [...EMBED_CONTROLS];
  else if (rawControls === null) controls = [...(interactive ? DEFAULT_EMBED_CONTROLS : STATIC_EMBED_CONTROLS)];
  else {
    controls = [];
    for (const part of rawControls.split(',').slice(0, EMBED_CONTROLS.length * 2)) {
      const c = part.trim();
      if (!c) continue;
      if (isControl(c)) controls.push(c);
      else ignored.push(`controls=${cut(c)}`);
    }
  }
  const origins: string[] = [];
  for (const raw of q.getAll('origin').flatMap((v) => v.split(',')).slice(0, MAX_ORIGINS * 2)) {
    if (!raw.trim()) continue;
    const o = normaliseOrigin(raw.trim());
    if (o && origins.length < MAX_ORIGINS) origins.push(o);
    else ignored.push(`origin=${cut(raw)}`);
  }
  const frameRaw = q.get('frame') ?? '';
  const frame = frameRaw.slice(0, MAX_FRAME_ID);
  if (frameRaw.length > MAX_FRAME_ID) ignored.push(`frame=${cut(frameRaw)}`);
  return { embedded, controls: new Set(controls), interactive, origins, frame, ignored };
}

/** The options outside embed mode: everything shown. */
export const FULL_APP: EmbedOptions = { embedded: false, controls: new Set(EMBED_CONTROLS), interactive: true, origins: [], frame: '', ignored: [] };

/** This page's URL without the embed options: the full map, for the "open the full map" link. */
export function fullMapSearch(search: string): string {
  const q = new URLSearchParams(search);
  for (const k of EMBED_KEYS) q.delete(k);
  const s = q.toString();
  return s ? `?${s}` : '';
}
