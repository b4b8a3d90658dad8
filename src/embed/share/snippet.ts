// The share dialog's arithmetic, without the DOM: the full-map link, and the embed URL and iframe
// snippet for a set of choices. The embed's view is the current snapshot with every part left out
// reset to its default; the frame's configuration (embed mode, language, controls, static figure,
// origins) goes in the query, the view in the hash, as the app reads them.
import type { Locale } from '../../contracts/label.ts';
import { defaultSnapshot } from '../../kernel/defaults.ts';
import { encodeHash } from '../../kernel/hash.ts';
import type { Presentation, Snapshot } from '../../kernel/state.ts';
import { embedQuery } from '../embedQuery.ts';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, fullMapSearch, STATIC_EMBED_CONTROLS, type EmbedControl } from '../options.ts';

/** Sizes a person may ask for, in CSS pixels. */
export const SIZE_LIMITS = { min: 200, max: 4000 } as const;
export const DEFAULT_SIZES = { responsiveHeight: 500, width: 600, height: 400 } as const;

/** The parts of the current state an embed can carry over. */
export const PARTS = ['view', 'layers', 'filters', 'panel', 'selection'] as const;
export type Part = (typeof PARTS)[number];

export type FrameSize = { mode: 'responsive'; height: number } | { mode: 'fixed'; width: number; height: number };

export interface EmbedChoices {
  size: FrameSize;
  /** Which parts of the current snapshot the embed opens with (the rest at their defaults). */
  include: Readonly<Record<Part, boolean>>;
  /** A deck and slide to open on (null: no presentation). */
  presentation: Presentation | null;
  /** The frame's language (its `?lang=`, so the frame's own language menu starts there). */
  locale: Locale;
  controls: readonly EmbedControl[];
  /** False: a static figure (`interactive=0`). */
  interactive: boolean;
  /** Adds the host-page script that fits the frame's height to what the atlas asks for. */
  autoResize: boolean;
  /** The iframe's `title`, read by screen readers. */
  title: string;
  /** Origins allowed to drive the frame by postMessage. */
  origins?: readonly string[];
  /** The host's name for the frame. */
  frame?: string;
}

/** The iframe's title when the person has not written one. */
export const DEFAULT_TITLES: Readonly<Record<Locale, string>> = { 'zh-Hans': '大湾区规划图集', 'zh-Hant': '大灣區規劃圖集', en: 'GBA Plan Atlas' };

/** A size typed by a person: a whole number of pixels within the limits (the fallback when not a number). */
export function clampSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(SIZE_LIMITS.max, Math.max(SIZE_LIMITS.min, Math.round(value)));
}

/** The controls an embed shows without `controls=`. */
export const defaultControls = (interactive: boolean): readonly EmbedControl[] => (interactive ? DEFAULT_EMBED_CONTROLS : STATIC_EMBED_CONTROLS);

/** The snapshot the embed opens with: the current one with the parts left out at their defaults. A
 * deck's slide sets every part itself (and a deck opened by a link has no view of its own to return
 * to), so with a deck only the deck and slide are carried. */
export function embedSnapshot(current: Snapshot, c: Pick<EmbedChoices, 'include' | 'presentation' | 'locale'>): Snapshot {
  const base = defaultSnapshot(c.locale);
  const s = current;
  if (c.presentation) return { ...base, presentation: { deck: c.presentation.deck, slide: c.presentation.slide } };
  return {
    ...base,
    view: c.include.view ? { ...s.view, center: [s.view.center[0], s.view.center[1]] } : base.view,
    layers: c.include.layers ? { ...s.layers } : base.layers,
    opacity: c.include.layers ? { ...s.opacity } : base.opacity,
    counts: c.include.layers ? s.counts : base.counts,
    basemap: c.include.layers ? s.basemap : base.basemap,
    filters: c.include.filters ? { ...s.filters } : base.filters,
    panel: c.include.panel ? s.panel : base.panel,
    selection: c.include.selection && s.selection ? { ...s.selection } : base.selection,
    presentation: null,
  };
}

/** The hash of an embed: the snapshot in the frame's own language; without the view, no `map=`, so
 * the atlas fits the region to the frame (however large) as a fresh page does. */
export function embedHash(current: Snapshot, c: Pick<EmbedChoices, 'include' | 'presentation' | 'locale'>): string {
  const hash = encodeHash(embedSnapshot(current, c), { defaultLocale: c.locale });
  if (c.include.view && !c.presentation) return hash;
  // encodeHash escapes every `&` inside a value, so splitting on `&` finds the parts.
  const rest = hash
    .slice(1)
    .split('&')
    .filter((p) => !p.startsWith('map='));
  return rest.length ? `#${rest.join('&')}` : '';
}

/** The embed URL: the atlas page (origin and path, no query or hash), the frame's options, the view. */
export function embedUrl(page: string, current: Snapshot, c: EmbedChoices): string {
  const query = embedQuery({ controls: c.controls, interactive: c.interactive, origins: c.origins, frame: c.frame, lang: c.locale });
  return `${page}${query}${embedHash(current, c)}`;
}

/** The full-map link of a snapshot: this page without its embed options, and the snapshot's hash. */
export function fullMapLink(location: { origin: string; pathname: string; search: string }, snapshot: Snapshot, defaultLocale: Locale): string {
  return `${location.origin}${location.pathname}${fullMapSearch(location.search)}${encodeHash(snapshot, { defaultLocale })}`;
}

/** The folder the atlas is served from (where embed.js sits), from the page's URL. */
export function atlasBase(href: string): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname.slice(0, u.pathname.lastIndexOf('/') + 1)}`;
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
/** A value for a double-quoted HTML attribute. */
export const escapeAttr = (value: string): string => value.replace(/[&"<>]/g, (ch) => (Object.hasOwn(ATTR_ESCAPES, ch) ? ATTR_ESCAPES[ch]! : ch));

/** The iframe's width and height attributes. */
export function frameAttrs(size: FrameSize): { width: string; height: string } {
  return size.mode === 'responsive' ? { width: '100%', height: String(size.height) } : { width: String(size.width), height: String(size.height) };
}

/** The title actually written: the person's, trimmed and on one line, else the default. */
export function frameTitle(c: Pick<EmbedChoices, 'title' | 'locale'>): string {
  const t = c.title.replace(/\s+/g, ' ').trim();
  return t || DEFAULT_TITLES[c.locale];
}

/** The snippet to paste: the iframe, and with auto-resize the script line after it. */
export function embedSnippet(src: string, c: EmbedChoices, base: string): string {
  const { width, height } = frameAttrs(c.size);
  // A fixed frame never overflows a narrow column (a phone): it shrinks to the column's width.
  const style = c.size.mode === 'fixed' ? 'border:0;max-width:100%' : 'border:0';
  const attrs = [
    `src="${escapeAttr(src)}"`,
    `title="${escapeAttr(frameTitle(c))}"`,
    `width="${width}"`,
    `height="${height}"`,
    `style="${style}"`,
    'loading="lazy"',
    'allow="fullscreen"',
    'allowfullscreen',
    ...(c.autoResize ? ['data-gba-atlas-autoresize'] : []),
  ];
  const frame = `<iframe ${attrs.join(' ')}></iframe>`;
  return c.autoResize ? `${frame}\n<script src="${escapeAttr(`${base}embed.js`)}" async></script>` : frame;
}

/** Controls in the order the atlas shows them, without repeats or unknown names. */
export const orderedControls = (list: readonly string[]): EmbedControl[] => EMBED_CONTROLS.filter((c) => list.includes(c));
