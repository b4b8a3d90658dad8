// Gazetteer layers (public/data/places/<type>.geojson), one style per place type; zooms, weights and
// hues from the hierarchy table (hierarchy.ts, CARTOGRAPHY.md). Status shows as dash (lines) or a
// hollow symbol (points), never as a hue; lines are ranked by importance (the data's `rank`);
// schematic lines carry node dots and fade out at city scale, so a diagram is never mistaken for a
// surveyed alignment.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';
import { PLACE_TYPES, type PlaceType, type Status } from '../../contracts/places.ts';
import type { Locale } from '../../contracts/label.ts';
import type { LayerGroupId } from '../../kernel/layerGroups.ts';
import { fonts, halo, L, localName, type Label, type MapLayer } from './types.ts';
import { AREA_LABELS_FILE, LINE_NODES_FILE, PLACE_FILES } from '../../contracts/manifest.ts';
import { HIERARCHY, HUES, lineWidth, RANKS, SCHEMATIC_FADE, type Row } from './hierarchy.ts';

/** Map source id of a place type's file. */
export const placeSource = (type: PlaceType) => `places-${type}`;
/** One name point per area place (a multi-part area would otherwise be named on every part). */
export const AREA_LABEL_SOURCE = 'places-area-labels';
/** The vertices of schematic lines (not a `places-` source: a node is not a place to click). */
export const LINE_NODE_SOURCE = 'line-nodes';
/** The file each gazetteer source loads, by source id. */
export const PLACE_SOURCE_FILES: Record<string, string> = {
  ...Object.fromEntries(PLACE_TYPES.map((t) => [placeSource(t), PLACE_FILES[t]])),
  [AREA_LABEL_SOURCE]: AREA_LABELS_FILE,
  [LINE_NODE_SOURCE]: LINE_NODES_FILE,
};

interface PlaceStyle {
  type: PlaceType;
  group: LayerGroupId;
  /** Lines whose statuses are toggled apart: a group per status class. */
  statusGroups?: Record<StatusClassId, LayerGroupId>;
  label: Label;
  /** Some places of this type are areas (a zone whose extent is a whole district). */
  areas?: boolean;
}

// Zooms, weights and hues are not here: they come from the hierarchy table (hierarchy.ts).
const S = (type: PlaceType, group: LayerGroupId, label: Label, areas?: boolean): PlaceStyle => ({ type, group, label, ...(areas ? { areas } : {}) });
export const PLACE_STYLES: PlaceStyle[] = [
  { ...S('rail-lines', 'rail-built', L('铁路', '鐵路', 'Rail')), statusGroups: { built: 'rail-built', building: 'rail-building', planned: 'rail-planned' } },
  S('roads', 'roads', L('高速公路', '高速公路', 'Expressway')),
  S('channels', 'channels', L('跨江跨海通道', '跨江跨海通道', 'Bridge / sea channel')),
  S('rivers', 'environment', L('河流', '河流', 'River')),
  S('stations', 'stations', L('车站与枢纽', '車站與樞紐', 'Station / hub')),
  S('ports', 'ports', L('港口、港区', '港口、港區', 'Port / port area')),
  S('airports', 'airports', L('机场', '機場', 'Airport')),
  S('crossings', 'crossings', L('口岸', '口岸', 'Border crossing')),
  S('zones', 'zones', L('合作区、园区、平台', '合作區、園區、平台', 'Zone / park / platform'), true),
  S('facilities', 'facilities', L('能源水利设施', '能源水利設施', 'Energy / water facility')),
  S('ecology', 'environment', L('生态区', '生態區', 'Ecological area')),
  S('islands', 'environment', L('海岛', '海島', 'Island')),
  S('services', 'institutions', L('公共服务设施', '公共服務設施', 'Public service')),
  S('research', 'institutions', L('科研机构与平台', '科研機構與平台', 'Research institution')),
  S('heritage', 'heritage', L('历史文化遗产', '歷史文化遺產', 'Heritage site')),
  S('localities', 'localities', L('镇街', '鎮街', 'Town')),
];

/** A place type's hierarchy row (a line type's: its rank's, default its major class). */
const rowOf = (type: string, rank?: number): Row => HIERARCHY[rank ? `${type}:${rank}` : type] ?? HIERARCHY[`${type}:1`]!;
const hue = (type: string) => HUES[rowOf(type).hue];

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

const isSchematic: ExpressionSpecification = ['==', ['get', 'precision'], 'schematic'];
const hasRank = (rank: number | undefined): ExpressionSpecification => (rank ? ['==', ['get', 'rank'], rank] : true as unknown as ExpressionSpecification);
/** A schematic line fades out at city scale (its straight segments would read as an alignment). */
const fade = (opacity: number): DataDrivenPropertyValueSpecification<number> => [
  'interpolate', ['linear'], ['zoom'],
  SCHEMATIC_FADE[0], opacity,
  SCHEMATIC_FADE[1], ['case', isSchematic, 0, opacity],
];

/** A line type's layers: one stroke per rank and status class (major ranks drawn on top, from an
 * earlier zoom, heavier), names along the line. A type with status groups gets that set per class,
 * each in its class's group; others share one group. */
function lineLayers(s: PlaceStyle): MapLayer[] {
  const parts = s.statusGroups
    ? STATUS_CLASSES.map((c) => ({ suffix: `-${c.id}`, group: s.statusGroups![c.id], classes: [c] }))
    : [{ suffix: '', group: s.group, classes: STATUS_CLASSES }];
  return parts.flatMap((p) => lineLayerSet(s, p.suffix, p.group, p.classes));
}

function lineLayerSet(s: PlaceStyle, suffix: string, group: LayerGroupId, classes: typeof STATUS_CLASSES): MapLayer[] {
  const source = placeSource(s.type);
  const [color, textColor] = hue(s.type);
  const these: ExpressionSpecification = inStatuses(classes.flatMap((c) => c.statuses));
  const ranks = RANKS[s.type] ?? [undefined];
  // Minor ranks first: a major line is drawn over the minor ones it crosses.
  const strokes = ranks.toReversed().flatMap((rank) =>
    classes.map((c): MapLayer => {
      const r = rowOf(s.type, rank);
      return {
        group,
        ...(rank === ranks[0] ? { legend: [{ label: { 'zh-Hans': `${s.label['zh-Hans']}（${c.label['zh-Hans']}）`, 'zh-Hant': `${s.label['zh-Hant']}（${c.label['zh-Hant']}）`, en: `${s.label.en} (${c.label.en})` }, swatch: { kind: 'line' as const, color, width: 2, opacity: c.opacity, ...(c.dash ? { dash: c.dash } : {}) } }] } : {}),
        spec: {
          id: `${source}-${c.id}${rank ? `-${rank}` : ''}`,
          type: 'line',
          source,
          minzoom: r.from,
          filter: ['all', isLine, inStatuses(c.statuses), hasRank(rank)],
          layout: { 'line-join': 'round', 'line-cap': c.dash ? 'butt' : 'round' },
          paint: {
            'line-color': color,
            'line-opacity': fade(c.opacity),
            'line-width': lineWidth(r.w) as unknown as ExpressionSpecification,
            ...(c.dash ? { 'line-dasharray': c.dash } : {}),
          },
        },
      };
    }),
  );
  // One name layer: from the major rank's label zoom, the minor ranks' names join at theirs.
  const labelZooms = ranks.map((rank) => rowOf(s.type, rank).label);
  const named = (locale: Locale): ExpressionSpecification => {
    if (!ranks[0]) return localName(locale);
    const upTo = (i: number): ExpressionSpecification => ['case', ['<=', ['coalesce', ['get', 'rank'], 3], ranks[i]!], localName(locale), ''];
    return ['step', ['zoom'], upTo(0), ...ranks.slice(1).flatMap((_, i) => [labelZooms[i + 1]!, upTo(i + 1)])] as unknown as ExpressionSpecification;
  };
  const label: MapLayer = {
    group,
    tier: rowOf(s.type).tier,
    text: named,
    spec: {
      id: `${source}${suffix}-labels`,
      type: 'symbol',
      source,
      minzoom: labelZooms[0]!,
      // Names go with their lines: gone where the schematic lines have faded.
      maxzoom: SCHEMATIC_FADE[1],
      filter: ['all', isLine, these],
      layout: {
        'symbol-placement': 'line',
        'text-font': fonts.regular,
        'text-size': 11,
        'symbol-spacing': 400,
        'text-padding': 6,
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 3],
      },
      paint: { 'text-color': textColor, 'text-halo-color': halo, 'text-halo-width': 1.5 },
    },
  };
  return [...strokes, label];
}

/** Dots at the vertices of schematic lines (the named nodes they were drawn through): a diagram's
 * stations. Drawn from the west-bank scale on, they stay when the lines fade out. */
function nodeLayers(s: PlaceStyle): MapLayer[] {
  const parts = s.statusGroups
    ? STATUS_CLASSES.map((c) => ({ suffix: `-${c.id}`, group: s.statusGroups![c.id], statuses: c.statuses }))
    : [{ suffix: '', group: s.group, statuses: STATUS_CLASSES.flatMap((c) => c.statuses) }];
  const n = HIERARCHY.nodes!;
  const color = hue(s.type)[0];
  return parts.map((p, i) => ({
    group: p.group,
    ...(i === 0 ? { legend: [{ label: L(`${s.label['zh-Hans']}示意线节点（放大后保留）`, `${s.label['zh-Hant']}示意線節點（放大後保留）`, `${s.label.en}: schematic line nodes (kept when zoomed in)`), swatch: { kind: 'circle' as const, color, radius: 3, hollow: true } }] } : {}),
    spec: {
      id: `${LINE_NODE_SOURCE}-${s.type}${p.suffix}`,
      type: 'circle',
      source: LINE_NODE_SOURCE,
      minzoom: n.from,
      filter: ['all', ['==', ['get', 'type'], s.type], inStatuses(p.statuses)],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': color,
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 12, 1.8],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['match', ['get', 'rank'], 1, n.w, n.w * 0.7], 12, ['match', ['get', 'rank'], 1, n.w * 1.8, n.w * 1.3]],
        // The major class's nodes first, the others' as their lines arrive.
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], n.from, ['match', ['get', 'rank'], 1, 1, 0], n.label, 1],
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], n.from, ['match', ['get', 'rank'], 1, 1, 0], n.label, 1],
      },
    },
  }));
}

/** Places with a known extent: a pale fill and a dashed outline, under the lines and points. */
function areaLayers(s: PlaceStyle): MapLayer[] {
  const source = placeSource(s.type);
  const r = HIERARCHY[`${s.type}:area`]!;
  const color = HUES[r.hue][0];
  return [
    {
      group: s.group,
      legend: [{ label: L(`${s.label['zh-Hans']}（范围）`, `${s.label['zh-Hant']}（範圍）`, `${s.label.en} (extent)`), swatch: { kind: 'fill', color, outline: color, opacity: 0.12 } }],
      spec: { id: `${source}-area`, type: 'fill', source, minzoom: r.from, filter: isArea, paint: { 'fill-color': color, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.06, 11, 0.12] } },
    },
    {
      group: s.group,
      spec: {
        id: `${source}-area-outline`,
        type: 'line',
        source,
        minzoom: r.from,
        filter: isArea,
        paint: { 'line-color': color, 'line-width': r.w, 'line-dasharray': [3, 2], 'line-opacity': 0.7 },
      },
    },
  ];
}

/** An area's name, once, at its seat; placed with the point names, above the lines' names. */
function areaLabelLayer(s: PlaceStyle): MapLayer {
  const r = HIERARCHY[`${s.type}:area`]!;
  return {
    group: s.group,
    tier: r.tier,
    text: (locale) => localName(locale),
    spec: {
      id: `${placeSource(s.type)}-area-labels`,
      type: 'symbol',
      source: AREA_LABEL_SOURCE,
      minzoom: r.label,
      filter: ['==', ['get', 'type'], s.type],
      layout: { 'text-font': fonts.bold, 'text-size': 12, 'text-max-width': 8, 'text-padding': 4 },
      paint: { 'text-color': HUES[r.hue][1], 'text-halo-color': halo, 'text-halo-width': 1.6 },
    },
  };
}

function pointLayers(s: PlaceStyle): MapLayer[] {
  const source = placeSource(s.type);
  // A ranked line type's points (bridges shown at their host place) are of its minor class.
  const row = rowOf(s.type, RANKS[s.type]?.at(-1));
  const [color, textColor] = HUES[row.hue];
  const r = row.w;
  return [
    {
      group: s.group,
      legend: [
        { label: { ...s.label }, swatch: { kind: 'circle', color, radius: r } },
        { label: L(`${s.label['zh-Hans']}（规划、在建）`, `${s.label['zh-Hant']}（規劃、在建）`, `${s.label.en} (planned / building)`), swatch: { kind: 'circle', color, radius: r, hollow: true } },
      ],
      spec: {
        id: `${source}-points`,
        type: 'circle',
        source,
        minzoom: row.from,
        filter: isPoint,
        paint: {
          // Hollow until built: a ring reads as "not there yet" at any size.
          'circle-color': ['case', inStatuses(built), color, '#ffffff'],
          'circle-stroke-color': ['case', inStatuses(built), '#ffffff', color],
          'circle-stroke-width': ['case', inStatuses(built), 1, 1.6],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, r * 0.7, 11, r * 1.4],
          'circle-opacity': statusOpacity,
          'circle-stroke-opacity': statusOpacity,
        },
      },
    },
    {
      group: s.group,
      tier: row.tier,
      // A placeholder (a project whose site is not chosen) says so on the map, not only in its card.
      text: (locale) => ['case', isSchematic, ['concat', localName(locale), SCHEMATIC_SUFFIX[locale]], localName(locale)],
      spec: {
        id: `${source}-point-labels`,
        type: 'symbol',
        source,
        minzoom: row.label,
        filter: isPoint,
        layout: {
          'text-font': fonts.regular,
          'text-size': 11,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.8,
          'text-max-width': 9,
          'text-padding': 3,
          // Built places are named before planned ones where they compete.
          'symbol-sort-key': ['case', inStatuses(built), 0, 1],
        },
        paint: { 'text-color': textColor, 'text-halo-color': halo, 'text-halo-width': 1.5 },
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
/** Node dots of the ranked line types (rail, roads, channels), above the lines. */
export const placeNodeLayers: MapLayer[] = PLACE_STYLES.filter((s) => RANKS[s.type]).flatMap(nodeLayers);
export const placePointLayers: MapLayer[] = [
  ...PLACE_STYLES.flatMap((s) => (s.type === 'rail-lines' || s.type === 'roads' ? [] : pointLayers(s))),
  ...PLACE_STYLES.filter((s) => s.areas).map(areaLabelLayer),
];
