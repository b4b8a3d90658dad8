// The words of image export (the dialog and the image itself), in the three UI languages. They load with
// the export's own chunk, so they live here rather than in the app's message table.
import { L } from '../../contracts/label.ts';

export const IMAGE_LABELS = {
  dialogTitle: L('导出图片', '匯出圖片', 'Export image'),
  title: L('标题', '標題', 'Title'),
  size: L('尺寸', '尺寸', 'Size'),
  screen: L('与屏幕相同', '與螢幕相同', 'Same as the screen'),
  fullHd: L('1920 × 1080（幻灯片）', '1920 × 1080（簡報）', '1920 × 1080 (slides)'),
  a4: L('A4 横向，300 dpi（打印）', 'A4 橫向，300 dpi（列印）', 'A4 landscape, 300 dpi (print)'),
  contents: L(
    '图片包含标题、图例、比例尺、指北针、数据来源、日期和重新打开此视图的链接。',
    '圖片包含標題、圖例、比例尺、指北針、資料來源、日期和重新開啟此視圖的連結。',
    'The image holds the title, the legend, a scale bar, a north arrow, the data sources, the date and a link that reopens this view.',
  ),
  download: L('下载 PNG', '下載 PNG', 'Download PNG'),
  rendering: L('正在生成图片…', '正在生成圖片…', 'Making the image…'),
  saved: L('图片已下载。', '圖片已下載。', 'The image has been downloaded.'),
  failed: L('无法生成图片：{error}', '無法生成圖片：{error}', 'The image could not be made: {error}'),
  km: L('公里', '公里', 'km'),
  m: L('米', '米', 'm'),
  legendMore: L('另有 {count} 项未列出', '另有 {count} 項未列出', '{count} more not listed'),
  north: L('北', '北', 'N'),
} as const;
