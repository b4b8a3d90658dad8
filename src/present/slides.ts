// Slides as snapshots, both ways: a deck's slide becomes the snapshot it shows (through the one
// snapshot parser, so a slide can show nothing a link could not), and the current view becomes a slide.
import type { Deck, DeckError, Slide } from '../contracts/deck.ts';
import { defaultSnapshot, emptyFilters } from '../kernel/defaults.ts';
import { isGroupVisible, LAYER_GROUPS, type LayerGroupId } from '../kernel/layerGroups.ts';
import { normaliseView, parseSnapshot } from '../kernel/snapshot.ts';
import type { AtlasState, ItemFilter, LoadedSlide } from '../kernel/state.ts';

/** Groups a slide names to show; the rest of the thematic groups are hidden on a slide. */
const BASEMAP_SECTION = 'admin';

/** The layer choices of a slide: its thematic groups on, the others off, the basemap as it comes. */
export function slideLayers(names: readonly string[]): Record<string, boolean> {
  const on = new Set(names.filter((n) => !n.startsWith('-')));
  const off = new Set(names.filter((n) => n.startsWith('-')).map((n) => n.slice(1)));
  const out: Record<string, boolean> = {};
  for (const g of LAYER_GROUPS) {
    if (g.section === BASEMAP_SECTION) out[g.id] = !off.has(g.id) && (on.has(g.id) || g.visible);
    else out[g.id] = on.has(g.id);
  }
  return out;
}

export type BuiltSlides = { ok: true; slides: LoadedSlide[] } | { ok: false; errors: DeckError[] };

/** Every slide of a deck as a snapshot and a camera; a part the snapshot parser does not accept
 * (a filter value) is an error naming the slide and field. */
export function buildSlides(deck: Deck): BuiltSlides {
  const errors: DeckError[] = [];
  const base = defaultSnapshot(deck.locale);
  const slides = deck.slides.map((slide, i): LoadedSlide => {
    const s = slide.snapshot;
    const { snapshot, ignored } = parseSnapshot(
      { layers: slideLayers(s.layers), selection: s.selection, ...(s.filters ? { filters: s.filters } : {}), presentation: { deck: deck.id, slide: i + 1 } },
      base,
    );
    for (const x of ignored) errors.push({ deck: deck.id, slide: i + 1, field: `snapshot.${x.path}`, problem: 'unknown', value: x.value });
    if ('bbox' in s.camera) return { snapshot, camera: { kind: 'fit-bounds', bounds: s.camera.bbox } };
    const view = normaliseView({ bearing: 0, pitch: 0, ...s.camera.view });
    return { snapshot: { ...snapshot, view }, camera: { kind: 'view', view } };
  });
  return errors.length ? { ok: false, errors } : { ok: true, slides };
}

/** What the atlas shows now, as a slide: the exact view, the groups shown, the selection and filters. */
export function captureSlide(s: Pick<AtlasState, 'view' | 'layers' | 'selection' | 'filters' | 'locale'>, title: string): Slide {
  const layers: string[] = [];
  for (const g of LAYER_GROUPS) {
    const visible = isGroupVisible(g.id as LayerGroupId, s.layers);
    if (g.section === BASEMAP_SECTION) {
      if (!visible && g.visible) layers.push(`-${g.id}`);
      else if (visible && !g.visible) layers.push(g.id);
    } else if (visible) layers.push(g.id);
  }
  const filters = Object.fromEntries(Object.entries(s.filters).filter(([k, v]) => v !== emptyFilters[k as keyof ItemFilter]));
  const { center, zoom, bearing, pitch } = s.view;
  return {
    title: { [s.locale]: title },
    caption: null,
    notes: null,
    quote: null,
    snapshot: {
      camera: { view: { center: [center[0], center[1]], zoom, ...(bearing ? { bearing } : {}), ...(pitch ? { pitch } : {}) } },
      layers,
      highlight: { places: [], structures: [] },
      selection: s.selection ? { kind: s.selection.kind, id: s.selection.id } : null,
      filters: Object.keys(filters).length ? filters : null,
    },
    animation: null,
  };
}

/** A deck as a file: the format's own fields only, in a fixed order. */
export function deckJson(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}
