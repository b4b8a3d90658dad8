// Gazetteer layers (public/data/places/<type>.geojson), one style per place type. Status shows as
// dash (lines) or a hollow symbol (points) and opacity; schematic lines get a wide pale band, so a
// diagram is never mistaken for a surveyed alignment.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';
import { PLACE_TYPES, type PlaceType, type Status } from '../../contracts/places.ts';
import type { Locale } from '../../contracts/label.ts';
import type { LayerGroupId } from '../../kernel/layerGroups.ts';
import { fonts, halo, L, localName, type Label, type MapLayer } from './types.ts';
import { AREA_LABELS_FILE, PLACE_FILES } from '../../contracts/manifest.ts';

/** Map source id of a place type's file. */
export const placeSource = (type: PlaceType) => `places-${type}`;
/** One name point per area place (a multi-part area would otherwise be named on every part). */
export const AREA_LABEL_SOURCE = 'places-area-labels';
/** The file each gazetteer source loads, by source id. */
export const PLACE_SOURCE_FILES: Record<string, string> = {
  ...Object.fromEntries(PLACE_TYPES.map((t) => [placeSource(t), PLACE_FILES[t]])),
  [AREA_LABEL_SOURCE]: AREA_LABELS_FILE,
};

interface PlaceStyle {
  type: PlaceType;
  group: LayerGroupId;
  /** Lines whose statuses are toggled apart: a group per status class. */
  statusGroups?: Record<StatusClassId, LayerGroupId>;
  color: string;
  label: Label;
  /** Zoom from which the type is drawn at all, and from which names are shown: the GBA view shows
   * the structure and the main corridors, and detail arrives as the user zooms in. */
  from: number;
  labelFrom: number;
  radius?: number;
  /** Some places of this type are areas (a zone whose extent is a whole district). */
  areas?: boolean;
}

export const PLACE_STYLES: PlaceStyle[] = [
  {
    type: 'rail-lines',
    group: 'rail-built',
    statusGroups: { built: 'rail-built', building: 'rail-building', planned: 'rail-planned' },
    color: '#8e2043',
    label: L('铁路', '鐵路', 'Rail'),
    from: 8,
    labelFrom: 8.5,
  },
  { type: 'roads', group: 'roads', color: '#d07a1e', label: L('高速公路', '高速公路', 'Expressway'), from: 8.5, labelFrom: 9 },
  { type: 'channels', group: 'channels', color: '#0b7a83', label: L('跨江跨海通道', '跨江跨海通道', 'Bridge / sea channel'), from: 6.5, labelFrom: 8, radius: 5 },
  { type: 'rivers', group: 'environment', color: '#3f87c0', label: L('河流', '河流', 'River'), from: 8.5, labelFrom: 9, radius: 4 },
  { type: 'stations', group: 'stations', color: '#8e2043', label: L('车站与枢纽', '車站與樞紐', 'Station / hub'), from: 9, labelFrom: 9, radius: 5 },
  { type: 'ports', group: 'ports', color: '#1d4f91', label: L('港口、港区', '港口、港區', 'Port / port area'), from: 7.5, labelFrom: 8.5, radius: 5.5 },
  { type: 'airports', group: 'airports', color: '#34495e', label: L('机场', '機場', 'Airport'), from: 6.5, labelFrom: 7.5, radius: 6 },
  { type: 'crossings', group: 'crossings', color: '#c0392b', label: L('口岸', '口岸', 'Border crossing'), from: 8, labelFrom: 8.5, radius: 5.5 },
  { type: 'zones', group: 'zones', color: '#7a4ea3', label: L('合作区、园区、平台', '合作區、園區、平台', 'Zone / park / platform'), from: 8.5, labelFrom: 9, radius: 4.5, areas: true },
  { type: 'facilities', group: 'facilities', color: '#5b6b7a', label: L('能源水利设施', '能源水利設施', 'Energy / water facility'), from: 9, labelFrom: 9.5, radius: 4 },
  { type: 'ecology', group: 'environment', color: '#3b8a4c', label: L('生态区', '生態區', 'Ecological area'), from: 9, labelFrom: 9.5, radius: 4 },
  { type: 'islands', group: 'environment', color: '#b08d57', label: L('海岛', '海島', 'Island'), from: 9, labelFrom: 9, radius: 4 },
  { type: 'services', group: 'institutions', color: '#2b7a78', label: L('公共服务设施', '公共服務設施', 'Public service'), from: 9.5, labelFrom: 10, radius: 3.5 },
  { type: 'research', group: 'institutions', color: '#4b5fa8', label: L('科研机构与平台', '科研機構與平台', 'Research institution'), from: 9.5, labelFrom: 10, radius: 3.5 },
  { type: 'heritage', group: 'heritage', color: '#8a5a2b', label: L('历史文化遗产', '歷史文化遺產', 'Heritage site'), from: 9.5, labelFrom: 10, radius: 4 },
  { type: 'localities', group: 'localities', color: '#7d7468', label: L('镇街', '鎮街', 'Town'), from: 9.5, labelFrom: 10, radius: 3 },
];

/** A place type's name in the UI's script (the legend's, the cards', the lists'). */
export const placeTypeLabel = (type: string, locale: Locale): string => PLACE_STYLES.find((s) => s.type === type)?.label[locale] ?? type;

/** Statuses grouped by how they are drawn: built, being built, planned or studied. */
type StatusClassId = 'built' | 'building' | 'planned';
const STATUS_CLASSES: { id: StatusClassId; statuses: Status[]; dash: number[] | null; opacity: number; label: Label }[] = [
  { id: 'built', statuses: ['existing', 'operating', 'upgrade'], dash: null, opacity: 1, label: L('现状、运营', '現狀、運營', 'existing / operating') },
  { id: 'building', statuses: ['under-construction', 'pre-construction'], dash: [4, 2], opacity: 0.9, label: L('在建、前期工作', '在建、前期工作', 'under construction / preparing') },
  { id: 'planned', statuses: ['planned', 'study', 'concept', 'reserved'], dash: [1, 2], opacity: 0.75, label: L('规划、研究', '規劃、研究', 'planned / under study') },
];

/** The layer group that toggles a place: its type's, or for a type split by status, its status class's. */
export function placeGroup(type: PlaceType, status: Status): LayerGroupId | undefined {
  const style = PLACE_STYLES.find((s) => s.type === type);
  const cls = STATUS_CLASSES.find((c) => c.statuses.includes(status));
  return style?.statusGroups && cls ? style.statusGroups[cls.id] : style?.group;
}

const inStatuses = (statuses: Status[]): ExpressionSpecification => ['in', ['get', 'status'], ['literal', statuses]];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const built = STATUS_CLASSES[0]!.statuses;
const statusOpacity: DataDrivenPropertyValueSpecification<number> = [
  'case',
  ...STATUS_CLASSES.flatMap((c) => [inStatuses(c.statuses), c.opacity]),
  0.75,
] as ExpressionSpecification;

/** A line type's layers: schematic band, one stroke per status class, names along the line. A type
 * with status groups gets that set per class, each in its class's group; others share one group. */
function lineLayers(s: PlaceStyle): MapLayer[] {
  const parts = s.statusGroups
    ? STATUS_CLASSES.map((c) => ({ suffix: `-${c.id}`, group: s.statusGroups![c.id], classes: [c] }))
    : [{ suffix: '', group: s.group, classes: STATUS_CLASSES }];
  return parts.flatMap((p) => lineLayerSet(s, p.suffix, p.group, p.classes));
}

function lineLayerSet(s: PlaceStyle, suffix: string, group: LayerGroupId, classes: typeof STATUS_CLASSES): MapLayer[] {
  const source = placeSource(s.type);
  const these: ExpressionSpecification = inStatuses(classes.flatMap((c) => c.statuses));
  const band: MapLayer = {
    group,
    spec: {
      id: `${source}${suffix}-band`,
      type: 'line',
      source,
      minzoom: s.from,
      filter: ['all', isLine, these, ['==', ['get', 'precision'], 'schematic']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': s.color, 'line-opacity': 0.12, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 5, 11, 14] },
    },
  };
  const strokes = classes.map(
    (c): MapLayer => ({
      group,
      legend: [{ label: { 'zh-Hans': `${s.label['zh-Hans']}（${c.label['zh-Hans']}）`, 'zh-Hant': `${s.label['zh-Hant']}（${c.label['zh-Hant']}）`, en: `${s.label.en} (${c.label.en})` }, swatch: { kind: 'line', color: s.color, width: 2, opacity: c.opacity, ...(c.dash ? { dash: c.dash } : {}) } }],
      spec: {
        id: `${source}-${c.id}`,
        type: 'line',
        source,
        minzoom: s.from,
        filter: ['all', isLine, inStatuses(c.statuses)],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': s.color,
          'line-opacity': c.opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 11, 3],
          ...(c.dash ? { 'line-dasharray': c.dash } : {}),
        },
      },
    }),
  );
  const label: MapLayer = {
    group,
    text: (locale) => localName(locale),
    spec: {
      id: `${source}${suffix}-labels`,
      type: 'symbol',
      source,
      minzoom: s.labelFrom,
      filter: ['all', isLine, these],
      layout: { 'symbol-placement': 'line', 'text-font': fonts.regular, 'text-size': 11, 'symbol-spacing': 350 },
      paint: { 'text-color': s.color, 'text-halo-color': halo, 'text-halo-width': 1.4 },
    },
  };
  return [band, ...strokes, label];
}

/** Places with a known extent: a pale fill and a dashed outline, under the lines and points. */
function areaLayers(s: PlaceStyle): MapLayer[] {
  const source = placeSource(s.type);
  return [
    {
      group: s.group,
      legend: [{ label: L(`${s.label['zh-Hans']}（范围）`, `${s.label['zh-Hant']}（範圍）`, `${s.label.en} (extent)`), swatch: { kind: 'fill', color: s.color, outline: s.color, opacity: 0.12 } }],
      spec: { id: `${source}-area`, type: 'fill', source, minzoom: s.from, filter: isArea, paint: { 'fill-color': s.color, 'fill-opacity': 0.12 } },
    },
    {
      group: s.group,
      spec: {
        id: `${source}-area-outline`,
        type: 'line',
        source,
        minzoom: s.from,
        filter: isArea,
        paint: { 'line-color': s.color, 'line-width': 1.4, 'line-dasharray': [3, 2], 'line-opacity': 0.8 },
      },
    },
  ];
}

/** An area's name, once, at its seat; placed with the point names, above the lines' names. */
const areaLabelLayer = (s: PlaceStyle): MapLayer => ({
  group: s.group,
  text: (locale) => localName(locale),
  spec: {
    id: `${placeSource(s.type)}-area-labels`,
    type: 'symbol',
    source: AREA_LABEL_SOURCE,
    minzoom: s.from,
    filter: ['==', ['get', 'type'], s.type],
    layout: { 'text-font': fonts.bold, 'text-size': 13 },
    paint: { 'text-color': s.color, 'text-halo-color': halo, 'text-halo-width': 1.6 },
  },
});

function pointLayers(s: PlaceStyle): MapLayer[] {
  const source = placeSource(s.type);
  const r = s.radius ?? 4;
  return [
    {
      group: s.group,
      legend: [
        { label: { ...s.label }, swatch: { kind: 'circle', color: s.color, radius: r } },
        { label: L(`${s.label['zh-Hans']}（规划、在建）`, `${s.label['zh-Hant']}（規劃、在建）`, `${s.label.en} (planned / building)`), swatch: { kind: 'circle', color: s.color, radius: r, hollow: true } },
      ],
      spec: {
        id: `${source}-points`,
        type: 'circle',
        source,
        minzoom: s.from,
        filter: isPoint,
        paint: {
          // Hollow until built: a ring reads as "not there yet" at any size.
          'circle-color': ['case', inStatuses(built), s.color, '#ffffff'],
          'circle-stroke-color': s.color,
          'circle-stroke-width': 1.6,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, r * 0.7, 11, r * 1.4],
          'circle-opacity': statusOpacity,
          'circle-stroke-opacity': statusOpacity,
        },
      },
    },
    {
      group: s.group,
      // A placeholder (a project whose site is not chosen) says so on the map, not only in its card.
      text: (locale) => ['case', ['==', ['get', 'precision'], 'schematic'], ['concat', localName(locale), SCHEMATIC_SUFFIX[locale]], localName(locale)],
      spec: {
        id: `${source}-point-labels`,
        type: 'symbol',
        source,
        minzoom: s.labelFrom,
        filter: isPoint,
        layout: {
          'text-font': fonts.regular,
          'text-size': 11,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.8,
          'text-max-width': 9,
        },
        paint: { 'text-color': s.color, 'text-halo-color': halo, 'text-halo-width': 1.4 },
      },
    },
  ];
}

/** Appended to the name of a place drawn at a placeholder position. */
const SCHEMATIC_SUFFIX = L('（示意位置）', '（示意位置）', ' (schematic position)');

const LINE_TYPES: PlaceType[] = ['rail-lines', 'roads', 'channels', 'rivers'];

/** Place areas (under everything else of the gazetteer), lines (under points), and points with their labels. */
export const placeAreaLayers: MapLayer[] = PLACE_STYLES.filter((s) => s.areas).flatMap(areaLayers);
export const placeLineLayers: MapLayer[] = PLACE_STYLES.filter((s) => LINE_TYPES.includes(s.type)).flatMap(lineLayers);
export const placePointLayers: MapLayer[] = [
  ...PLACE_STYLES.flatMap((s) => (s.type === 'rail-lines' || s.type === 'roads' ? [] : pointLayers(s))),
  ...PLACE_STYLES.filter((s) => s.areas).map(areaLabelLayer),
];
