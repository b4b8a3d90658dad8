// The state of one atlas instance: the snapshot (everything that defines what a person sees, plain and
// serialisable: the URL hash, `gbaAtlas.getState()`, events, slides and saved views all carry it) and
// the runtime part around it (loading, notices, requests to the camera, transient overlays).
import type { DocId, ItemKind, ThemeId } from '../contracts/corpus.ts';
import type { Deck } from '../contracts/deck.ts';
import type { Locale } from '../contracts/label.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { LayerGroupId } from './layerGroups.ts';

/** The snapshot format's version: bumped, with a migration in snapshot.ts, when a field changes meaning. */
export const SNAPSHOT_VERSION = 1;

export interface MapView {
  /** [lng, lat], WGS84 */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** [west, south, east, north], WGS84 degrees. */
export type Bounds = [number, number, number, number];

/** The kinds of things a selection can name. */
export const SELECTION_KINDS = ['admin', 'places', 'structures', 'items'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

/** One selection at a time: an admin unit (adcode), a place, a structure element or a plan item. */
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export const PANELS = ['items', 'layers', 'summary'] as const;
export type PanelId = (typeof PANELS)[number];

/** How the map shows the item counts per city and county: areas shaded by class (a choropleth), or badges. */
export const COUNTS_MODES = ['map', 'badges'] as const;
export type CountsMode = (typeof COUNTS_MODES)[number];

/** The script plan text is shown in: `auto` follows the UI language (繁體 → Traditional, 简体 and
 * English → Simplified), `original` shows each document as printed, `Hans`/`Hant` choose one. */
export const TEXT_SCRIPTS = ['auto', 'original', 'Hans', 'Hant'] as const;
/** The map under the plan layers: the built-in offline one (default), 天地图 Tianditu's vector or imagery
 * map (with the user's own key, kept outside the snapshot), or OpenFreeMap. */
export const BASEMAPS = ['offline', 'tianditu-vector', 'tianditu-imagery', 'openfreemap'] as const;
export type BasemapId = (typeof BASEMAPS)[number];
export type TextScript = (typeof TEXT_SCRIPTS)[number];

export interface ItemFilter {
  query: string;
  doc: DocId | null;
  theme: ThemeId | null;
  /** A canonical unit name (units.json) that leads the item. */
  lead: string | null;
  /** A target or deadline year the item names. */
  year: number | null;
  kind: ItemKind | null;
  /** Items whose text names places (`named`), or that name none and are placed by a fallback anchor. */
  anchor: 'named' | 'fallback' | null;
  /** Show the unheaded preamble paragraphs (kind `context`), which are not plan items proper. */
  withContext: boolean;
  /**
   * Count only what an item's own text says: no departments inherited from the annex task implementing it, no places
   * inherited from the items implementing a task (those then count as placed by fallback).
   */
  textOnly: boolean;
}

/** Where a presentation stands: a deck and a slide in it (1-based). */
export interface Presentation {
  deck: string;
  slide: number;
}

export interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  view: MapView;
  /** Layer groups switched away from their default visibility (only those). */
  layers: Partial<Record<LayerGroupId, boolean>>;
  /** Opacity (0–1, in hundredths) of the groups the user dimmed (only those). */
  opacity: Partial<Record<LayerGroupId, number>>;
  selection: Selection | null;
  panel: PanelId | null;
  filters: ItemFilter;
  locale: Locale;
  presentation: Presentation | null;
  /** The item counts as shaded areas (default) or as badges. */
  counts: CountsMode;
  /** The on-map legend open (true) or collapsed (false); null: as the screen suits (collapsed on a phone). */
  legend: boolean | null;
  /** The script plan text and titles are shown in. */
  text: TextScript;
  /** The map under the plan layers. */
  basemap: BasemapId;
}

/** A control keyboard focus can be sent to. */
export type FocusTarget = 'search' | 'omnibox';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** A slide ready to show: what it shows (a snapshot, its `presentation` and `locale` set when shown)
 * and how the camera gets there. */
export interface LoadedSlide {
  snapshot: Snapshot;
  /** A bbox fits the part of the screen the caption leaves free; a view flies there. */
  camera: { kind: 'fit-bounds'; bounds: Bounds } | { kind: 'view'; view: MapView };
}

/** Presentation mode, while a deck is open (the snapshot's `presentation` says which slide). */
export interface PresentState {
  deck: Deck;
  slides: LoadedSlide[];
  /** A built-in deck (public/data/decks) or one of the user's own (this browser, or a file). */
  origin: 'builtin' | 'user';
  /** The slide last shown (the snapshot's slide once the change has settled). */
  slide: number;
  /** Counts slides shown, so showing the same slide again replays it (camera, animation). */
  shown: number;
  /** The screen blanked to black or white (B, W), or the slide shown. */
  blank: 'black' | 'white' | null;
  /** Digits typed for a jump (a number, then Enter). */
  typed: string;
  /** Cameras jump, lines appear whole, the morph cross-fades. */
  reducedMotion: boolean;
  /** What the atlas showed before the deck opened: leaving returns to it (null: opened by a link). */
  before: Snapshot | null;
  /** The slide editor is open (own decks). */
  editing: boolean;
  /** On a slide that morphs the structure: the form asked for since (null: as the slide plays it). */
  form: 'map' | 'diagram' | null;
}

/** What the camera is asked to do; the map binding carries it out (the map lives outside the store). */
export type CameraIntent =
  /** Go to a view: at once, or with a flight. */
  | { kind: 'jump' | 'fly'; view: MapView }
  /** Bring a selection into view (if it is still the selection when its data is here): an item's
   * places always, a place or element only when none of it shows. */
  | { kind: 'fit-selection'; selection: Selection }
  | { kind: 'fit-bounds'; bounds: Bounds; instant?: boolean };

/** A camera intent with a number, so the same intent twice is two requests. */
export interface CameraRequest {
  seq: number;
  intent: CameraIntent;
}

/** A message and its values, translated when shown. */
export interface NoticeText {
  message: MessageKey;
  values?: Record<string, NoticeValue>;
}
/** A value in a notice: text (quoted from the input, cut short), a number, or words of its own. */
export type NoticeValue = string | number | NoticeText | NoticeText[];

/** A short message for the user, translated when shown (so it follows a change of language).
 * `quotes` are the offending inputs, shown verbatim as text and cut to a bounded length. */
export interface Notice extends NoticeText {
  id: number;
  quotes?: string[];
}

export interface AtlasState extends Omit<Snapshot, 'version'> {
  status: LoadStatus;
  /** Readable, user-facing reason when status is 'error'. */
  error: string | null;
  /** The data read only by panels and cards (plan corpus, gazetteer, links) loads after the map is ready. */
  extrasStatus: 'idle' | 'loading' | 'ready' | 'error';
  notices: Notice[];
  camera: CameraRequest | null;
  /** A dialog over everything (the keyboard shortcuts, the deck chooser, share & embed, image export). */
  overlay: 'shortcuts' | 'decks' | 'share' | 'export' | null;
  /** A request to move keyboard focus to a control: the search box on the map (`omnibox`) or the item list's. */
  focus: { target: FocusTarget; seq: number } | null;
  /** Presentation mode (null: not presenting). */
  present: PresentState | null;
}

/** The snapshot of a state: a fresh object, safe to hand out. */
export function snapshotOf(s: Pick<AtlasState, keyof Omit<Snapshot, 'version'>>): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    view: { center: [s.view.center[0], s.view.center[1]], zoom: s.view.zoom, bearing: s.view.bearing, pitch: s.view.pitch },
    layers: { ...s.layers },
    opacity: { ...s.opacity },
    selection: s.selection && { kind: s.selection.kind, id: s.selection.id },
    panel: s.panel,
    filters: { ...s.filters },
    locale: s.locale,
    presentation: s.presentation && { deck: s.presentation.deck, slide: s.presentation.slide },
    counts: s.counts,
    legend: s.legend,
    text: s.text,
    basemap: s.basemap,
  };
}
