// The slide deck format (version 1): a presentation is a deck of slides, each a view of the atlas plus
// words. Decks are kept in data/decks/ (the built-in ones), in a person's browser (their own) or in a
// `.json` file; every one of them is read by `validateDeck`, in the pipeline (`npm run data`, which
// also fills in each quote's words from the corpus) and in the app when a deck opens.
//
//   { "format": "gba-atlas-deck", "version": 1, "id": "structure", "locale": "zh-Hans",
//     "title": { "zh-Hans": "…", "en": "…" },
//     "slides": [ { "title": "…", "caption": "…", "notes": "…",
//                   "quote": { "item": "004-2.4-p1", "sentence": 2 },
//                   "snapshot": { "bbox": [w, s, e, n], "layers": ["structure-axes"],
//                                 "highlight": { "places": ["gaolan-port"], "structures": ["axis-coastal"] },
//                                 "selection": { "kind": "places", "id": "…" }, "filters": { "theme": "transport" } },
//                   "animation": { "type": "draw", "structures": ["axis-coastal"] } } ] }
//
// Rules as in the snapshot parser: own keys only, bounded strings and lists, finite numbers. Anything
// wrong is an error naming the deck, the slide (1-based) and the field: a deck with an error is not
// opened, and nothing else is affected. Which layer groups, places, elements and items exist is not
// known here: the caller says (the pipeline knows all, the app the layer groups).
import type { Locale } from './label.ts';
import { isLocale, LOCALES } from './label.ts';

import { DECK_FORMAT, DECK_ID, DECK_LIMITS, DECK_VERSION } from './deckLimits.ts';

export { DECK_FORMAT, DECK_ID, DECK_LIMITS, DECK_VERSION };

/** A text in one or more languages; shown in the reader's, else the deck's, else any. */
export type DeckText = string | Partial<Record<Locale, string>>;

/** Where a slide's plan words come from: a plan item, or a structure element's defining paragraph, and
 * which of its sentences (1-based, split after 。！？). The words themselves are never typed into a
 * deck: the pipeline copies them from the corpus into `text`, with their source. */
export interface QuoteRef {
  item?: string;
  structure?: string;
  sentence: number;
  /** Filled from the corpus: the sentence as printed, its document (id and title), section path and seed line. */
  text?: string;
  doc?: string;
  docTitle?: string;
  section?: string;
  line?: number;
}

export type Camera = { bbox: [number, number, number, number] } | { view: { center: [number, number]; zoom: number; bearing?: number; pitch?: number } };

export interface SlideSnapshot {
  camera: Camera;
  /** The thematic layer groups shown (every other thematic group is hidden; the basemap groups keep
   * their defaults unless named with a leading `-`, e.g. `-labels`). */
  layers: string[];
  highlight: { places: string[]; structures: string[] };
  selection: { kind: string; id: string } | null;
  /** Plan-item filters (checked by the snapshot parser when the deck opens). */
  filters: Record<string, unknown> | null;
}

export type Animation =
  /** Draw lines progressively along their nodes, one after another. */
  | { type: 'draw'; structures: string[] }
  /** Show places one by one, in order. */
  | { type: 'reveal'; places: string[] }
  /** The structure as a diagram, morphing into its geographic form (`to: 'map'`) or back. */
  | { type: 'morph'; to: 'map' | 'diagram' };

export interface Slide {
  title: DeckText;
  caption: DeckText | null;
  notes: DeckText | null;
  quote: QuoteRef | null;
  snapshot: SlideSnapshot;
  animation: Animation | null;
}

export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  id: string;
  title: DeckText;
  locale: Locale;
  slides: Slide[];
}

/** What the validator may check names against; each check is optional (skipped when absent). */
export interface DeckContext {
  isLayer?(id: string): boolean;
  isPlace?(id: string): boolean;
  isStructure?(id: string): boolean;
  isItem?(id: string): boolean;
}

export type DeckProblem = 'missing' | 'type' | 'unknown' | 'range' | 'length' | 'format';

/** One thing wrong with a deck: which deck, which slide (1-based; null for the deck itself), which field. */
export interface DeckError {
  deck: string;
  slide: number | null;
  field: string;
  problem: DeckProblem;
  /** The offending value, shortened. */
  value: string;
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: DeckError[] };


type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function short(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 60)}…` : v;
  if (Array.isArray(v)) return `[${v.length}]`;
  if (isRecord(v)) return '{…}';
  return String(v);
}

/** Own data properties only: an accessor is an error, never called. */
function entries(o: Rec): [string, unknown][] | null {
  const out: [string, unknown][] = [];
  for (const k of Object.keys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (!d || !('value' in d)) return null;
    out.push([k, d.value]);
  }
  return out;
}

class Checker {
  errors: DeckError[] = [];
  constructor(
    public deck: string,
    public ctx: DeckContext,
  ) {}
  fail(slide: number | null, field: string, problem: DeckProblem, value: unknown): undefined {
    if (this.errors.length < 50) this.errors.push({ deck: this.deck, slide, field, problem, value: short(value) });
    return undefined;
  }
  /** An object's own keys, each checked to be one of `known`. */
  record(slide: number | null, field: string, v: unknown, known: readonly string[]): Map<string, unknown> | undefined {
    const here = field || (slide === null ? '(deck)' : '(slide)');
    if (!isRecord(v)) return this.fail(slide, here, 'type', v);
    const es = entries(v);
    if (!es) return this.fail(slide, here, 'type', '(accessor)');
    const out = new Map<string, unknown>();
    for (const [k, x] of es) {
      if (known.includes(k)) out.set(k, x);
      else this.fail(slide, field ? `${field}.${k}` : k, 'unknown', x);
    }
    return out;
  }
  text(slide: number | null, field: string, v: unknown, max: number, required: boolean): DeckText | null | undefined {
    if (v === undefined || v === null) return required ? this.fail(slide, field, 'missing', v) : null;
    if (typeof v === 'string') return v.length > max ? this.fail(slide, field, 'length', v) : v.length === 0 && required ? this.fail(slide, field, 'missing', v) : v;
    const m = this.record(slide, field, v, LOCALES);
    if (!m) return undefined;
    const out: Partial<Record<Locale, string>> = {};
    for (const [k, x] of m) {
      if (typeof x !== 'string') this.fail(slide, `${field}.${k}`, 'type', x);
      else if (x.length > max) this.fail(slide, `${field}.${k}`, 'length', x);
      else if (isLocale(k)) out[k] = x;
    }
    if (!Object.keys(out).length) return required ? this.fail(slide, field, 'missing', v) : null;
    return out;
  }
  ids(slide: number, field: string, v: unknown, exists: ((id: string) => boolean) | undefined): string[] | undefined {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return this.fail(slide, field, 'type', v);
    if (v.length > DECK_LIMITS.list) return this.fail(slide, field, 'length', v);
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x !== 'string' || !x || x.length > DECK_LIMITS.refId) this.fail(slide, `${field}[${i}]`, 'type', x);
      else if (exists && !exists(x)) this.fail(slide, `${field}[${i}]`, 'unknown', x);
      else out.push(x);
    });
    return out;
  }
}

function checkCamera(c: Checker, n: number, v: unknown): Camera | undefined {
  const m = c.record(n, 'snapshot.camera', v, ['bbox', 'view']);
  if (!m) return undefined;
  if (m.has('bbox')) {
    const b = m.get('bbox');
    if (!Array.isArray(b) || b.length !== 4 || !b.every(finite)) return c.fail(n, 'snapshot.camera.bbox', 'type', b);
    const [w, s, e, north] = b as number[];
    if (!(w! >= -180 && e! <= 180 && w! < e! && s! >= -85 && north! <= 85 && s! < north!)) return c.fail(n, 'snapshot.camera.bbox', 'range', b);
    return { bbox: [w!, s!, e!, north!] };
  }
  if (m.has('view')) {
    const vm = c.record(n, 'snapshot.camera.view', m.get('view'), ['center', 'zoom', 'bearing', 'pitch']);
    if (!vm) return undefined;
    const center = vm.get('center');
    const zoom = vm.get('zoom');
    if (!Array.isArray(center) || center.length !== 2 || !center.every(finite) || Math.abs(center[0] as number) > 180 || Math.abs(center[1] as number) > 85) {
      return c.fail(n, 'snapshot.camera.view.center', 'range', center);
    }
    if (!finite(zoom) || zoom < 3 || zoom > 14) return c.fail(n, 'snapshot.camera.view.zoom', 'range', zoom);
    const view: { center: [number, number]; zoom: number; bearing?: number; pitch?: number } = { center: [center[0] as number, center[1] as number], zoom };
    for (const k of ['bearing', 'pitch'] as const) {
      const x = vm.get(k);
      if (x === undefined) continue;
      if (!finite(x) || (k === 'bearing' ? Math.abs(x) > 180 : x < 0 || x > 60)) c.fail(n, `snapshot.camera.view.${k}`, 'range', x);
      else view[k] = x;
    }
    return { view };
  }
  return c.fail(n, 'snapshot.camera', 'missing', v);
}

function checkSnapshot(c: Checker, n: number, v: unknown): SlideSnapshot | undefined {
  const m = c.record(n, 'snapshot', v, ['camera', 'layers', 'highlight', 'selection', 'filters']);
  if (!m) return undefined;
  const camera = checkCamera(c, n, m.get('camera'));
  const layers = c.ids(n, 'snapshot.layers', m.get('layers'), c.ctx.isLayer && ((id) => c.ctx.isLayer!(id.startsWith('-') ? id.slice(1) : id)));
  let places: string[] | undefined = [];
  let structures: string[] | undefined = [];
  if (m.get('highlight') !== undefined) {
    const h = c.record(n, 'snapshot.highlight', m.get('highlight'), ['places', 'structures']);
    places = h && c.ids(n, 'snapshot.highlight.places', h.get('places'), c.ctx.isPlace);
    structures = h && c.ids(n, 'snapshot.highlight.structures', h.get('structures'), c.ctx.isStructure);
  }
  let selection: SlideSnapshot['selection'] | undefined = null;
  const sel = m.get('selection');
  if (sel !== undefined && sel !== null) {
    const s = c.record(n, 'snapshot.selection', sel, ['kind', 'id']);
    const kind = s?.get('kind');
    const id = s?.get('id');
    const known: Partial<Record<string, ((id: string) => boolean) | undefined>> = { places: c.ctx.isPlace, structures: c.ctx.isStructure, items: c.ctx.isItem, admin: undefined };
    if (!s) selection = undefined;
    else if (typeof kind !== 'string' || !Object.hasOwn(known, kind)) selection = c.fail(n, 'snapshot.selection.kind', 'unknown', kind);
    else if (typeof id !== 'string' || !id || id.length > DECK_LIMITS.refId) selection = c.fail(n, 'snapshot.selection.id', 'type', id);
    else if (known[kind] && !known[kind]!(id)) selection = c.fail(n, 'snapshot.selection.id', 'unknown', id);
    else selection = { kind, id };
  }
  let filters: Record<string, unknown> | null | undefined = null;
  const f = m.get('filters');
  if (f !== undefined && f !== null) {
    const es = isRecord(f) ? entries(f) : null;
    filters = es ? Object.fromEntries(es) : c.fail(n, 'snapshot.filters', 'type', f);
  }
  if (!camera || !layers || !places || !structures || selection === undefined || filters === undefined) return undefined;
  return { camera, layers, highlight: { places, structures }, selection, filters };
}

function checkQuote(c: Checker, n: number, v: unknown): QuoteRef | null | undefined {
  if (v === undefined || v === null) return null;
  const m = c.record(n, 'quote', v, ['item', 'structure', 'sentence', 'text', 'doc', 'docTitle', 'section', 'line']);
  if (!m) return undefined;
  const item = m.get('item');
  const structure = m.get('structure');
  const out: QuoteRef = { sentence: 1 };
  if ((item === undefined) === (structure === undefined)) return c.fail(n, 'quote.item', 'missing', v);
  if (item !== undefined) {
    if (typeof item !== 'string' || !item || item.length > DECK_LIMITS.refId) return c.fail(n, 'quote.item', 'type', item);
    if (c.ctx.isItem && !c.ctx.isItem(item)) return c.fail(n, 'quote.item', 'unknown', item);
    out.item = item;
  } else {
    if (typeof structure !== 'string' || !structure || structure.length > DECK_LIMITS.refId) return c.fail(n, 'quote.structure', 'type', structure);
    if (c.ctx.isStructure && !c.ctx.isStructure(structure)) return c.fail(n, 'quote.structure', 'unknown', structure);
    out.structure = structure;
  }
  const sentence = m.get('sentence') ?? 1;
  if (!Number.isInteger(sentence) || (sentence as number) < 1 || (sentence as number) > DECK_LIMITS.sentence) return c.fail(n, 'quote.sentence', 'range', sentence);
  out.sentence = sentence as number;
  for (const k of ['text', 'doc', 'docTitle', 'section'] as const) {
    const x = m.get(k);
    if (x === undefined) continue;
    if (typeof x !== 'string' || x.length > DECK_LIMITS.notes) return c.fail(n, `quote.${k}`, 'type', x);
    out[k] = x;
  }
  const line = m.get('line');
  if (line !== undefined) {
    if (!Number.isInteger(line) || (line as number) < 1) return c.fail(n, 'quote.line', 'range', line);
    out.line = line as number;
  }
  return out;
}

function checkAnimation(c: Checker, n: number, v: unknown): Animation | null | undefined {
  if (v === undefined || v === null) return null;
  const m = c.record(n, 'animation', v, ['type', 'structures', 'places', 'to']);
  if (!m) return undefined;
  const type = m.get('type');
  if (type === 'draw') {
    const structures = c.ids(n, 'animation.structures', m.get('structures'), c.ctx.isStructure);
    return structures && (structures.length ? { type, structures } : c.fail(n, 'animation.structures', 'missing', m.get('structures')));
  }
  if (type === 'reveal') {
    const places = c.ids(n, 'animation.places', m.get('places'), c.ctx.isPlace);
    return places && (places.length ? { type, places } : c.fail(n, 'animation.places', 'missing', m.get('places')));
  }
  if (type === 'morph') {
    const to = m.get('to');
    return to === 'map' || to === 'diagram' ? { type, to } : c.fail(n, 'animation.to', 'unknown', to);
  }
  return c.fail(n, 'animation.type', 'unknown', type);
}

function checkSlide(c: Checker, n: number, v: unknown): Slide | undefined {
  const m = c.record(n, '', v, ['title', 'caption', 'notes', 'quote', 'snapshot', 'animation']);
  if (!m) return undefined;
  const title = c.text(n, 'title', m.get('title'), DECK_LIMITS.title, true);
  const caption = c.text(n, 'caption', m.get('caption'), DECK_LIMITS.caption, false);
  const notes = c.text(n, 'notes', m.get('notes'), DECK_LIMITS.notes, false);
  const quote = checkQuote(c, n, m.get('quote'));
  const snapshot = m.has('snapshot') ? checkSnapshot(c, n, m.get('snapshot')) : c.fail(n, 'snapshot', 'missing', undefined);
  const animation = checkAnimation(c, n, m.get('animation'));
  if (!title || caption === undefined || notes === undefined || quote === undefined || !snapshot || animation === undefined) return undefined;
  return { title, caption, notes, quote, snapshot, animation };
}

/** Reads a deck. `name` names it in errors until its own id is known (a file name, a storage key). */
export function validateDeck(input: unknown, name: string, ctx: DeckContext = {}): DeckResult {
  const c = new Checker(name, ctx);
  try {
    const m = c.record(null, '', input, ['format', 'version', 'id', 'title', 'locale', 'slides']);
    if (!m) return { ok: false, errors: c.errors };
    const id = m.get('id');
    if (typeof id !== 'string' || !DECK_ID.test(id)) c.fail(null, 'id', id === undefined ? 'missing' : 'format', id);
    else c.deck = id;
    if (m.get('format') !== DECK_FORMAT) c.fail(null, 'format', 'format', m.get('format'));
    if (m.get('version') !== DECK_VERSION) c.fail(null, 'version', 'unknown', m.get('version'));
    const title = c.text(null, 'title', m.get('title'), DECK_LIMITS.title, true);
    const locale = m.get('locale');
    if (!isLocale(locale)) c.fail(null, 'locale', 'unknown', locale);
    const raw = m.get('slides');
    const slides: Slide[] = [];
    if (!Array.isArray(raw)) c.fail(null, 'slides', raw === undefined ? 'missing' : 'type', raw);
    else if (raw.length === 0) c.fail(null, 'slides', 'missing', raw);
    else if (raw.length > DECK_LIMITS.slides) c.fail(null, 'slides', 'length', raw);
    else raw.forEach((s, i) => {
      const slide = checkSlide(c, i + 1, s);
      if (slide) slides.push(slide);
    });
    if (c.errors.length || !title || !isLocale(locale)) return { ok: false, errors: c.errors };
    return { ok: true, deck: { format: DECK_FORMAT, version: DECK_VERSION, id: c.deck, title, locale, slides } };
  } catch {
    return { ok: false, errors: [...c.errors, { deck: c.deck, slide: null, field: '(deck)', problem: 'type', value: '(unreadable)' }] };
  }
}

/** A deck text in a language: the reader's, else the deck's, else 简体, else any. */
export function deckText(t: DeckText | null, locale: Locale, deckLocale: Locale = 'zh-Hans'): string {
  if (t === null) return '';
  if (typeof t === 'string') return t;
  return t[locale] ?? t[deckLocale] ?? t['zh-Hans'] ?? Object.values(t).find((x) => typeof x === 'string') ?? '';
}

/** A text's sentences, each with its closing mark: split after 。！？ (and a closing quote that follows). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '。' && ch !== '！' && ch !== '？') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '”' || text[end] === '」' || text[end] === '』')) end++;
    out.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length && text.slice(start).trim()) out.push(text.slice(start));
  return out;
}
