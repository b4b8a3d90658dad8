// What every map layer definition carries besides its MapLibre spec: the toggle group it belongs to
// and how the legend shows it. The legend and the layer panel are generated from these.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerGroupId } from '../../kernel/layerGroups.ts';
import type { Tier } from './hierarchy.ts';
import { L, type Label, type Locale } from '../../contracts/label.ts';

export { L, type Label };

export type Swatch =
  | { kind: 'fill'; color: string; outline?: string; opacity?: number }
  | { kind: 'line'; color: string; width?: number; dash?: number[]; opacity?: number; band?: boolean }
  | { kind: 'circle'; color: string; hollow?: boolean; radius?: number };

export interface LegendEntry {
  label: Label;
  swatch: Swatch;
}

export interface MapLayer {
  group: LayerGroupId | null;
  spec: LayerSpecification;
  legend?: LegendEntry[];
  /** A symbol layer's text in each UI language (its `text-field`), set when the style is built and
   * whenever the language changes. */
  text?: (locale: Locale) => ExpressionSpecification;
  /** A symbol layer's label priority (hierarchy.ts TIERS): the map stacks its names by it. */
  tier?: Tier;
}

/** A feature's name in a UI language: `name:zh-Hant` / `name:en` where the data has them, else the
 * 简体 `name` (the pipeline gives every label source all three). */
export const localName = (locale: Locale, base = 'name'): ExpressionSpecification =>
  locale === 'zh-Hans' ? ['get', base] : ['coalesce', ['get', `${base}:${locale}`], ['get', base]];

// CJK glyphs come from the browser's own sans-serif (MapLibre's localIdeographFontFamily default);
// the font name only picks weight and the Latin face.
export const fonts = { regular: ['Noto Sans Regular'], bold: ['Noto Sans Bold'] };
export const halo = 'rgba(255,255,255,0.92)';
