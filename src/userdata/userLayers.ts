// The user's own files on the MapLibre map: one GeoJSON source and a fill, line and circle layer per
// file, every id prefixed `user-`, so nothing of the atlas's own style is touched or confused with them.
import { bbox } from '@turf/turf';
import type { ExpressionSpecification, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** Distinct from the atlas's warm palette, so the user's data reads as theirs. */
const COLORS = ['#1f77b4', '#2ca02c', '#9467bd', '#d62728', '#17becf', '#e377c2', '#8c564b'];

const isType = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];

export const userSourceId = (key: string) => `user-${key}`;
/** Bottom to top: fills under their outlines and lines, points on top. */
export const userLayerIds = (key: string) => [`user-${key}-fill`, `user-${key}-line`, `user-${key}-circle`];

/** Adds a file's features under the selection highlight and returns the colour it was given. */
export function addUserLayer(map: MapLibreMap, key: string, data: FeatureCollection, index: number): string {
  const color = COLORS[index % COLORS.length] ?? '#1f77b4';
  const source = userSourceId(key);
  const [fill, line, circle] = userLayerIds(key) as [string, string, string];
  // The selection ring stays above user data, so a selected place remains visible.
  const before = map.getLayer('selection-line') ? 'selection-line' : undefined;
  map.addSource(source, { type: 'geojson', data });
  map.addLayer(
    { id: fill, type: 'fill', source, filter: isType('Polygon', 'MultiPolygon'), paint: { 'fill-color': color, 'fill-opacity': 0.25 } },
    before,
  );
  map.addLayer(
    {
      id: line,
      type: 'line',
      source,
      filter: isType('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3] },
    },
    before,
  );
  map.addLayer(
    {
      id: circle,
      type: 'circle',
      source,
      filter: isType('Point', 'MultiPoint'),
      paint: {
        'circle-color': color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 8],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    },
    before,
  );
  return color;
}

export function removeUserLayer(map: MapLibreMap, key: string): void {
  for (const id of userLayerIds(key)) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(userSourceId(key))) map.removeSource(userSourceId(key));
}

/** Brings all of a file's features into view; a single point gets a close but not maximal zoom. */
export function fitUserLayer(map: MapLibreMap, data: FeatureCollection): void {
  const [w, s, e, n] = bbox(data);
  const bounds: LngLatBoundsLike = [w, s, e, n];
  const width = map.getContainer().clientWidth;
  const pad = Math.min(60, width * 0.08);
  map.fitBounds(bounds, { padding: { top: pad + 40, bottom: pad, left: pad, right: pad }, maxZoom: 12, duration: 500 });
}
