// Words that contain a place name but do not name that place. The matcher treats them as words of their own,
// so longest match swallows the place name inside them. Traps a longer place name or group already covers
// (江西 inside 珠江西岸, 珠三角 inside 大珠三角, 山西 inside 中山西环高速, 阳江 inside 漠阳江 …) need no entry here.
// Names of responsible bodies (人民银行广州分行, 省港澳办 …) come from units.json at build time, see unitStops.

export interface StopWord {
  word: string;
  reason: string;
}

export const TRAP_WORDS: readonly StopWord[] = [
  { word: '成长三角', reason: '“growth triangle” (东盟南部的成長三角區, 000 L93), not 长三角' },
  { word: '孙中山', reason: 'Sun Yat-sen the person, not 中山 the city' },
  { word: '中山大学', reason: 'Sun Yat-sen University, in Guangzhou, not 中山' },
  { word: '中山路', reason: 'a street named after Sun Yat-sen, found in many cities' },
  { word: '中山公园', reason: 'a park named after Sun Yat-sen, found in many cities' },
  { word: '中山纪念', reason: 'memorials to Sun Yat-sen (中山纪念堂 is in Guangzhou)' },
  { word: '江海联运', reason: 'river–sea intermodal transport (004 L281), not 江海区' },
  { word: '江海联动', reason: 'river–sea coordination, not 江海区' },
  { word: '江海直达', reason: 'river–sea through shipping, not 江海区' },
  { word: '江海门户', reason: 'the gateway “to rivers and seas” (004 L199), not 江海区' },
  { word: '江海堤围', reason: 'river and sea dykes, not 江海区' },
  { word: '省会城市', reason: 'provincial capitals (内地九省区省会城市, 001 L93), not 会城 in 新会' },
  { word: '省泛珠办', reason: 'the provincial Pan-PRD office, a Guangdong body' },
];
