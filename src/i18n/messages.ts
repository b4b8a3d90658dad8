// UI strings. Plan text and place names are never translated here: they come from the data.
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

const zhHans = {
  appTitle: '大湾区规划图集',
  mapLabel: '粤港澳大湾区规划地图',
  loading: '正在加载地图数据…',
  errorTitle: '地图无法显示',
  errorWebgl: '此浏览器无法创建 WebGL 2 图形上下文，地图无法绘制。请使用新版 Chrome、Edge、Firefox 或 Safari，并确认已开启硬件加速。',
  errorData: '数据文件加载失败：',
  errorRetry: '重新加载',
  close: '关闭',
  dismiss: '知道了',
  levelProvince: '省级行政区',
  levelCity: '城市',
  levelCounty: '县级行政区',
  gbaMember: '粤港澳大湾区城市',
  westBankMember: '珠江口西岸都市圈',
  selectedRegion: '所选地区',
  itemsPanel: '规划事项',
  itemsSearch: '搜索规划事项',
  itemsSearchHint: '编号、标题、正文、单位、年份（简繁皆可）',
  itemsWithContext: '包括导言段落',
  itemsAllDocs: '全部文件',
  itemsDocFilter: '文件',
  itemsShowing: '显示 {shown} / {total} 项',
  itemsNone: '没有符合条件的事项。',
  itemsLoading: '正在加载规划事项…',
  itemsError: '规划事项加载失败：',
  itemLead: '牵头',
  itemPartners: '参与',
  itemYears: '年份',
  itemSource: '出处',
  itemLines: '第 {first}–{last} 行',
  itemNotes: '注',
};
export type MessageKey = keyof typeof zhHans;

const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-Hans': zhHans,
  'zh-Hant': {
    appTitle: '大灣區規劃圖集',
    mapLabel: '粵港澳大灣區規劃地圖',
    loading: '正在載入地圖資料…',
    errorTitle: '地圖無法顯示',
    errorWebgl: '此瀏覽器無法建立 WebGL 2 圖形環境，地圖無法繪製。請使用新版 Chrome、Edge、Firefox 或 Safari，並確認已開啟硬件加速。',
    errorData: '資料檔案載入失敗：',
    errorRetry: '重新載入',
    close: '關閉',
    dismiss: '知道了',
    levelProvince: '省級行政區',
    levelCity: '城市',
    levelCounty: '縣級行政區',
    gbaMember: '粵港澳大灣區城市',
    westBankMember: '珠江口西岸都市圈',
    selectedRegion: '所選地區',
    itemsPanel: '規劃事項',
    itemsSearch: '搜尋規劃事項',
    itemsSearchHint: '編號、標題、正文、單位、年份（簡繁皆可）',
    itemsWithContext: '包括導言段落',
    itemsAllDocs: '全部文件',
    itemsDocFilter: '文件',
    itemsShowing: '顯示 {shown} / {total} 項',
    itemsNone: '沒有符合條件的事項。',
    itemsLoading: '正在載入規劃事項…',
    itemsError: '規劃事項載入失敗：',
    itemLead: '牽頭',
    itemPartners: '參與',
    itemYears: '年份',
    itemSource: '出處',
    itemLines: '第 {first}–{last} 行',
    itemNotes: '註',
  },
  en: {
    appTitle: 'GBA Plan Atlas',
    mapLabel: 'Map of the Greater Bay Area plans',
    loading: 'Loading map data…',
    errorTitle: 'The map cannot be shown',
    errorWebgl: 'This browser could not create a WebGL 2 context, so the map cannot be drawn. Use a recent Chrome, Edge, Firefox or Safari with hardware acceleration enabled.',
    errorData: 'A data file failed to load: ',
    errorRetry: 'Reload',
    close: 'Close',
    dismiss: 'Dismiss',
    levelProvince: 'Province-level unit',
    levelCity: 'City',
    levelCounty: 'County-level unit',
    gbaMember: 'Greater Bay Area city',
    westBankMember: 'West Bank of the Pearl River Estuary metropolitan area',
    selectedRegion: 'Selected area',
    itemsPanel: 'Plan items',
    itemsSearch: 'Search plan items',
    itemsSearchHint: 'Number, title, text, unit, year (either script)',
    itemsWithContext: 'Include introductory paragraphs',
    itemsAllDocs: 'All documents',
    itemsDocFilter: 'Document',
    itemsShowing: 'Showing {shown} of {total}',
    itemsNone: 'No item matches.',
    itemsLoading: 'Loading plan items…',
    itemsError: 'Plan items failed to load: ',
    itemLead: 'Lead',
    itemPartners: 'With',
    itemYears: 'Years',
    itemSource: 'Source',
    itemLines: 'lines {first}–{last}',
    itemNotes: 'Notes',
  },
};

/** The UI language: `?lang=` when it names a known locale, else Simplified Chinese. */
export function pickLocale(search: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  return LOCALES.find((l) => l === lang) ?? 'zh-Hans';
}

/** `t('itemsShowing', { shown: 3, total: 9 })` fills `{shown}` and `{total}`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const translator =
  (locale: Locale): Translate =>
  (key, values) =>
    messages[locale][key].replace(/\{(\w+)\}/g, (m, name: string) => String(values?.[name] ?? m));
