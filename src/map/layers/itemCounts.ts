// Badges of how many (filtered) plan items concern each city, and each county in the west bank when
// zoomed in: the list's filters drawn on the map.
import type { FilterSpecification } from 'maplibre-gl';
import { L, fonts, type MapLayer } from './types.ts';

export const ITEM_COUNT_SOURCE = 'itemCounts';
const BADGE_OFFSET: [number, number] = [-24, -16];

const circle = (id: string, filter: FilterSpecification, zoom: { minzoom?: number; maxzoom?: number }, legend?: MapLayer['legend']): MapLayer[] => [
  {
    group: 'item-counts',
    legend,
    spec: {
      id: `${id}-circles`,
      type: 'circle',
      source: ITEM_COUNT_SOURCE,
      filter,
      ...zoom,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['get', 'radius'],
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        // Up and left of the place name, which stays readable beside its badge.
        'circle-translate': BADGE_OFFSET,
      },
    },
  },
  {
    group: 'item-counts',
    spec: {
      id: `${id}-labels`,
      type: 'symbol',
      source: ITEM_COUNT_SOURCE,
      filter,
      ...zoom,
      layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': fonts.bold, 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': '#3b1f0f', 'text-translate': BADGE_OFFSET },
    },
  },
];

export const itemCountLayers: MapLayer[] = [
  ...circle('item-count-cities', ['==', ['get', 'level'], 'city'], { maxzoom: 8 }, [
    { label: L('规划事项数（随筛选变化）', '規劃事項數（隨篩選變化）', 'Plan items (follows the filters)'), swatch: { kind: 'circle', color: '#fd8d3c', radius: 6 } },
  ]),
  // Zoomed in, the west bank splits into its counties; other cities keep one badge.
  ...circle('item-count-counties', ['any', ['in', ['get', 'level'], ['literal', ['county', 'city-unit']]], ['all', ['==', ['get', 'level'], 'city'], ['!=', ['get', 'westBank'], true]]], { minzoom: 8 }),
];
