// The words of the item-count legend, in the three UI languages (it loads with the panels that show
// it, so they live here rather than in the app's message table).
import { L } from '../../contracts/label.ts';

export const COUNTS_LABELS = {
  title: L('规划事项数（随筛选变化）', '規劃事項數（隨篩選變化）', 'Plan items (follows the filters)'),
  byCity: L('按城市', '按城市', 'By city'),
  byCounty: L('西岸按县区，其他城市整体', '西岸按縣區，其他城市整體', 'West bank by county, other cities whole'),
  zero: L('无', '無', 'None'),
  showAs: L('显示方式', '顯示方式', 'Show as'),
  map: L('地区着色', '地區著色', 'Shaded areas'),
  badges: L('徽标', '徽標', 'Badges'),
  hidden: L('打开规划事项列表时，地图按各地事项数着色。', '打開規劃事項列表時，地圖按各地事項數著色。', 'With the item list open, the map shades each area by its number of items.'),
  hiddenBadges: L('打开规划事项列表时，地图以徽标显示各地事项数。', '打開規劃事項列表時，地圖以徽標顯示各地事項數。', 'With the item list open, badges on the map show each area’s number of items.'),
} as const;
