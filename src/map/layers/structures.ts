// The plan's spatial structures (structures.json): 一核三极 as emphasised symbols, the circles as
// translucent fills, axes and corridors as broad labelled bands. Each structure is its own toggle.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { LayerGroupId } from '../../kernel/layerGroups.ts';
import { fonts, halo, L, localName, type Label, type MapLayer } from './types.ts';
import { HUES } from './hierarchy.ts';

export const STRUCTURE_SOURCE = 'structures';

const inStructure = (id: string): ExpressionSpecification => ['==', ['get', 'structureId'], id];
const colorById = (pairs: [string, string][], fallback: string): ExpressionSpecification =>
  ['match', ['get', 'id'], ...pairs.flat(), fallback] as unknown as ExpressionSpecification;

// One hue for the plan's structure (core, poles, axes, the close circle); the wider circle in a warm
// grey; the optional corridors take their theme's hue (transport, industry as zones, ecology).
const RED = HUES.structure[0];
const GREY = '#8c7b6b';
const circlesColor = colorById([['close-circle', RED], ['coop-circle', GREY], ['one-hour', RED], ['two-hour', GREY]], GREY);

// Structures are regional ideas: from the west-bank scale on they recede so the places and their names read first.
const recede = (regional: number, city: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 7.5, regional, 9.5, (regional + city) / 2, 11, city];

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
        // The circles are a Bay Area–scale idea: their tint is gone by the west-bank scale, the outline stays.
        paint: { 'fill-color': circlesColor, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 7, 0.1, 9, 0.025, 10, 0] },
      },
    },
    {
      group,
      spec: {
        id: `${structureId}-outline`,
        type: 'line',
        source: STRUCTURE_SOURCE,
        filter: ['all', inStructure(structureId), ['==', ['geometry-type'], 'Polygon']],
        paint: { 'line-color': circlesColor, 'line-width': 1.2, 'line-dasharray': [3, 2], 'line-opacity': recede(0.9, 0.35) },
      },
    },
  ];
}

/** A broad translucent band with the element's name along it. */
function bandLayers(structureId: string, group: LayerGroupId, [color, textColor]: readonly [string, string], widths: [number, number], legend: MapLayer['legend']): MapLayer[] {
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
        paint: { 'line-color': color, 'line-opacity': recede(0.22, 0.06), 'line-width': ['interpolate', ['linear'], ['zoom'], 6, widths[0], 10, widths[1]] },
      },
    },
    {
      group,
      tier: 'structure',
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
        paint: { 'text-color': textColor, 'text-halo-color': halo, 'text-halo-width': 1.8 },
      },
    },
  ];
}

const legendBand = (label: Label, color: string): MapLayer['legend'] => [{ label, swatch: { kind: 'line', color, width: 8, opacity: 0.35 } }];

/** Circles and bands, drawn under places. */
export const structureAreaLayers: MapLayer[] = [
  ...circleLayers('liang-quan', 'structure-circles', [
    { label: L('紧密合作圈', '緊密合作圈', 'Close cooperation circle'), swatch: { kind: 'fill', color: RED, opacity: 0.2, outline: RED } },
    { label: L('协同发展圈', '協同發展圈', 'Coordinated development circle'), swatch: { kind: 'fill', color: GREY, opacity: 0.2, outline: GREY } },
  ]),
  ...circleLayers('hour-circles', 'structure-hours', [
    { label: L('1小时/2小时圈（释读）', '1小時/2小時圈（釋讀）', '1-hour / 2-hour circles (reading)'), swatch: { kind: 'fill', color: RED, opacity: 0.2, outline: RED } },
  ]),
  // The four axes share the structure hue; each is named along its band.
  ...bandLayers('si-zhou', 'structure-axes', HUES.structure, [14, 48], legendBand(L('发展轴（四轴，沿轴标名）', '發展軸（四軸，沿軸標名）', 'Development axes (four, named along each)'), RED)),
  ...bandLayers('lianghen-sanshe-yizong', 'structure-transport', HUES.rail, [6, 22], legendBand(L('综合交通通道', '綜合交通通道', 'Transport corridor'), HUES.rail[0])),
  ...bandLayers('lianglang-sandai', 'structure-industry', HUES.zone, [6, 22], legendBand(L('产业走廊、产业带', '產業走廊、產業帶', 'Industry corridor / belt'), HUES.zone[0])),
  ...bandLayers('yiping-yidai', 'structure-ecology', HUES.env, [6, 22], legendBand(L('生态屏障、生态带', '生態屏障、生態帶', 'Ecological barrier / belt'), HUES.env[0])),
];

/** Core and poles: rings around their cities' names, drawn above places so they stay the map's anchors. */
export const structureNodeLayers: MapLayer[] = [
  {
    group: 'structure-core',
    legend: [
      { label: L('核心（珠海）', '核心（珠海）', 'Core (Zhuhai)'), swatch: { kind: 'circle', color: RED, radius: 7, hollow: true } },
      { label: L('增长极（中山、江门、阳江）', '增長極（中山、江門、陽江）', 'Growth poles (Zhongshan, Jiangmen, Yangjiang)'), swatch: { kind: 'circle', color: RED, radius: 5, hollow: true } },
    ],
    spec: {
      id: 'yihe-sanji-nodes',
      type: 'circle',
      source: STRUCTURE_SOURCE,
      filter: ['all', inStructure('yihe-sanji'), ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-color': 'rgba(255,255,255,0.55)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['match', ['get', 'role'], 'core', 19, 16], 10, ['match', ['get', 'role'], 'core', 30, 24]],
        'circle-stroke-color': RED,
        'circle-stroke-width': ['match', ['get', 'role'], 'core', 4, 2],
      },
    },
  },
];
