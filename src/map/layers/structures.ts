// The plan's spatial structures (structures.json): 一核三极 as emphasised symbols, the circles as
// translucent fills, axes and corridors as broad labelled bands. Each structure is its own toggle.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { LayerGroupId } from '../../kernel/layerGroups.ts';
import { fonts, halo, L, localName, type Label, type MapLayer } from './types.ts';

export const STRUCTURE_SOURCE = 'structures';

const inStructure = (id: string): ExpressionSpecification => ['==', ['get', 'structureId'], id];
const colorById = (pairs: [string, string][], fallback: string): ExpressionSpecification =>
  ['match', ['get', 'id'], ...pairs.flat(), fallback] as unknown as ExpressionSpecification;

const circlesColor = colorById([['close-circle', '#e4772c'], ['coop-circle', '#d9b227'], ['one-hour', '#e4772c'], ['two-hour', '#d9b227']], '#d9b227');
const axisColor = colorById(
  [
    ['axis-innovation-east', '#c0392b'],
    ['axis-innovation-west', '#c0392b'],
    ['axis-coastal', '#1f6f9f'],
    ['axis-zjy-shenzhen', '#7d3c98'],
    ['axis-yangjiang-yunguang', '#2e8b57'],
  ],
  '#6d5d4b',
);

// Structures are regional ideas: at city scale they recede so the places and their names read first.
const recede = (regional: number, city: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 10, regional, 12, city];

function circleLayers(structureId: string, group: LayerGroupId, legend: MapLayer['legend']): MapLayer[] {
  return [
    {
      group,
      legend,
      spec: {
        id: `${structureId}-fill`,
        type: 'fill',
        source: STRUCTURE_SOURCE,
        filter: ['all', inStructure(structureId), ['==', ['geometry-type'], 'Polygon']],
        paint: { 'fill-color': circlesColor, 'fill-opacity': recede(0.16, 0.07) },
      },
    },
    {
      group,
      spec: {
        id: `${structureId}-outline`,
        type: 'line',
        source: STRUCTURE_SOURCE,
        filter: ['all', inStructure(structureId), ['==', ['geometry-type'], 'Polygon']],
        paint: { 'line-color': circlesColor, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
    },
  ];
}

/** A broad translucent band with the element's name along it. */
function bandLayers(structureId: string, group: LayerGroupId, color: ExpressionSpecification | string, widths: [number, number], legend: MapLayer['legend']): MapLayer[] {
  const filter: FilterSpecification = ['all', inStructure(structureId), ['==', ['geometry-type'], 'LineString']];
  return [
    {
      group,
      legend,
      spec: {
        id: `${structureId}-band`,
        type: 'line',
        source: STRUCTURE_SOURCE,
        filter,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': color, 'line-opacity': recede(0.3, 0.12), 'line-width': ['interpolate', ['linear'], ['zoom'], 6, widths[0], 10, widths[1]] },
      },
    },
    {
      group,
      text: (locale) => localName(locale),
      spec: {
        id: `${structureId}-label`,
        type: 'symbol',
        source: STRUCTURE_SOURCE,
        filter,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 420,
          'text-font': fonts.bold,
          'text-size': 13,
          'text-letter-spacing': 0.1,
        },
        paint: { 'text-color': color, 'text-halo-color': halo, 'text-halo-width': 1.8 },
      },
    },
  ];
}

const legendBand = (label: Label, color: string): MapLayer['legend'] => [{ label, swatch: { kind: 'line', color, width: 8, opacity: 0.35 } }];

/** Circles and bands, drawn under places. */
export const structureAreaLayers: MapLayer[] = [
  ...circleLayers('liang-quan', 'structure-circles', [
    { label: L('紧密合作圈', '緊密合作圈', 'Close cooperation circle'), swatch: { kind: 'fill', color: '#e4772c', opacity: 0.25, outline: '#e4772c' } },
    { label: L('协同发展圈', '協同發展圈', 'Coordinated development circle'), swatch: { kind: 'fill', color: '#d9b227', opacity: 0.25, outline: '#d9b227' } },
  ]),
  ...circleLayers('hour-circles', 'structure-hours', [
    { label: L('1小时/2小时圈（释读）', '1小時/2小時圈（釋讀）', '1-hour / 2-hour circles (reading)'), swatch: { kind: 'fill', color: '#e4772c', opacity: 0.25, outline: '#e4772c' } },
  ]),
  ...bandLayers('si-zhou', 'structure-axes', axisColor, [14, 48], [
    { label: L('创新集聚发展轴', '創新集聚發展軸', 'Innovation axis'), swatch: { kind: 'line', color: '#c0392b', width: 8, opacity: 0.35 } },
    { label: L('沿海经济发展轴', '沿海經濟發展軸', 'Coastal axis'), swatch: { kind: 'line', color: '#1f6f9f', width: 8, opacity: 0.35 } },
    { label: L('中江阳至深圳发展轴', '中江陽至深圳發展軸', 'Zhongshan–Jiangmen–Yangjiang–Shenzhen axis'), swatch: { kind: 'line', color: '#7d3c98', width: 8, opacity: 0.35 } },
    { label: L('阳江至云广发展轴', '陽江至雲廣發展軸', 'Yangjiang–Yunfu–Guangzhou axis'), swatch: { kind: 'line', color: '#2e8b57', width: 8, opacity: 0.35 } },
  ]),
  ...bandLayers('lianghen-sanshe-yizong', 'structure-transport', '#b4572e', [6, 22], legendBand(L('综合交通通道', '綜合交通通道', 'Transport corridor'), '#b4572e')),
  ...bandLayers('lianglang-sandai', 'structure-industry', '#6a5acd', [6, 22], legendBand(L('产业走廊、产业带', '產業走廊、產業帶', 'Industry corridor / belt'), '#6a5acd')),
  ...bandLayers('yiping-yidai', 'structure-ecology', '#2f8f46', [6, 22], legendBand(L('生态屏障、生态带', '生態屏障、生態帶', 'Ecological barrier / belt'), '#2f8f46')),
];

/** Core and poles: rings around their cities' names, drawn above places so they stay the map's anchors. */
export const structureNodeLayers: MapLayer[] = [
  {
    group: 'structure-core',
    legend: [
      { label: L('核心（珠海）', '核心（珠海）', 'Core (Zhuhai)'), swatch: { kind: 'circle', color: '#b03a2e', radius: 7, hollow: true } },
      { label: L('增长极（中山、江门、阳江）', '增長極（中山、江門、陽江）', 'Growth poles (Zhongshan, Jiangmen, Yangjiang)'), swatch: { kind: 'circle', color: '#e08e0b', radius: 6, hollow: true } },
    ],
    spec: {
      id: 'yihe-sanji-nodes',
      type: 'circle',
      source: STRUCTURE_SOURCE,
      filter: ['all', inStructure('yihe-sanji'), ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-color': 'rgba(255,255,255,0.55)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['match', ['get', 'role'], 'core', 19, 16], 10, ['match', ['get', 'role'], 'core', 30, 24]],
        'circle-stroke-color': ['match', ['get', 'role'], 'core', '#b03a2e', '#e08e0b'],
        'circle-stroke-width': ['match', ['get', 'role'], 'core', 4, 3],
      },
    },
  },
];
