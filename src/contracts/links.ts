// Shape of public/data/links.json: which places each plan item names, and back.
// scripts/links writes it, the app reads it; both import from here so the shape is defined once.
import type { PlaceType } from './places.ts';

/** Where a linked place lives: a gazetteer file (public/data/places/<type>.geojson) or the admin units (labels.geojson). */
export type LinkLayer = PlaceType | 'admin';

/** Half-open [start, end) offsets in UTF-16 code units into the item's original `text` (its own script). */
export type Span = [start: number, end: number];

/** One place named in an item's text. */
export interface PlaceLink {
  placeId: string;
  layer: LinkLayer;
  span: Span;
  /** The text as printed: `item.text.slice(span[0], span[1])`. */
  matched: string;
  /**
   * Set when the words name a group of admin units (粤港澳, 珠三角, 泛珠三角 …): the group id (see LinksFile.groups).
   * One link is written per member, all with the same span, so the app can draw or count each member.
   */
  group?: string;
  /** The words are an alias two or more places share; one link is written per candidate, each flagged. */
  ambiguous?: true;
}

/** Why an item that names no place is anchored where it is, most specific first. */
export type FallbackReason = 'lead-unit' | 'parties' | 'document-scope';

/** Anchor of an item whose text names no place. */
export interface FallbackAnchor {
  fallback: true;
  reason: FallbackReason;
  /** What the anchor comes from, in words: the lead unit (`珠海市人民政府`) or the document's scope. */
  evidence: string;
  /** Group id when the anchor is a group (a document scope or the parties to an agreement). */
  group?: string;
  places: { placeId: string; layer: 'admin' }[];
}

/**
 * A place an item does not name itself but takes from the items tied to it: an annex task (004) takes the places its
 * implementing paragraphs and box entries name.
 */
export interface InheritedPlace {
  placeId: string;
  layer: LinkLayer;
  /** The items whose text names it. */
  from: string[];
}

export interface ItemLinks {
  links: PlaceLink[];
  /** Places taken from related items (see InheritedPlace); absent when none. */
  inherited?: InheritedPlace[];
  /**
   * Only when `links` is empty. An item with inherited places is placed at those; its fallback anchor is what counts
   * when only the text itself counts (the app's "text only" switch).
   */
  fallback: FallbackAnchor | null;
}

/** A named group of admin units (a region or a compound of parties). */
export interface PlaceGroup {
  name: string;
  /** Every spelling the linker matches (simplified). */
  names: string[];
  members: string[];
}

export interface LinksFile {
  /** Item id → links, in corpus order. */
  items: Record<string, ItemLinks>;
  /** Place id (gazetteer id or adcode) → ids of the items whose text names it (directly or through a group). */
  placeItems: Record<string, string[]>;
  /** Place id → ids of the items that take it from related items only (InheritedPlace). */
  placeInheritedItems: Record<string, string[]>;
  /** Place id → ids of the items anchored there only by fallback. */
  placeFallbackItems: Record<string, string[]>;
  groups: Record<string, PlaceGroup>;
}
