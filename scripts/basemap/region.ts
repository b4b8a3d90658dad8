// Extents shared by every basemap step (and by tests/data/basemap.test.ts), as [west, south, east, north] in WGS84 degrees.
export type BBox = [number, number, number, number];

/**
 * The whole map region. South to 3°N so the South China Sea dashed line and 南海诸岛 fit; east to 125°E so
 * 钓鱼岛/赤尾屿 (part of 台湾省 in the Tianditu data) are kept; west/north cover 云南/四川 and the Pan-PRD context.
 */
export const REGION: BBox = [97, 3, 125, 35];

/** Where the detailed (OSM) land and the DataV city/county polygons are used: the Pearl River estuary and all 12 cities. */
export const ESTUARY: BBox = [110.8, 20.8, 115.6, 24.8];

/** Coordinates are rounded to 1e-5° (~1 m), plenty for z≤13 and it keeps files small. */
export const PRECISION = 1e-5;

export const bboxString = (b: BBox): string => b.join(',');
