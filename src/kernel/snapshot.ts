// The one validator of what a person sees. Every way into the atlas (the URL hash, `gbaAtlas.setState`,
// postMessage, slide decks, saved files) hands its input to `parseSnapshot`, which applies what it
// understands over a base snapshot and names everything else in `ignored`: one bad part never discards
// the rest, never throws, and never reaches the store.
//
// Rules: own keys only (`__proto__`, `constructor` or `toString` are unknown names, never lookups);
// getters are not called; numbers must be finite and in range; strings are bounded; values are brought
// to one canonical form (views rounded as the URL writes them, layers and opacity only where they
// differ from the defaults), so parse(encode(s)) is s.
import { DOC_IDS, ITEM_KINDS, THEME_IDS } from '../contracts/corpus.ts';
import { DECK_ID, DECK_LIMITS } from '../contracts/deckLimits.ts';
import { isLocale } from '../contracts/label.ts';
import { TEXT_LIMITS, VIEW_LIMITS } from './defaults.ts';
import { defaultVisible, isLayerGroupId, type LayerGroupId } from './layerGroups.ts';
import {
  COUNTS_MODES,
  PANELS,
  SELECTION_KINDS,
  SNAPSHOT_VERSION,
  TEXT_SCRIPTS,
  BASEMAPS,
  type BasemapId,
  type CountsMode,
  type ItemFilter,
  type MapView,
  type PanelId,
  type Presentation,
  type Selection,
  type SelectionKind,
  type Snapshot,
  type TextScript,
} from './state.ts';

/** A part of the input that was not applied: where it was, and (shortened) what it said. */
export interface Ignored {
  path: string;
  value: string;
}

export type SnapshotField = Exclude<keyof Snapshot, 'version'>;

export interface ParsedSnapshot {
  snapshot: Snapshot;
  ignored: Ignored[];
  /** The top-level fields the input set (with at least one valid part). */
  given: ReadonlySet<SnapshotField>;
}

/** Longest piece of an input quoted back to the user. */
export const QUOTE_LIMIT = 80;

/** A short, safe rendering of any input value, for messages. Never serialises a whole object. */
export function preview(v: unknown): string {
  try {
    return previewOf(v);
  } catch {
    return typeof v; // a revoked proxy cannot even say whether it is an array
  }
}

function previewOf(v: unknown): string {
  if (typeof v === 'string') return v.length > QUOTE_LIMIT ? `${v.slice(0, QUOTE_LIMIT)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `[${v.length}]`;
  if (typeof v === 'object') return '{…}';
  return typeof v;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The own, enumerable data properties of an object: getters are never called (they are reported). */
function ownEntries(obj: Rec, path: string, ignored: Ignored[]): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of Object.keys(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (d && 'value' in d) out.push([key, d.value]);
    else ignored.push({ path: join(path, key), value: '(accessor)' });
  }
  return out;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  // `+ 0` turns -0 into 0, so a rounded value compares equal to its parsed copy.
  return Math.round(x * f) / f + 0;
};
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const inRange = (v: unknown, min: number, max: number): v is number => finite(v) && v >= min && v <= max;

/** Lone surrogates cannot be written to a URL and back: they become U+FFFD, as the URL standard does. */
const wellFormed = (s: string) => s.replace(/\p{Cs}/gu, '\uFFFD');
const boundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

const inList = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** A view as the URL writes it: lng/lat to 5 decimals (about 1 m), zoom to 2, bearing and pitch to 1. */
export function normaliseView(v: MapView): MapView {
  return { center: [round(v.center[0], 5), round(v.center[1], 5)], zoom: round(v.zoom, 2), bearing: round(v.bearing, 1), pitch: round(v.pitch, 1) };
}

function parseView(value: unknown, base: MapView, ignored: Ignored[]): MapView | undefined {
  if (!isRecord(value)) return void ignored.push({ path: 'view', value: preview(value) });
  const view: MapView = { ...base, center: [base.center[0], base.center[1]] };
  let any = false;
  for (const [k, v] of ownEntries(value, 'view', ignored)) {
    if (k === 'center' && Array.isArray(v) && v.length === 2 && inRange(v[0], -180, 180) && inRange(v[1], -90, 90)) view.center = [v[0], v[1]];
    else if (k === 'zoom' && inRange(v, VIEW_LIMITS.minZoom, VIEW_LIMITS.maxZoom)) view.zoom = v;
    else if (k === 'bearing' && inRange(v, -180, 180)) view.bearing = v;
    else if (k === 'pitch' && inRange(v, 0, VIEW_LIMITS.maxPitch)) view.pitch = v;
    else {
      ignored.push({ path: `view.${k}`, value: preview(v) });
      continue;
    }
    any = true;
  }
  return any ? normaliseView(view) : undefined;
}

/** Per-group values over the base: layers (booleans) or opacity (0–1). Only values that differ from
 * the group's default are kept, so equal states have one form. */
function parseGroups<T extends boolean | number>(
  field: 'layers' | 'opacity',
  value: unknown,
  base: Partial<Record<LayerGroupId, T>>,
  accept: (v: unknown) => T | undefined,
  isDefault: (id: LayerGroupId, v: T) => boolean,
  ignored: Ignored[],
): Partial<Record<LayerGroupId, T>> | undefined {
  if (!isRecord(value)) return void ignored.push({ path: field, value: preview(value) });
  const out: Partial<Record<LayerGroupId, T>> = { ...base };
  let any = false;
  for (const [k, v] of ownEntries(value, field, ignored)) {
    const accepted = isLayerGroupId(k) ? accept(v) : undefined;
    if (!isLayerGroupId(k) || accepted === undefined) {
      ignored.push({ path: `${field}.${k}`, value: preview(v) });
      continue;
    }
    any = true;
    if (isDefault(k, accepted)) delete out[k];
    else out[k] = accepted;
  }
  return any ? out : undefined;
}

function parseSelection(value: unknown, ignored: Ignored[]): Selection | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return void ignored.push({ path: 'selection', value: preview(value) });
  const entries = new Map(ownEntries(value, 'selection', ignored));
  // `layer` is the name the first API (before snapshot version 1) gave `kind`.
  const kind = entries.has('kind') ? entries.get('kind') : entries.get('layer');
  const id = entries.get('id');
  for (const [k, v] of entries) if (k !== 'kind' && k !== 'layer' && k !== 'id') ignored.push({ path: `selection.${k}`, value: preview(v) });
  if (inList<SelectionKind>(SELECTION_KINDS, kind) && boundedString(id, TEXT_LIMITS.id) && id.length > 0) return { kind, id: wellFormed(id) };
  ignored.push({ path: 'selection', value: preview(`${preview(kind)}:${preview(id)}`) });
}

const FILTER_KEYS: { [K in keyof ItemFilter]: (v: unknown) => ItemFilter[K] | undefined } = {
  query: (v) => (boundedString(v, TEXT_LIMITS.query) ? wellFormed(v) : undefined),
  doc: (v) => (v === null || inList(DOC_IDS, v) ? v : undefined),
  theme: (v) => (v === null || inList(THEME_IDS, v) ? v : undefined),
  lead: (v) => (v === null ? null : boundedString(v, TEXT_LIMITS.lead) && v.length > 0 ? wellFormed(v) : undefined),
  year: (v) => (v === null || (Number.isInteger(v) && inRange(v, 1990, 2100)) ? (v as number | null) : undefined),
  kind: (v) => (v === null || inList(ITEM_KINDS, v) ? v : undefined),
  anchor: (v) => (v === null || v === 'named' || v === 'fallback' ? v : undefined),
  withContext: (v) => (typeof v === 'boolean' ? v : undefined),
  textOnly: (v) => (typeof v === 'boolean' ? v : undefined),
};
const isFilterKey = (k: string): k is keyof ItemFilter => Object.hasOwn(FILTER_KEYS, k);

function parseFilters(value: unknown, base: ItemFilter, ignored: Ignored[]): ItemFilter | undefined {
  if (!isRecord(value)) return void ignored.push({ path: 'filters', value: preview(value) });
  const out: ItemFilter = { ...base };
  let any = false;
  for (const [k, v] of ownEntries(value, 'filters', ignored)) {
    const parsed = isFilterKey(k) ? FILTER_KEYS[k](v) : undefined;
    if (!isFilterKey(k) || parsed === undefined) {
      ignored.push({ path: `filters.${k}`, value: preview(v) });
      continue;
    }
    (out as Record<keyof ItemFilter, unknown>)[k] = parsed;
    any = true;
  }
  return any ? out : undefined;
}


function parsePresentation(value: unknown, ignored: Ignored[]): Presentation | null | undefined {
  if (value === null) return null;
  if (isRecord(value)) {
    const entries = new Map(ownEntries(value, 'presentation', ignored));
    const deck = entries.get('deck');
    const slide = entries.get('slide');
    if (boundedString(deck, TEXT_LIMITS.deck) && DECK_ID.test(deck) && Number.isInteger(slide) && inRange(slide, 1, DECK_LIMITS.slides)) return { deck, slide: slide as number };
  }
  return void ignored.push({ path: 'presentation', value: preview(value) });
}

/**
 * Applies `input` over `base` and returns the resulting snapshot, what was ignored, and which fields
 * the input set. `view`, `layers`, `opacity` and `filters` are merged part by part (a partial view
 * moves only what it names); `selection`, `panel`, `locale`, `presentation`, `counts`, `legend`,
 * `text` and `basemap` are replaced (null clears them). Never throws.
 */
export function parseSnapshot(input: unknown, base: Snapshot): ParsedSnapshot {
  const ignored: Ignored[] = [];
  const given = new Set<SnapshotField>();
  const out: Snapshot = { ...base };
  let entries: [string, unknown][];
  try {
    if (!isRecord(input)) return { snapshot: out, ignored: [{ path: '(input)', value: preview(input) }], given };
    entries = ownEntries(input, '', ignored);
  } catch {
    // A revoked proxy or an exotic object: nothing of it can be read safely.
    return { snapshot: out, ignored: [{ path: '(input)', value: preview(input) }], given };
  }
  for (const [key, value] of entries) {
    try {
      applyField(key, value, out, base, given, ignored);
    } catch {
      ignored.push({ path: key, value: preview(value) });
    }
  }
  return { snapshot: out, ignored, given };
}

function applyField(key: string, value: unknown, out: Snapshot, base: Snapshot, given: Set<SnapshotField>, ignored: Ignored[]): void {
  const set = <K extends SnapshotField>(field: K, v: Snapshot[K] | undefined) => {
    if (v === undefined) return;
    out[field] = v;
    given.add(field);
  };
  switch (key) {
    case 'version':
      // Version 1 is the only format so far; a missing version is read as the current one.
      if (value !== SNAPSHOT_VERSION) ignored.push({ path: 'version', value: preview(value) });
      return;
    case 'view':
      return set('view', parseView(value, base.view, ignored));
    case 'layers':
      return set('layers', parseGroups('layers', value, base.layers, (v) => (typeof v === 'boolean' ? v : undefined), (id, v) => v === defaultVisible(id), ignored));
    case 'opacity':
      return set(
        'opacity',
        parseGroups('opacity', value, base.opacity, (v) => (inRange(v, 0, 1) ? round(v, 2) : undefined), (_, v) => v === 1, ignored),
      );
    case 'selection':
      return set('selection', parseSelection(value, ignored));
    case 'panel':
      if (value === null || inList<PanelId>(PANELS, value)) return set('panel', value);
      return void ignored.push({ path: 'panel', value: preview(value) });
    case 'filters':
      return set('filters', parseFilters(value, base.filters, ignored));
    case 'locale':
      if (isLocale(value)) return set('locale', value);
      return void ignored.push({ path: 'locale', value: preview(value) });
    case 'presentation':
      return set('presentation', parsePresentation(value, ignored));
    case 'counts':
      if (inList<CountsMode>(COUNTS_MODES, value)) return set('counts', value);
      return void ignored.push({ path: 'counts', value: preview(value) });
    case 'legend':
      if (value === null || typeof value === 'boolean') return set('legend', value);
      return void ignored.push({ path: 'legend', value: preview(value) });
    case 'text':
      if (inList<TextScript>(TEXT_SCRIPTS, value)) return set('text', value);
      return void ignored.push({ path: 'text', value: preview(value) });
    case 'basemap':
      if (inList<BasemapId>(BASEMAPS, value)) return set('basemap', value);
      return void ignored.push({ path: 'basemap', value: preview(value) });
    case 'status':
      return void ignored.push({ path: 'status (read-only)', value: preview(value) });
    default:
      ignored.push({ path: key, value: preview(value) });
  }
}

/** Whether two snapshots show the same thing. */
export const sameSnapshot = (a: Snapshot, b: Snapshot): boolean => canonicalJson(a) === canonicalJson(b);

/** A snapshot as JSON with its keys in one order, for comparisons. */
const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function canonicalJson(s: Snapshot): string {
  return JSON.stringify({ ...s, layers: sorted(s.layers), opacity: sorted(s.opacity) });
}
