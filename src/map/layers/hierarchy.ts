// The map's visual hierarchy in one table (CARTOGRAPHY.md explains it): from which zoom each thing is
// drawn, from which zoom it is named, how heavy it is, which hue it takes and how its names rank. The
// layer definitions (places.ts, structures.ts, basemap.ts) read it; hierarchy.test.ts checks the built
// layers against it, so the spec and the style cannot drift apart.

/** Zoom bands: the whole Bay Area, the west bank metropolitan area, a city. */
export const BANDS = { gba: [6, 8], west: [8, 10], city: [10, 13] } as const;

/** One hue per theme: [line / fill / symbol colour, text colour]. Text colours are darker where the
 * hue itself would not reach WCAG AA on the land or on a halo. Checked for colour-blind distinctness
 * and contrast in hierarchy.test.ts. */
export const HUES = {
  rail: ['#24396b', '#24396b'],
  road: ['#c27400', '#7a4600'],
  water: ['#3f87c0', '#1f5a87'],
  zone: ['#9b3f9a', '#7d2f7c'],
  env: ['#2e7d4f', '#24643e'],
  heritage: ['#5d4037', '#5d4037'],
  structure: ['#c0392b', '#a52f22'],
  neutral: ['#5b6b7a', '#48525e'],
} as const;
export type Hue = keyof typeof HUES;

/** Label priority, highest first. MapLibre places symbols top layer first, so the label layers are
 * stacked in the reverse of this order (index.ts), above every line, fill and dot. */
export const TIERS = ['cities', 'structure', 'zones', 'stations', 'transport', 'counties', 'others', 'lines'] as const;
export type Tier = (typeof TIERS)[number];

export interface Row {
  /** Drawn from this zoom … */
  from: number;
  /** … and named from this zoom. */
  label: number;
  /** Line width at z9 (px; half at z6, 1.5× at z12), or a point's radius. */
  w: number;
  tier: Tier;
  hue: Hue;
}

const row = (from: number, label: number, w: number, tier: Tier, hue: Hue): Row => ({ from, label, w, tier, hue });

/** Lines by `<type>:<rank>` (rank from the data: scripts/places/lineClass.ts), points and areas by type. */
export const HIERARCHY: Record<string, Row> = {
  // Rail: high-speed and intercity > conventional > other (logistics corridors, urban links).
  'rail-lines:1': row(6, 9.5, 2.4, 'lines', 'rail'),
  'rail-lines:2': row(8, 10.5, 1.5, 'lines', 'rail'),
  'rail-lines:3': row(9.5, 11, 1, 'lines', 'rail'),
  // Expressways of the plan's 六横十纵 > other expressways > other links.
  'roads:1': row(7.5, 9.5, 1.5, 'lines', 'road'),
  'roads:2': row(9.5, 10.5, 1, 'lines', 'road'),
  'roads:3': row(10, 11, 0.7, 'lines', 'road'),
  // Sea crossings of the 六横十纵 are the Bay Area's spine; other bridges are city detail.
  'channels:1': row(6.5, 8.5, 2.2, 'transport', 'road'),
  'channels:2': row(9.5, 10, 1.2, 'transport', 'road'),
  rivers: row(9, 10, 1.2, 'others', 'water'),
  airports: row(6.5, 8, 6, 'transport', 'rail'),
  crossings: row(8, 9.5, 5, 'transport', 'road'),
  ports: row(8.5, 10, 4.5, 'transport', 'water'),
  stations: row(9, 10, 4.5, 'stations', 'rail'),
  zones: row(8.5, 9.5, 4.5, 'zones', 'zone'),
  facilities: row(9, 10, 4, 'others', 'neutral'),
  ecology: row(9, 10, 4, 'others', 'env'),
  islands: row(9, 10, 4, 'others', 'env'),
  services: row(9.5, 10.5, 3.5, 'others', 'neutral'),
  research: row(9.5, 10.5, 3.5, 'others', 'neutral'),
  heritage: row(9.5, 10.5, 4, 'others', 'heritage'),
  localities: row(9.5, 10.5, 3, 'others', 'neutral'),
  /** Area places (zones with an extent): outline from `from`, one name at the seat from `label`. */
  'zones:area': row(8.5, 9, 1.4, 'zones', 'zone'),
  /** The vertices of schematic lines: dots that outlast the lines (the major class's from `from`,
   * every class's from `label`; never named: the stations and seats they stand on are). */
  nodes: row(9, 9.5, 2.5, 'others', 'rail'),
  // The plan's structures: named at every scale, receding at city scale.
  structure: row(0, 0, 0, 'structure', 'structure'),
  'city-labels': row(5.5, 5.5, 0, 'cities', 'neutral'),
  'province-labels': row(0, 0, 0, 'cities', 'neutral'),
  'county-labels': row(8.5, 8.5, 0, 'counties', 'neutral'),
};

/** Rank classes a line type has (rank 1 = major). */
export const RANKS: Record<string, readonly number[]> = { 'rail-lines': [1, 2, 3], roads: [1, 2, 3], channels: [1, 2] };

/** Schematic lines fade out between these zooms (straight segments mislead at city scale); their
 * nodes stay. */
export const SCHEMATIC_FADE = [10, 11] as const;

/** Line width by zoom from a row's z9 width. */
export const lineWidth = (w: number) => ['interpolate', ['linear'], ['zoom'], 6, w / 2, 9, w, 12, w * 1.5] as const;
