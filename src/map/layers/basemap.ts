// The offline basemap: its files and layers. The legend, the layer toggles and the bench's bare page
// are all generated from these definitions, so there is one source of truth for the style.
import type { FilterSpecification } from 'maplibre-gl';
import { fonts, halo, L, localName, type MapLayer } from './types.ts';
import { HIERARCHY } from './hierarchy.ts';

export const palette = {
  sea: '#d6e6ef',
  land: '#efece4',
  panPrd: '#f6f2e8',
  // Neutral fills: hue belongs to the themes drawn on top (hierarchy.ts); the west bank only a shade warmer.
  gbaCity: '#f9f7f2',
  westBankCity: '#f4efe3',
  selected: '#c0392b',
  provinceLine: '#9b8f7d',
  cityLine: '#a99c88',
  countyLine: '#c5baa9',
  nationalLine: '#6f5a7e',
  label: '#2f2a25',
  labelMuted: '#5e574d',
} as const;

const isLevel = (kind: string): FilterSpecification => ['==', ['get', 'level'], kind];

/** Fills and lines, drawn under every overlay. */
export const basemapLayers: MapLayer[] = [
  { group: null, spec: { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } } },
  // No antialiasing: the estuary and regional land pieces abut, and an antialiased edge shows as a hairline.
  { group: null, spec: { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land, 'fill-antialias': false } } },
  {
    group: 'provinces',
    spec: {
      id: 'provinces-fill',
      type: 'fill',
      source: 'provinces',
      filter: ['==', ['get', 'panPrd'], true],
      paint: { 'fill-color': palette.panPrd },
    },
  },
  {
    group: 'cities',
    legend: [
      { label: L('珠江口西岸都市圈城市', '珠江口西岸都市圈城市', 'West-bank metropolitan area city'), swatch: { kind: 'fill', color: palette.westBankCity, outline: palette.cityLine } },
      { label: L('大湾区其他城市', '大灣區其他城市', 'Other Greater Bay Area city'), swatch: { kind: 'fill', color: palette.gbaCity, outline: palette.cityLine } },
    ],
    spec: {
      id: 'cities-fill',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': ['case', ['==', ['get', 'westBank'], true], palette.westBankCity, palette.gbaCity],
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0, 6, 1],
      },
    },
  },
  {
    group: 'counties',
    spec: {
      id: 'county-lines',
      type: 'line',
      source: 'adminLines',
      minzoom: 7.5,
      filter: isLevel('county'),
      paint: { 'line-color': palette.countyLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
  },
  {
    group: 'cities',
    spec: {
      id: 'city-lines',
      type: 'line',
      source: 'adminLines',
      minzoom: 5.5,
      filter: isLevel('city'),
      paint: { 'line-color': palette.cityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.4] },
    },
  },
  {
    group: 'provinces',
    legend: [{ label: L('省级界线', '省級界線', 'Provincial boundary'), swatch: { kind: 'line', color: palette.provinceLine, dash: [4, 1.5, 1, 1.5], width: 1.5 } }],
    spec: {
      id: 'province-lines',
      type: 'line',
      source: 'adminLines',
      filter: isLevel('province'),
      paint: {
        'line-color': palette.provinceLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2],
        'line-dasharray': [4, 1.5, 1, 1.5],
      },
    },
  },
  {
    group: 'boundaries',
    legend: [{ label: L('南海断续线及海上界线', '南海斷續線及海上界線', 'South China Sea line, sea boundaries'), swatch: { kind: 'line', color: palette.nationalLine, dash: [3, 2], width: 2 } }],
    spec: {
      id: 'boundary-lines',
      type: 'line',
      source: 'boundaryLines',
      // The 南海 dashed line is drawn as the national boundary; SAR and provincial sea boundaries lighter.
      paint: {
        'line-color': ['match', ['get', 'kind'], 'maritime-claim', palette.nationalLine, palette.provinceLine],
        'line-width': [
          'interpolate', ['linear'], ['zoom'],
          3, ['match', ['get', 'kind'], 'maritime-claim', 1.4, 0.6],
          9, ['match', ['get', 'kind'], 'maritime-claim', 2.6, 1.2],
        ],
        'line-dasharray': [3, 2],
      },
    },
  },
  {
    group: null,
    spec: {
      id: 'selection-outline',
      type: 'line',
      source: 'cities',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': palette.selected, 'line-width': 2.5 },
    },
  },
];

/** Admin names, drawn above every overlay. */
export const basemapLabelLayers: MapLayer[] = [
  {
    group: 'labels',
    tier: 'cities',
    text: (locale) => localName(locale, 'shortName'),
    spec: {
      id: 'province-labels',
      type: 'symbol',
      source: 'labels',
      maxzoom: 6.8,
      filter: isLevel('province'),
      layout: {
        'text-font': fonts.regular,
        'text-size': 13,
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': palette.labelMuted, 'text-halo-color': halo, 'text-halo-width': 1.2 },
    },
  },
  {
    group: 'labels',
    tier: 'counties',
    text: (locale) => localName(locale, 'shortName'),
    spec: {
      id: 'county-labels',
      type: 'symbol',
      source: 'labels',
      minzoom: HIERARCHY['county-labels']!.label,
      filter: isLevel('county'),
      layout: { 'text-font': fonts.regular, 'text-size': 12 },
      paint: { 'text-color': palette.labelMuted, 'text-halo-color': halo, 'text-halo-width': 1.2 },
    },
  },
  {
    group: 'labels',
    tier: 'cities',
    text: (locale) => localName(locale, 'shortName'),
    spec: {
      id: 'city-labels',
      type: 'symbol',
      source: 'labels',
      minzoom: HIERARCHY['city-labels']!.label,
      filter: isLevel('city'),
      layout: {
        'text-font': fonts.bold,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 13, 10, 18],
        // Neighbouring seats (广州/佛山, 珠海/澳门) sit close together: let labels step aside, not vanish.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 0.8,
        'text-padding': 1,
        'symbol-sort-key': ['case', ['==', ['get', 'westBank'], true], 0, 1],
      },
      paint: { 'text-color': palette.label, 'text-halo-color': halo, 'text-halo-width': 1.6 },
    },
  },
];
