// The toggle groups of the layer panel, in panel order, with their section and default visibility.
// A group's visibility applies to every layer that names it (see layers/*.ts).
import { L, type Label } from '../contracts/label.ts';

export const SECTIONS = {
  structure: L('空间结构', '空間結構', 'Spatial structure'),
  transport: L('交通', '交通', 'Transport'),
  zones: L('合作区与平台', '合作區與平台', 'Zones and platforms'),
  environment: L('设施、机构与环境', '設施、機構與環境', 'Facilities, institutions, environment'),
  items: L('规划事项', '規劃事項', 'Plan items'),
  admin: L('行政区划与底图', '行政區劃與底圖', 'Administrative and basemap'),
} as const;
export type SectionId = keyof typeof SECTIONS;

interface GroupDef {
  id: string;
  section: SectionId;
  label: Label;
  visible: boolean;
}

const group = <Id extends string>(id: Id, section: SectionId, label: Label, visible: boolean) => ({ id, section, label, visible });

export const LAYER_GROUPS = [
  group('structure-core', 'structure', L('一核三极', '一核三極', 'Core and three poles'), true),
  group('structure-circles', 'structure', L('两圈', '兩圈', 'Two circles'), true),
  group('structure-axes', 'structure', L('四轴', '四軸', 'Four axes'), true),
  group('structure-hours', 'structure', L('1小时/2小时圈', '1小時/2小時圈', '1-hour / 2-hour circles'), false),
  group('structure-transport', 'structure', L('两横三射一纵', '兩橫三射一縱', 'Transport corridors (two east–west, three radial, one north–south)'), false),
  group('structure-industry', 'structure', L('两廊三带多集群', '兩廊三帶多集群', 'Industry corridors and belts'), false),
  group('structure-ecology', 'structure', L('一屏一带、双核多廊', '一屏一帶、雙核多廊', 'Ecological security pattern'), false),
  // Rail by the status the plans give it: what runs, what is being built, what is only planned.
  group('rail-built', 'transport', L('铁路（现状、运营）', '鐵路（現狀、運營）', 'Rail: operating'), true),
  group('rail-building', 'transport', L('铁路（在建、前期工作）', '鐵路（在建、前期工作）', 'Rail: under construction / preparing'), true),
  group('rail-planned', 'transport', L('铁路（规划、研究）', '鐵路（規劃、研究）', 'Rail: planned / under study'), true),
  group('stations', 'transport', L('车站与枢纽', '車站與樞紐', 'Stations and hubs'), true),
  group('roads', 'transport', L('高速公路', '高速公路', 'Expressways'), true),
  group('channels', 'transport', L('跨江跨海通道', '跨江跨海通道', 'Bridges and sea channels'), true),
  group('ports', 'transport', L('港口', '港口', 'Ports'), true),
  group('airports', 'transport', L('机场', '機場', 'Airports'), true),
  group('crossings', 'transport', L('口岸', '口岸', 'Border crossings'), true),
  group('zones', 'zones', L('合作区、园区与平台', '合作區、園區與平台', 'Cooperation zones, parks, platforms'), true),
  group('facilities', 'environment', L('能源与水利设施', '能源與水利設施', 'Energy and water facilities'), false),
  group('environment', 'environment', L('生态、河流与海岛', '生態、河流與海島', 'Ecology, rivers, islands'), false),
  group('institutions', 'environment', L('公共服务与科研机构', '公共服務與科研機構', 'Public services and research'), false),
  group('heritage', 'environment', L('历史文化', '歷史文化', 'Heritage'), false),
  group('localities', 'environment', L('镇街（定位点）', '鎮街（定位點）', 'Towns (anchor points)'), false),
  group('item-counts', 'items', L('各地规划事项数（打开事项列表时）', '各地規劃事項數（打開事項列表時）', 'Items per city and county (with the item list open)'), true),
  group('provinces', 'admin', L('省级行政区', '省級行政區', 'Provinces'), true),
  group('cities', 'admin', L('城市', '城市', 'Cities'), true),
  group('counties', 'admin', L('县区界', '縣區界', 'County boundaries'), true),
  group('boundaries', 'admin', L('国界与海上界线', '國界與海上界線', 'National and sea boundaries'), true),
  group('labels', 'admin', L('地名注记', '地名註記', 'Place-name labels'), true),
] as const satisfies readonly GroupDef[];

export type LayerGroupId = (typeof LAYER_GROUPS)[number]['id'];
export const LAYER_GROUP_IDS: readonly LayerGroupId[] = LAYER_GROUPS.map((g) => g.id);

const DEFAULT_VISIBLE: ReadonlyMap<string, boolean> = new Map(LAYER_GROUPS.map((g) => [g.id, g.visible]));
const GROUP_BY_ID: ReadonlyMap<string, (typeof LAYER_GROUPS)[number]> = new Map(LAYER_GROUPS.map((g) => [g.id, g]));

/** Whether a string names a layer group (own names only: `constructor` is not one). */
export const isLayerGroupId = (v: unknown): v is LayerGroupId => typeof v === 'string' && DEFAULT_VISIBLE.has(v);
export const layerGroup = (id: LayerGroupId) => GROUP_BY_ID.get(id)!;
export const defaultVisible = (id: LayerGroupId): boolean => DEFAULT_VISIBLE.get(id) ?? true;

/** Whether a group is shown, given the user's explicit choices (absent: the group's default). */
export function isGroupVisible(id: LayerGroupId, choices: Partial<Record<LayerGroupId, boolean>>): boolean {
  return (Object.hasOwn(choices, id) ? choices[id] : undefined) ?? defaultVisible(id);
}
