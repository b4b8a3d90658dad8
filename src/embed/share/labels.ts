// The words of the share & embed dialog, in the three UI languages (its code loads when the dialog
// first opens, so they live here rather than in the app's message table).
import { L, type Label, type Locale } from '../../contracts/label.ts';
import type { EmbedControl } from '../options.ts';
import type { Part } from './snippet.ts';

export const SHARE_LABELS = {
  title: L('分享与嵌入', '分享與嵌入', 'Share & embed'),
  close: L('关闭', '關閉', 'Close'),
  link: L('链接', '連結', 'Link'),
  linkHint: L('打开完整地图，显示当前的视图、图层、筛选和所选对象。', '開啟完整地圖，顯示目前的視圖、圖層、篩選和所選對象。', 'Opens the full map on this view, with its layers, filters and selection.'),
  copyLink: L('复制链接', '複製連結', 'Copy link'),
  shareNative: L('分享…', '分享…', 'Share…'),
  copied: L('已复制', '已複製', 'Copied'),
  copyFailed: L('无法复制，请手动选择文本并复制。', '無法複製，請手動選取文字並複製。', 'Could not copy: select the text and copy it yourself.'),
  embed: L('嵌入到网页', '嵌入到網頁', 'Embed in a web page'),
  embedHint: L('把代码粘贴到网页的 HTML 中；地图在 iframe 中运行，可放在任何网站上。', '把代碼貼到網頁的 HTML 中；地圖在 iframe 中運行，可放在任何網站上。', 'Paste the code into a web page’s HTML; the map runs in an iframe and works on any site.'),
  size: L('尺寸', '尺寸', 'Size'),
  responsive: L('自适应宽度', '自適應寬度', 'Responsive width'),
  responsiveHint: L('宽度 100%，随网页栏宽变化', '寬度 100%，隨網頁欄寬變化', '100% wide, follows the page’s column'),
  fixed: L('固定尺寸', '固定尺寸', 'Fixed size'),
  width: L('宽度', '寬度', 'Width'),
  height: L('高度', '高度', 'Height'),
  px: L('像素', '像素', 'px'),
  sizeRange: L('{min}–{max} 像素', '{min}–{max} 像素', '{min}–{max} px'),
  include: L('包括当前的', '包括目前的', 'Include the current'),
  includeHint: L('未勾选的部分使用默认值。', '未勾選的部分使用預設值。', 'Parts left out open as a fresh map does.'),
  slideDecides: L('演示时，视图、图层、筛选和所选对象都由幻灯片决定。', '簡報時，視圖、圖層、篩選和所選對象都由投影片決定。', 'With a presentation, the slide sets the view, layers, filters and selection.'),
  none: L('（无）', '（無）', '(none)'),
  slide: L('演示', '簡報', 'Presentation'),
  noDeck: L('不演示', '不顯示簡報', 'No presentation'),
  slideNumber: L('幻灯片', '投影片', 'Slide'),
  slideOf: L('共 {n} 张', '共 {n} 張', 'of {n}'),
  ownDeck: L('你自己的演示文稿只保存在此浏览器中，无法嵌入；可导出文件后与他人分享。', '你自己的簡報只儲存在此瀏覽器中，無法嵌入；可匯出檔案後與他人分享。', 'Your own decks are kept in this browser only and cannot be embedded; export the file to share one.'),
  language: L('语言', '語言', 'Language'),
  controls: L('显示的控件', '顯示的控制項', 'Controls shown'),
  resetControls: L('恢复默认', '恢復預設', 'Defaults'),
  interactive: L('静态图（地图不可拖动、缩放）', '靜態圖（地圖不可拖動、縮放）', 'Static figure (the map does not pan or zoom)'),
  autoResize: L('自动调整高度（另加一行脚本）', '自動調整高度（另加一行腳本）', 'Auto-resize height (adds a script line)'),
  frameTitle: L('标题（供屏幕阅读器朗读）', '標題（供螢幕閱讀器讀出）', 'Title (read by screen readers)'),
  advanced: L('高级：由网页脚本控制', '進階：由網頁腳本控制', 'Advanced: control from the page’s script'),
  origins: L('允许通过 postMessage 控制的网站（逗号分隔）', '允許透過 postMessage 控制的網站（逗號分隔）', 'Sites allowed to drive it by postMessage (comma-separated)'),
  originsHint: L('留空：只有嵌入它的网页。', '留空：只有嵌入它的網頁。', 'Empty: only the page that embeds it.'),
  originsBad: L('已忽略：{list}', '已忽略：{list}', 'Ignored: {list}'),
  frameId: L('框架名称（同一网页有多个嵌入时区分）', '框架名稱（同一網頁有多個嵌入時區分）', 'Frame name (tells several embeds on one page apart)'),
  preview: L('预览', '預覽', 'Preview'),
  previewScaled: L('预览按 {pct}% 缩放', '預覽按 {pct}% 縮放', 'Preview scaled to {pct}%'),
  previewWidth: L('预览宽度', '預覽寬度', 'Preview width'),
  previewFit: L('适应', '適應', 'Fit'),
  previewPhone: L('手机', '手機', 'Phone'),
  previewSize: L('{w} × {h} 像素', '{w} × {h} 像素', '{w} × {h} px'),
  openPreview: L('在新标签页中打开', '在新分頁中開啟', 'Open in a new tab'),
  code: L('嵌入代码', '嵌入代碼', 'Embed code'),
  copyCode: L('复制代码', '複製代碼', 'Copy code'),
  copyUrl: L('仅复制网址', '只複製網址', 'Copy the URL only'),
  urlCopied: L('已复制网址', '已複製網址', 'URL copied'),
  autoResizeNote: L('第二行脚本让 iframe 的高度随地图需要调整；网页不允许脚本时可省略。', '第二行腳本讓 iframe 的高度隨地圖需要調整；網頁不允許腳本時可省略。', 'The second line lets the frame’s height follow the map; leave it out where the page allows no scripts.'),
} as const;

/** The parts of the current state, as the checkboxes name them. */
export const PART_LABELS: Readonly<Record<Part, Label>> = {
  view: L('视图（位置与缩放）', '視圖（位置與縮放）', 'View (position and zoom)'),
  layers: L('图层与透明度', '圖層與透明度', 'Layers and opacity'),
  filters: L('规划事项筛选', '規劃事項篩選', 'Plan item filters'),
  panel: L('打开的面板', '開啟的面板', 'Open panel'),
  selection: L('所选对象', '所選對象', 'Selection'),
};

/** What each embed control is, as the checkboxes name it. */
export const CONTROL_LABELS: Readonly<Record<EmbedControl, Label>> = {
  layers: L('图层', '圖層', 'Layers'),
  items: L('规划事项', '規劃事項', 'Plan items'),
  summary: L('统计', '統計', 'Summary'),
  present: L('演示', '簡報', 'Present'),
  language: L('语言菜单', '語言選單', 'Language menu'),
  share: L('分享与嵌入', '分享與嵌入', 'Share & embed'),
  help: L('键盘快捷键', '鍵盤快捷鍵', 'Keyboard shortcuts'),
  data: L('添加数据', '新增資料', 'Add data'),
  zoom: L('缩放按钮', '縮放按鈕', 'Zoom buttons'),
  fullscreen: L('全屏', '全螢幕', 'Full screen'),
  fullmap: L('打开完整地图', '開啟完整地圖', 'Open the full map'),
};

/** Each language named in itself, as language pickers do. */
export const ENDONYMS: Readonly<Record<Locale, string>> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** Fills `{name}` placeholders (own keys only). */
export { fill } from '../../i18n/format.ts';
