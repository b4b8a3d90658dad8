// Hand-checked names for every admin unit the basemap ships. DataV/Tianditu only carry 简体 names, and machine
// conversion gets some wrong (e.g. 台山 → 臺山 although the city itself writes 台山), so the table is the authority;
// scripts/basemap/index.ts fails the build if a unit is missing here. English: pinyin without tones and without the
// generic "Province"/"City" (districts and counties keep "District"/"County", SARs use the official "Hong Kong"/"Macao").
export interface UnitNames {
  /** Full official simplified name, e.g. 广东省, 香港特别行政区, 香洲区. */
  name: string;
  /** Short simplified name for map labels, e.g. 广东, 香港, 香洲. */
  shortName: string;
  'name:zh-Hant': string;
  'name:en': string;
}

const n = (name: string, shortName: string, hant: string, en: string): UnitNames => ({
  name,
  shortName,
  'name:zh-Hant': hant,
  'name:en': en,
});

/** Provinces that the Tianditu file has inside the map region (keys: 6-digit adcode). */
export const PROVINCE_NAMES: Record<string, UnitNames> = {
  '140000': n('山西省', '山西', '山西省', 'Shanxi'),
  '310000': n('上海市', '上海', '上海市', 'Shanghai'),
  '320000': n('江苏省', '江苏', '江蘇省', 'Jiangsu'),
  '330000': n('浙江省', '浙江', '浙江省', 'Zhejiang'),
  '340000': n('安徽省', '安徽', '安徽省', 'Anhui'),
  '350000': n('福建省', '福建', '福建省', 'Fujian'),
  '360000': n('江西省', '江西', '江西省', 'Jiangxi'),
  '370000': n('山东省', '山东', '山東省', 'Shandong'),
  '410000': n('河南省', '河南', '河南省', 'Henan'),
  '420000': n('湖北省', '湖北', '湖北省', 'Hubei'),
  '430000': n('湖南省', '湖南', '湖南省', 'Hunan'),
  '440000': n('广东省', '广东', '廣東省', 'Guangdong'),
  '450000': n('广西壮族自治区', '广西', '廣西壯族自治區', 'Guangxi'),
  '460000': n('海南省', '海南', '海南省', 'Hainan'),
  '500000': n('重庆市', '重庆', '重慶市', 'Chongqing'),
  '510000': n('四川省', '四川', '四川省', 'Sichuan'),
  '520000': n('贵州省', '贵州', '貴州省', 'Guizhou'),
  '530000': n('云南省', '云南', '雲南省', 'Yunnan'),
  '540000': n('西藏自治区', '西藏', '西藏自治區', 'Xizang'),
  '610000': n('陕西省', '陕西', '陝西省', 'Shaanxi'),
  '620000': n('甘肃省', '甘肃', '甘肅省', 'Gansu'),
  '630000': n('青海省', '青海', '青海省', 'Qinghai'),
  '710000': n('台湾省', '台湾', '臺灣省', 'Taiwan'),
  '810000': n('香港特别行政区', '香港', '香港特別行政區', 'Hong Kong'),
  '820000': n('澳门特别行政区', '澳门', '澳門特別行政區', 'Macao'),
};

/** The Pan-PRD "9+2" (泛珠三角): 福建 江西 湖南 广东 广西 海南 四川 贵州 云南 + 香港 澳门. */
export const PAN_PRD = new Set(['350000', '360000', '430000', '440000', '450000', '460000', '510000', '520000', '530000', '810000', '820000']);

/** The 11 GBA cities plus 阳江 (which joins 珠海/中山/江门 in the 珠江口西岸都市圈). */
export const CITY_NAMES: Record<string, UnitNames> = {
  '440100': n('广州市', '广州', '廣州市', 'Guangzhou'),
  '440300': n('深圳市', '深圳', '深圳市', 'Shenzhen'),
  '440400': n('珠海市', '珠海', '珠海市', 'Zhuhai'),
  '440600': n('佛山市', '佛山', '佛山市', 'Foshan'),
  '440700': n('江门市', '江门', '江門市', 'Jiangmen'),
  '441200': n('肇庆市', '肇庆', '肇慶市', 'Zhaoqing'),
  '441300': n('惠州市', '惠州', '惠州市', 'Huizhou'),
  '441700': n('阳江市', '阳江', '陽江市', 'Yangjiang'),
  '441900': n('东莞市', '东莞', '東莞市', 'Dongguan'),
  '442000': n('中山市', '中山', '中山市', 'Zhongshan'),
  '810000': n('香港特别行政区', '香港', '香港特別行政區', 'Hong Kong'),
  '820000': n('澳门特别行政区', '澳门', '澳門特別行政區', 'Macao'),
};
export const GBA = new Set(Object.keys(CITY_NAMES).filter((id) => id !== '441700'));
/** 珠江口西岸都市圈. */
export const WEST_BANK = new Set(['440400', '442000', '440700', '441700']);

/** Counties/districts of 珠海, 江门, 阳江; 中山 (不设区) is one "city-unit" with its own city adcode. */
export const COUNTY_NAMES: Record<string, UnitNames & { parent: string }> = {
  '440402': { ...n('香洲区', '香洲', '香洲區', 'Xiangzhou District'), parent: '440400' },
  '440403': { ...n('斗门区', '斗门', '斗門區', 'Doumen District'), parent: '440400' },
  '440404': { ...n('金湾区', '金湾', '金灣區', 'Jinwan District'), parent: '440400' },
  '440703': { ...n('蓬江区', '蓬江', '蓬江區', 'Pengjiang District'), parent: '440700' },
  '440704': { ...n('江海区', '江海', '江海區', 'Jianghai District'), parent: '440700' },
  '440705': { ...n('新会区', '新会', '新會區', 'Xinhui District'), parent: '440700' },
  '440781': { ...n('台山市', '台山', '台山市', 'Taishan'), parent: '440700' },
  '440783': { ...n('开平市', '开平', '開平市', 'Kaiping'), parent: '440700' },
  '440784': { ...n('鹤山市', '鹤山', '鶴山市', 'Heshan'), parent: '440700' },
  '440785': { ...n('恩平市', '恩平', '恩平市', 'Enping'), parent: '440700' },
  '441702': { ...n('江城区', '江城', '江城區', 'Jiangcheng District'), parent: '441700' },
  '441704': { ...n('阳东区', '阳东', '陽東區', 'Yangdong District'), parent: '441700' },
  '441721': { ...n('阳西县', '阳西', '陽西縣', 'Yangxi County'), parent: '441700' },
  '441781': { ...n('阳春市', '阳春', '陽春市', 'Yangchun'), parent: '441700' },
  '442000': { ...n('中山市', '中山', '中山市', 'Zhongshan'), parent: '442000' },
};
