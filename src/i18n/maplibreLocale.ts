// MapLibre's own control tooltips and labels, in the UI language.
import type { Locale } from '../contracts/label.ts';
import { translator } from './messages.ts';

const controls: Record<Locale, Record<string, string>> = {
  'zh-Hans': {
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '重置方向',
    'FullscreenControl.Enter': '全屏',
    'FullscreenControl.Exit': '退出全屏',
    'AttributionControl.ToggleAttribution': '数据来源',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 并滚动鼠标滚轮以缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 并滚动以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
  },
  'zh-Hant': {
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '縮小',
    'NavigationControl.ResetBearing': '重設方向',
    'FullscreenControl.Enter': '全螢幕',
    'FullscreenControl.Exit': '退出全螢幕',
    'AttributionControl.ToggleAttribution': '資料來源',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 並捲動滑鼠滾輪以縮放地圖',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 並捲動以縮放地圖',
    'CooperativeGesturesHandler.MobileHelpText': '用兩隻手指移動地圖',
  },
  en: {},
};

export const maplibreLocale = (locale: Locale): Record<string, string> => ({
  ...controls[locale],
  'Map.Title': translator(locale)('mapLabel'),
});
