// The app state of one atlas instance. Everything here is plain data (serialisable), so the same
// shape backs the URL, `window.gbaAtlas.getState()` and, later, saved views.
import type { DocId, ItemKind, ThemeId } from '../contracts/corpus.ts';
import type { LayerGroupId } from './layerGroups.ts';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface MapView {
  /** [lng, lat], WGS84 */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What the user picked on the map: an admin unit or, later, a place. */
export interface Selection {
  layer: string;
  id: string;
}

export interface AtlasState {
  status: LoadStatus;
  /** Readable, user-facing reason when status is 'error'. */
  error: string | null;
  view: MapView;
  /** The user's visibility choices per layer group; absent groups keep their default. */
  layers: Partial<Record<LayerGroupId, boolean>>;
  /** Opacity (0–1) per layer group the user dimmed; absent groups are drawn as designed. */
  opacity: Partial<Record<LayerGroupId, number>>;
  selection: Selection | null;
  /** Short messages the user should see (ignored URL values, failed files, …). */
  notices: string[];
  /** The side panel that is open, if any. */
  panel: 'items' | 'layers' | 'summary' | null;
  /** The data read only by panels and cards (plan corpus, gazetteer) loads after the map is ready. */
  extrasStatus: 'idle' | 'loading' | 'ready' | 'error';
  itemFilter: ItemFilter;
}

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
}

/** The part of the state an embedding page may read and write. */
export type PublicState = Pick<AtlasState, 'status' | 'view' | 'layers' | 'selection'>;
