// Every command of the atlas: what a toolbar button, a key, `gbaAtlas.run(id, args)` or a host page
// can do. Ids are stable and documented in the README; a command's keys are bound here and nowhere else.
import { isLocale, L, LOCALES, type Locale } from '../contracts/label.ts';
import { CommandError, defineCommand, noArgs, objectArgs, oneOf, optionalBoolean, type Command } from './commands.ts';
import { DEFAULT_BOUNDS, defaultSnapshot, emptyFilters } from './defaults.ts';
import { isGroupVisible, isLayerGroupId, LAYER_GROUP_IDS, type LayerGroupId } from './layerGroups.ts';
import { parseSnapshot, preview } from './snapshot.ts';
import { PRESENT_COMMANDS } from './presentCommands.ts';
import { IMAGE_PRESETS, MAX_IMAGE_TITLE as MAX_TITLE, type ImagePreset } from './imagePresets.ts';
import { BASEMAPS, type BasemapId } from './state.ts';
import { COUNTS_MODES, PANELS, SELECTION_KINDS, snapshotOf, TEXT_SCRIPTS, type CountsMode, type TextScript, type ItemFilter, type PanelId, type SelectionKind } from './state.ts';

/** The arguments of each command, for the app's own typed calls. */
export interface CommandArgs {
  'panel.open': { panel: PanelId };
  'panel.toggle': { panel: PanelId };
  'panel.close': void;
  'layer.toggle': { group: LayerGroupId; visible?: boolean };
  'layer.opacity': { group: LayerGroupId; opacity: number };
  'filters.set': Partial<ItemFilter>;
  'filters.clear': { keepQuery?: boolean } | void;
  'search.focus': void;
  'legend.toggle': { open?: boolean } | void;
  'text.script': { script: TextScript };
  'export.data': { format: 'csv' | 'geojson'; download?: boolean };
  'export.image': { preset: ImagePreset; title?: string; download?: boolean };
  'export.open': void;
  'basemap.set': { basemap: BasemapId };
  'basemap.key': { key: string | null };
  'selection.set': { kind: SelectionKind; id: string; camera?: 'fit' | 'keep' };
  'selection.clear': void;
  'view.reset': void;
  'view.set': { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number; animate?: boolean };
  'view.fitBounds': { bounds: [number, number, number, number] };
  'layers.set': { layers?: Partial<Record<LayerGroupId, boolean>>; opacity?: Partial<Record<LayerGroupId, number>> };
  'view.zoomTo': { region: string };
  'locale.set': { locale: Locale };
  'counts.mode': { mode: CountsMode };
  'shortcuts.show': void;
  'share.open': void;
  'app.dismiss': void;
  'notices.dismiss': { id?: number } | void;
  'present.choose': void;
  'present.open': { deck: string; slide?: number };
  'present.import': { deck: unknown; name?: string };
  'present.new': { title?: string } | void;
  'present.next': void;
  'present.previous': void;
  'present.first': void;
  'present.last': void;
  'present.goTo': { slide: number };
  'present.restore': void;
  'present.blank': { color: 'black' | 'white' };
  'present.fullscreen': void;
  'present.morph': { to?: 'map' | 'diagram' } | void;
  'present.motion': { reduced?: boolean } | void;
  'present.presenterView': void;
  'present.exit': void;
  'present.edit': { open?: boolean } | void;
  'present.addSlide': void;
  'present.editSlide': { slide: number; title?: string; caption?: string; notes?: string };
  'present.moveSlide': { from: number; to: number };
  'present.deleteSlide': { slide: number };
  'present.copyDeck': void;
  'present.download': void;
}
export type CommandId = keyof CommandArgs;

const panelArgs = (raw: unknown) => ({ panel: oneOf(PANELS, objectArgs(raw, ['panel']).panel, 'panel') });
const group = (v: unknown): LayerGroupId => {
  if (isLayerGroupId(v)) return v;
  throw new CommandError(`group must be a layer group id (${LAYER_GROUP_IDS.length} of them, see the README) (got ${preview(v)})`);
};
const mapReady = (s: { status: string }) => s.status === 'ready';
const inDegrees = (v: unknown, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= -max && v <= max;

const PANEL_KEYS = { layers: 'l', items: 'i', summary: 's' } as const satisfies Record<PanelId, string>;
const PANEL_NAMES: Record<PanelId, ReturnType<typeof L>> = {
  layers: L('图层面板', '圖層面板', 'Layers panel'),
  items: L('规划事项面板', '規劃事項面板', 'Plan items panel'),
  summary: L('统计面板', '統計面板', 'Summary panel'),
};

export const COMMANDS: readonly Command[] = [
  // First: while a deck is open, its keys win over the map's (see createCommandRegistry).
  ...PRESENT_COMMANDS,
  defineCommand({
    id: 'panel.toggle',
    label: L('打开或关闭面板', '打開或關閉面板', 'Open or close a panel'),
    args: panelArgs,
    keys: PANELS.map((panel) => ({ key: PANEL_KEYS[panel], args: { panel }, label: PANEL_NAMES[panel] })),
    run: ({ store }, { panel }) => store.getState().actions.panelChanged(store.getState().panel === panel ? null : panel),
  }),
  defineCommand({
    id: 'panel.open',
    label: L('打开面板', '打開面板', 'Open a panel'),
    args: panelArgs,
    run: ({ store }, { panel }) => store.getState().actions.panelChanged(panel),
  }),
  defineCommand({
    id: 'panel.close',
    label: L('关闭面板', '關閉面板', 'Close the panel'),
    args: noArgs,
    run: ({ store }) => store.getState().actions.panelChanged(null),
  }),
  defineCommand({
    id: 'layer.toggle',
    label: L('显示或隐藏图层组', '顯示或隱藏圖層組', 'Show or hide a layer group'),
    args: (raw) => {
      const a = objectArgs(raw, ['group', 'visible']);
      optionalBoolean(a.visible, 'visible');
      return { group: group(a.group), visible: a.visible as boolean | undefined };
    },
    run: ({ store }, { group: g, visible }) => {
      const s = store.getState();
      s.actions.layerToggled(g, visible ?? !isGroupVisible(g, s.layers));
    },
  }),
  defineCommand({
    id: 'layer.opacity',
    label: L('设置图层组透明度', '設定圖層組透明度', 'Set a layer group’s opacity'),
    args: (raw) => {
      const a = objectArgs(raw, ['group', 'opacity']);
      if (typeof a.opacity !== 'number' || !Number.isFinite(a.opacity) || a.opacity < 0 || a.opacity > 1) {
        throw new CommandError(`opacity must be a number from 0 to 1 (got ${preview(a.opacity)})`);
      }
      return { group: group(a.group), opacity: a.opacity };
    },
    run: ({ store }, { group: g, opacity }) => store.getState().actions.layerOpacityChanged(g, opacity),
  }),
  defineCommand({
    id: 'filters.set',
    label: L('筛选规划事项', '篩選規劃事項', 'Filter the plan items'),
    args: (raw) => objectArgs(raw, Object.keys(emptyFilters)) as Partial<ItemFilter>,
    run: ({ store }, filters) => {
      // The snapshot parser is the one judge of a filter value.
      const { snapshot, ignored } = parseSnapshot({ filters }, snapshotOf(store.getState()));
      if (ignored.length) throw new CommandError(`not a valid filter: ${ignored.map((i) => `${i.path}=${i.value}`).join(', ')}`);
      store.getState().actions.filtersChanged(snapshot.filters);
    },
  }),
  defineCommand({
    id: 'filters.clear',
    label: L('清除筛选', '清除篩選', 'Clear the filters'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { keepQuery: false };
      const a = objectArgs(raw, ['keepQuery']);
      optionalBoolean(a.keepQuery, 'keepQuery');
      return { keepQuery: a.keepQuery === true };
    },
    run: ({ store }, { keepQuery }) => {
      const { filters, actions } = store.getState();
      // Whether introductory paragraphs are listed is a view setting, not a filter.
      actions.filtersChanged({ ...emptyFilters, query: keepQuery ? filters.query : '', withContext: filters.withContext, textOnly: filters.textOnly });
    },
  }),
  defineCommand({
    id: 'search.focus',
    label: L('搜索地点、规划事项、单位与结构要素', '搜尋地點、規劃事項、單位與結構要素', 'Search places, plan items, units and structure elements'),
    args: noArgs,
    keys: [{ key: '/' }],
    enabled: mapReady,
    run: ({ store, data }) => {
      const { actions } = store.getState();
      // The search box on the map where there is one; else (an embed) the item list's.
      if (data.omnibox?.()) return actions.focusRequested('omnibox');
      actions.panelChanged('items');
      actions.focusRequested('search');
    },
  }),
  defineCommand({
    id: 'legend.toggle',
    label: L('展开或收起地图图例', '展開或收起地圖圖例', 'Open or collapse the map legend'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { open: undefined };
      const { open } = objectArgs(raw, ['open']);
      optionalBoolean(open, 'open');
      return { open: open as boolean | undefined };
    },
    // Unset (as the screen suits), the legend counts as open: toggling collapses it.
    run: ({ store }, { open }) => store.getState().actions.legendToggled(open ?? store.getState().legend === false),
  }),
  defineCommand({
    id: 'selection.set',
    label: L('选择地区、地点、结构要素或规划事项', '選擇地區、地點、結構要素或規劃事項', 'Select an area, place, structure element or plan item'),
    args: (raw) => {
      const a = objectArgs(raw, ['kind', 'id', 'camera']);
      const { snapshot, ignored } = parseSnapshot({ selection: { kind: a.kind, id: a.id } }, defaultSnapshot());
      if (ignored.length || !snapshot.selection) throw new CommandError(`expects { kind: ${SELECTION_KINDS.join(' | ')}, id } (got ${ignored.map((i) => i.value).join(', ')})`);
      const camera = a.camera === undefined ? 'fit' : oneOf(['fit', 'keep'] as const, a.camera, 'camera');
      return { ...snapshot.selection, camera };
    },
    run: ({ store, data }, { kind, id, camera }) => {
      if (data.exists({ kind, id }) === false) throw new CommandError(`there is no ${kind} "${preview(id)}"`);
      store.getState().actions.selectionChanged({ kind, id }, camera === 'fit' ? { kind: 'fit-selection', selection: { kind, id } } : undefined);
    },
  }),
  defineCommand({
    id: 'selection.clear',
    label: L('取消选择', '取消選擇', 'Clear the selection'),
    args: noArgs,
    run: ({ store }) => store.getState().actions.selectionChanged(null),
  }),
  defineCommand({
    id: 'view.reset',
    label: L('回到大湾区全图', '回到大灣區全圖', 'Back to the whole Greater Bay Area'),
    args: noArgs,
    keys: [{ key: '0' }],
    enabled: mapReady,
    run: ({ store }) => store.getState().actions.cameraRequested({ kind: 'fit-bounds', bounds: DEFAULT_BOUNDS }),
  }),
  defineCommand({
    id: 'view.set',
    label: L('移动地图', '移動地圖', 'Move the map'),
    args: (raw) => {
      const a = objectArgs(raw, ['center', 'zoom', 'bearing', 'pitch', 'animate']);
      optionalBoolean(a.animate, 'animate');
      const view = Object.fromEntries(Object.entries(a).filter(([k, v]) => k !== 'animate' && v !== undefined));
      if (!Object.keys(view).length) throw new CommandError('expects { center?: [lng, lat], zoom?, bearing?, pitch? } (got none of them)');
      // The snapshot parser is the one judge of a view (its ranges are the map's).
      const { ignored } = parseSnapshot({ view }, defaultSnapshot());
      if (ignored.length) throw new CommandError(`not a valid view: ${ignored.map((i) => `${i.path}=${i.value}`).join(', ')}`);
      return { ...(view as CommandArgs['view.set']), animate: a.animate === true };
    },
    enabled: mapReady,
    run: ({ store }, { animate, ...view }) => {
      const { snapshot } = parseSnapshot({ view }, snapshotOf(store.getState()));
      store.getState().actions.cameraRequested({ kind: animate ? 'fly' : 'jump', view: snapshot.view });
    },
  }),
  defineCommand({
    id: 'view.fitBounds',
    label: L('缩放至范围', '縮放至範圍', 'Fit the map to a box'),
    args: (raw) => {
      const { bounds } = objectArgs(raw, ['bounds']);
      if (!Array.isArray(bounds) || bounds.length !== 4 || ![0, 2].every((i) => inDegrees(bounds[i], 180)) || ![1, 3].every((i) => inDegrees(bounds[i], 90))) {
        throw new CommandError(`bounds must be [west, south, east, north] in degrees (got ${preview(bounds)})`);
      }
      const [w, s, e, n] = bounds as number[];
      if (w! >= e! || s! >= n!) throw new CommandError(`bounds must have west < east and south < north (got ${preview(bounds)})`);
      return { bounds: [w!, s!, e!, n!] as [number, number, number, number] };
    },
    enabled: mapReady,
    run: ({ store }, { bounds }) => store.getState().actions.cameraRequested({ kind: 'fit-bounds', bounds }),
  }),
  defineCommand({
    id: 'layers.set',
    label: L('设置图层组', '設定圖層組', 'Set the layer groups'),
    args: (raw) => {
      const a = objectArgs(raw, ['layers', 'opacity']);
      if (a.layers === undefined && a.opacity === undefined) throw new CommandError('expects { layers?: { group: true | false }, opacity?: { group: 0…1 } }');
      const input = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
      const { ignored } = parseSnapshot(input, defaultSnapshot());
      if (ignored.length) throw new CommandError(`not a valid layer setting: ${ignored.map((i) => `${i.path}=${i.value}`).join(', ')}`);
      return input as CommandArgs['layers.set'];
    },
    run: ({ store }, input) => {
      const s = store.getState();
      const { snapshot } = parseSnapshot(input, snapshotOf(s));
      s.actions.snapshotApplied(snapshot);
    },
  }),
  defineCommand({
    id: 'view.zoomTo',
    label: L('缩放至区域', '縮放至區域', 'Zoom to a region'),
    args: (raw) => {
      const { region } = objectArgs(raw, ['region']);
      if (typeof region !== 'string' || !region) throw new CommandError(`region must be gba, west-bank or an adcode (got ${preview(region)})`);
      return { region };
    },
    keys: [
      { key: 'w', args: { region: 'west-bank' }, label: L('缩放至珠江口西岸都市圈', '縮放至珠江口西岸都市圈', 'Zoom to the west-bank metropolitan area') },
      { key: 'g', args: { region: 'gba' }, label: L('缩放至粤港澳大湾区', '縮放至粵港澳大灣區', 'Zoom to the Greater Bay Area') },
    ],
    enabled: mapReady,
    run: ({ store, data }, { region }) => {
      const bounds = data.regionBounds(region);
      if (!bounds) throw new CommandError(`unknown region "${preview(region)}"`);
      store.getState().actions.cameraRequested({ kind: 'fit-bounds', bounds });
    },
  }),
  defineCommand({
    id: 'locale.set',
    label: L('切换界面语言', '切換介面語言', 'Change the interface language'),
    args: (raw) => {
      const { locale } = objectArgs(raw, ['locale']);
      if (!isLocale(locale)) throw new CommandError(`locale must be one of ${LOCALES.join(', ')} (got ${preview(locale)})`);
      return { locale };
    },
    run: ({ store }, { locale }) => store.getState().actions.localeChanged(locale),
  }),
  defineCommand({
    id: 'counts.mode',
    label: L('规划事项数：地区着色或徽标', '規劃事項數：地區著色或徽標', 'Item counts: shaded areas or badges'),
    args: (raw) => ({ mode: oneOf(COUNTS_MODES, objectArgs(raw, ['mode']).mode, 'mode') }),
    run: ({ store }, { mode }) => store.getState().actions.countsModeChanged(mode),
  }),
  defineCommand({
    id: 'text.script',
    label: L('规划原文：转换字体或原文', '規劃原文：轉換字體或原文', 'Plan text: in a chosen script or as printed'),
    args: (raw) => ({ script: oneOf(TEXT_SCRIPTS, objectArgs(raw, ['script']).script, 'script') }),
    run: ({ store }, { script }) => store.getState().actions.textScriptChanged(script),
  }),
  defineCommand({
    id: 'export.data',
    label: L('导出筛选出的规划事项（CSV）或其地点（GeoJSON）', '匯出篩選出的規劃事項（CSV）或其地點（GeoJSON）', 'Export the filtered plan items (CSV) or their places (GeoJSON)'),
    args: (raw) => {
      const a = objectArgs(raw, ['format', 'download']);
      return { format: oneOf(['csv', 'geojson'] as const, a.format, 'format'), download: optionalBoolean(a.download, 'download') === true };
    },
    enabled: (s) => s.extrasStatus === 'ready',
    run: ({ data }, { format, download }) => {
      if (!data.exportData) throw new CommandError('exports are not available here');
      return data.exportData(format, download);
    },
  }),
  defineCommand({
    id: 'export.image',
    label: L('导出当前视图的图片（PNG）', '匯出目前視圖的圖片（PNG）', 'Export the current view as an image (PNG)'),
    args: (raw) => {
      const a = objectArgs(raw, ['preset', 'title', 'download']);
      if (a.title !== undefined && (typeof a.title !== 'string' || a.title.length > MAX_TITLE)) throw new CommandError(`title must be text of at most ${MAX_TITLE} characters (got ${preview(a.title)})`);
      // Control characters (a pasted tab or line break) become spaces: the title is one line.
      const title = typeof a.title === 'string' ? Array.from(a.title, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join('').trim() : undefined;
      return { preset: oneOf(IMAGE_PRESETS, a.preset, 'preset'), ...(title ? { title } : {}), download: optionalBoolean(a.download, 'download') === true };
    },
    enabled: mapReady,
    run: ({ data }, { preset, title, download }) => {
      if (!data.exportImage) throw new CommandError('exports are not available here');
      return data.exportImage(preset, title, download);
    },
  }),
  defineCommand({
    id: 'export.open',
    label: L('导出图片…', '匯出圖片…', 'Export image…'),
    args: noArgs,
    enabled: mapReady,
    run: ({ store }) => store.getState().actions.overlayChanged('export'),
  }),
  defineCommand({
    id: 'basemap.set',
    label: L('选择底图', '選擇底圖', 'Choose the basemap'),
    args: (raw) => ({ basemap: oneOf(BASEMAPS, objectArgs(raw, ['basemap']).basemap, 'basemap') }),
    run: ({ store }, { basemap }) => store.getState().actions.basemapChanged(basemap),
  }),
  defineCommand({
    id: 'basemap.key',
    label: L('保存或删除天地图密钥（只存于本浏览器）', '儲存或刪除天地圖金鑰（只存於本瀏覽器）', 'Save or forget the Tianditu key (kept in this browser only)'),
    args: (raw) => {
      const { key } = objectArgs(raw, ['key']);
      if (key === null) return { key: null };
      // Tianditu's keys are 32 hexadecimal characters; anything of letters and digits within bounds is tried.
      if (typeof key !== 'string' || key.length < 8 || key.length > 64 || ![...key].every((ch) => (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
        throw new CommandError('key must be 8 to 64 letters and digits, or null to forget it');
      return { key };
    },
    run: ({ data }, { key }) => {
      if (!data.basemapKey) throw new CommandError('keys cannot be kept here');
      data.basemapKey.set(key);
    },
  }),
  defineCommand({
    id: 'shortcuts.show',
    label: L('键盘快捷键', '鍵盤快捷鍵', 'Keyboard shortcuts'),
    args: noArgs,
    keys: [{ key: '?' }],
    run: ({ store }) => store.getState().actions.overlayChanged('shortcuts'),
  }),
  defineCommand({
    id: 'share.open',
    label: L('分享与嵌入', '分享與嵌入', 'Share & embed'),
    args: noArgs,
    enabled: mapReady,
    run: ({ store }) => store.getState().actions.overlayChanged('share'),
  }),
  defineCommand({
    id: 'app.dismiss',
    label: L('关闭最上层：对话框、所选对象、面板、演示', '關閉最上層：對話框、所選對象、面板、簡報', 'Close the topmost: dialog, selection, panel, presentation'),
    args: noArgs,
    keys: [{ key: 'Escape' }],
    run: ({ store }) => {
      const { overlay, selection, panel, present, actions } = store.getState();
      // While presenting: a blank screen returns, a card the presenter opened closes, else the deck closes.
      const slideSelection = present ? JSON.stringify(present.slides[present.slide - 1]?.snapshot.selection ?? null) : 'null';
      if (overlay) actions.overlayChanged(null);
      else if (present?.blank) actions.presentBlanked(null);
      else if (present && JSON.stringify(selection) !== slideSelection) actions.selectionChanged(present.slides[present.slide - 1]?.snapshot.selection ?? null);
      else if (present) actions.presentExited();
      else if (selection) actions.selectionChanged(null);
      else if (panel) actions.panelChanged(null);
    },
  }),
  defineCommand({
    id: 'present.choose',
    label: L('演示：选择演示文稿', '簡報：選擇簡報', 'Present: choose a deck'),
    args: noArgs,
    enabled: mapReady,
    run: ({ store }) => store.getState().actions.overlayChanged('decks'),
  }),
  defineCommand({
    id: 'notices.dismiss',
    label: L('关闭提示', '關閉提示', 'Dismiss notices'),
    args: (raw) => {
      if (raw === undefined || raw === null) return { id: null };
      const { id } = objectArgs(raw, ['id']);
      if (id !== undefined && !Number.isInteger(id)) throw new CommandError(`id must be a notice number (got ${preview(id)})`);
      return { id: (id as number | undefined) ?? null };
    },
    run: ({ store }, { id }) => store.getState().actions.noticeDismissed(id),
  }),
];

