// The credit line of each online basemap, in the UI language: shown by the map's attribution control
// while the basemap is on, and printed on an exported image. Our own words, as text: a remote style's
// `attribution` (HTML) is never shown.
import { L, type Label, type Locale } from '../../contracts/label.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { BasemapId } from '../../kernel/state.ts';

/** Each basemap's name, in the UI's message table (the picker and the notices use it). */
export const BASEMAP_NAMES: Record<BasemapId, MessageKey> = {
  offline: 'basemapOffline',
  'tianditu-vector': 'basemapTiandituVector',
  'tianditu-imagery': 'basemapTiandituImagery',
  openfreemap: 'basemapOpenFreeMap',
};

const TIANDITU = L('© 天地图 国家地理信息公共服务平台', '© 天地圖 國家地理信息公共服務平台', '© Tianditu, National Platform for Common Geospatial Information Services');
const CREDITS: Record<Exclude<BasemapId, 'offline'>, Label> = {
  'tianditu-vector': TIANDITU,
  'tianditu-imagery': TIANDITU,
  openfreemap: L('OpenFreeMap © OpenMapTiles，数据来自 OpenStreetMap', 'OpenFreeMap © OpenMapTiles，資料來自 OpenStreetMap', 'OpenFreeMap © OpenMapTiles, data from OpenStreetMap'),
};

export const onlineCredit = (basemap: BasemapId, locale: Locale): string | null => (basemap === 'offline' ? null : CREDITS[basemap][locale]);
