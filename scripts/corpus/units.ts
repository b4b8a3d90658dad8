// The dictionary of responsible bodies: canonical (simplified) name, other full names the documents print,
// jurisdiction and a short English name. Clause tokens resolve against it; an unknown body is a parse error,
// so the dictionary cannot silently fall behind the documents. Renamed and merged bodies are tied to today's body
// from data/unit-renames.json (renames.ts).
import type { DocId, Jurisdiction, Unit } from '../../src/contracts/corpus.ts';
import { applyRenames, loadRenames, type RenameTable } from './renames.ts';
import { toHant } from './convert.ts';

interface UnitDef {
  name: string;
  en: string;
  jurisdiction: Jurisdiction;
  /** Other full names of the same body (after prefix/suffix restoration, or as 000 names it, in simplified script). */
  aliases?: string[];
  generic?: boolean;
  /** Find the body by name in item text too (bodies named outside responsibility clauses). */
  scanText?: boolean;
}

const P: Jurisdiction = 'guangdong-province';
const C: Jurisdiction = 'central';

const DEFS: UnitDef[] = [
  // Guangdong provincial departments and offices.
  { name: '省发展改革委', en: 'GD Development and Reform Commission', jurisdiction: P },
  { name: '省经济和信息化委', en: 'GD Economy and Information Commission', jurisdiction: P },
  { name: '省工业和信息化厅', en: 'GD Dept of Industry and Information Technology', jurisdiction: P },
  { name: '省商务厅', en: 'GD Dept of Commerce', jurisdiction: P },
  { name: '省交通运输厅', en: 'GD Dept of Transport', jurisdiction: P },
  { name: '省港澳办', en: 'GD Hong Kong and Macao Affairs Office', jurisdiction: P },
  { name: '省大湾区办', en: 'GD Greater Bay Area Office', jurisdiction: P },
  { name: '省人力资源社会保障厅', en: 'GD Dept of Human Resources and Social Security', jurisdiction: P },
  { name: '省旅游局', en: 'GD Tourism Administration', jurisdiction: P },
  { name: '省文化厅', en: 'GD Dept of Culture', jurisdiction: P },
  { name: '省文化和旅游厅', en: 'GD Dept of Culture and Tourism', jurisdiction: P },
  {
    name: '省住房城乡建设厅',
    en: 'GD Dept of Housing and Urban-Rural Development',
    jurisdiction: P,
    // 001 prints the name transposed once; 000 gives the full name among the planning coordinators.
    aliases: ['省城乡住房建设厅', '广东省住房和城乡建设厅'],
    scanText: true,
  },
  { name: '省公安厅', en: 'GD Dept of Public Security', jurisdiction: P },
  { name: '省司法厅', en: 'GD Dept of Justice', jurisdiction: P },
  { name: '省教育厅', en: 'GD Dept of Education', jurisdiction: P },
  { name: '省环境保护厅', en: 'GD Dept of Environmental Protection', jurisdiction: P },
  { name: '省生态环境厅', en: 'GD Dept of Ecology and Environment', jurisdiction: P },
  { name: '省科技厅', en: 'GD Dept of Science and Technology', jurisdiction: P },
  { name: '省金融办', en: 'GD Financial Affairs Office', jurisdiction: P },
  { name: '省地方金融监管局', en: 'GD Local Financial Supervision Bureau', jurisdiction: P },
  { name: '省口岸办', en: 'GD Port of Entry Office', jurisdiction: P },
  { name: '省工商局', en: 'GD Administration for Industry and Commerce', jurisdiction: P },
  { name: '省市场监管局', en: 'GD Market Regulation Administration', jurisdiction: P },
  { name: '省质监局', en: 'GD Quality and Technical Supervision Bureau', jurisdiction: P },
  { name: '省卫生计生委', en: 'GD Health and Family Planning Commission', jurisdiction: P },
  { name: '省卫生健康委', en: 'GD Health Commission', jurisdiction: P },
  { name: '省医保局', en: 'GD Healthcare Security Administration', jurisdiction: P },
  { name: '省国土资源厅', en: 'GD Dept of Land and Resources', jurisdiction: P },
  { name: '省自然资源厅', en: 'GD Dept of Natural Resources', jurisdiction: P },
  { name: '省民政厅', en: 'GD Dept of Civil Affairs', jurisdiction: P },
  { name: '省水利厅', en: 'GD Dept of Water Resources', jurisdiction: P },
  { name: '省农业厅', en: 'GD Dept of Agriculture', jurisdiction: P },
  { name: '省农业农村厅', en: 'GD Dept of Agriculture and Rural Affairs', jurisdiction: P },
  { name: '省林业厅', en: 'GD Dept of Forestry', jurisdiction: P },
  { name: '省海洋与渔业厅', en: 'GD Dept of Ocean and Fisheries', jurisdiction: P },
  { name: '省海洋渔业局', en: 'GD Ocean and Fisheries Bureau', jurisdiction: P },
  { name: '省食品药品监管局', en: 'GD Food and Drug Administration', jurisdiction: P },
  { name: '省新闻出版广电局', en: 'GD Press, Publication, Radio, Film and TV Bureau', jurisdiction: P },
  { name: '省法制办', en: 'GD Legislative Affairs Office', jurisdiction: P },
  { name: '省财政厅', en: 'GD Dept of Finance', jurisdiction: P },
  { name: '省国资委', en: 'GD State-owned Assets Supervision Commission', jurisdiction: P },
  { name: '省版权局', en: 'GD Copyright Bureau', jurisdiction: P },
  { name: '省知识产权局', en: 'GD Intellectual Property Office', jurisdiction: P },
  { name: '省中医药局', en: 'GD Traditional Chinese Medicine Bureau', jurisdiction: P },
  { name: '省自贸办', en: 'GD Free Trade Zone Office', jurisdiction: P },
  { name: '省体育局', en: 'GD Sports Bureau', jurisdiction: P },
  { name: '省外办', en: 'GD Foreign Affairs Office', jurisdiction: P },
  { name: '省委外办', en: 'GD Party Committee Foreign Affairs Office', jurisdiction: P },
  { name: '省安全监管局', en: 'GD Work Safety Administration', jurisdiction: P },
  { name: '省应急管理厅', en: 'GD Dept of Emergency Management', jurisdiction: P },
  { name: '省扶贫办', en: 'GD Poverty Alleviation Office', jurisdiction: P },
  { name: '省海防打私办', en: 'GD Coastal Defence and Anti-Smuggling Office', jurisdiction: P },
  { name: '省编办', en: 'GD Institutional Establishment Office', jurisdiction: P },
  { name: '省能源局', en: 'GD Energy Administration', jurisdiction: P },
  { name: '省政务服务数据管理局', en: 'GD Government Service and Data Administration', jurisdiction: P },
  { name: '省委组织部', en: 'GD Party Committee Organisation Dept', jurisdiction: P },
  { name: '省委宣传部', en: 'GD Party Committee Publicity Dept', jurisdiction: P },
  { name: '省委政法委', en: 'GD Party Committee Political and Legal Affairs Commission', jurisdiction: P },
  { name: '团省委', en: 'Communist Youth League GD Committee', jurisdiction: P },
  { name: '省总工会', en: 'GD Federation of Trade Unions', jurisdiction: P },
  { name: '省科学院', en: 'GD Academy of Sciences', jurisdiction: P },
  { name: '省发展研究中心', en: 'GD Development Research Centre', jurisdiction: P },
  { name: '省贸促会', en: 'CCPIT Guangdong', jurisdiction: P },
  { name: '省海上搜救中心', en: 'GD Maritime Search and Rescue Centre', jurisdiction: P },
  { name: '省机场管理集团', en: 'GD Airport Authority', jurisdiction: P },
  { name: '省有关单位', en: 'Relevant provincial units', jurisdiction: P, generic: true },
  {
    name: '省推进泛珠三角区域合作工作协调领导小组成员单位',
    en: 'Member units of the GD Pan-PRD cooperation leading group',
    jurisdiction: P,
    generic: true,
  },
  {
    name: '省社会信用体系建设统筹协调小组成员单位',
    en: 'Member units of the GD social credit coordination group',
    jurisdiction: P,
    generic: true,
  },
  // Central-government bodies and their branches in Guangdong.
  { name: '海关总署广东分署', en: 'GACC Guangdong Sub-Administration', jurisdiction: C, aliases: ['海关广东分署'] },
  { name: '广东出入境检验检疫局', en: 'Guangdong Entry-Exit Inspection and Quarantine Bureau', jurisdiction: C },
  { name: '深圳出入境检验检疫局', en: 'Shenzhen Entry-Exit Inspection and Quarantine Bureau', jurisdiction: C },
  { name: '珠海出入境检验检疫局', en: 'Zhuhai Entry-Exit Inspection and Quarantine Bureau', jurisdiction: C },
  { name: '广东银监局', en: 'CBRC Guangdong Bureau', jurisdiction: C },
  { name: '广东证监局', en: 'CSRC Guangdong Bureau', jurisdiction: C },
  { name: '广东保监局', en: 'CIRC Guangdong Bureau', jurisdiction: C },
  { name: '人民银行广州分行', en: 'PBoC Guangzhou Branch', jurisdiction: C, aliases: ['人行广州分行'] },
  { name: '中国人民银行广东省分行', en: 'PBoC Guangdong Branch', jurisdiction: C },
  { name: '国家金融监督管理总局广东监管局', en: 'NFRA Guangdong Bureau', jurisdiction: C },
  { name: '广东海事局', en: 'Guangdong Maritime Safety Administration', jurisdiction: C },
  { name: '民航中南管理局', en: 'CAAC Central and Southern Regional Administration', jurisdiction: C },
  { name: '交通运输部珠江航务管理局', en: 'MOT Pearl River Navigation Administration', jurisdiction: C },
  { name: '水利部珠江水利委员会', en: 'MWR Pearl River Water Resources Commission', jurisdiction: C },
  { name: '省通信管理局', en: 'GD Communications Administration (MIIT)', jurisdiction: C },
  { name: '省气象局', en: 'GD Meteorological Bureau (CMA)', jurisdiction: C },
  { name: '广铁集团', en: 'Guangzhou Railway Group', jurisdiction: C },
  // City governments and city bodies.
  { name: '广州市人民政府', en: 'Guangzhou Municipal Government', jurisdiction: 'city', aliases: ['广州市政府'] },
  { name: '深圳市人民政府', en: 'Shenzhen Municipal Government', jurisdiction: 'city', aliases: ['深圳市政府'] },
  { name: '珠海市人民政府', en: 'Zhuhai Municipal Government', jurisdiction: 'city', aliases: ['珠海市政府'] },
  { name: '佛山市人民政府', en: 'Foshan Municipal Government', jurisdiction: 'city', aliases: ['佛山市政府'] },
  { name: '东莞市人民政府', en: 'Dongguan Municipal Government', jurisdiction: 'city', aliases: ['东莞市政府'] },
  { name: '中山市人民政府', en: 'Zhongshan Municipal Government', jurisdiction: 'city', aliases: ['中山市政府'] },
  { name: '深圳机场集团', en: 'Shenzhen Airport Group', jurisdiction: 'city' },
  { name: '有关地级以上市政府', en: 'Relevant prefecture-level city governments', jurisdiction: 'city', generic: true },
  // Hong Kong and Macao bodies: 000 names them as coordinators of the planning mechanism.
  { name: '香港发展局', en: 'HKSAR Development Bureau', jurisdiction: 'hong-kong', scanText: true },
  { name: '澳门运输工务司', en: 'Macao SAR Secretariat for Transport and Public Works', jurisdiction: 'macao', scanText: true },
];

const byName = new Map<string, UnitDef>();
for (const d of DEFS) for (const n of [d.name, ...(d.aliases ?? [])]) byName.set(n, d);

export const isKnownUnit = (name: string): boolean => byName.has(name);

/** Canonical name of a body, or null when the dictionary does not know it. */
export function canonicalUnit(name: string): string | null {
  return byName.get(name)?.name ?? null;
}

/** A body's canonical name, jurisdiction and whether it is a placeholder; null when the dictionary does not know it. */
export function unitInfo(name: string): Pick<Unit, 'name' | 'jurisdiction' | 'generic'> | null {
  const d = byName.get(name);
  return d ? { name: d.name, jurisdiction: d.jurisdiction, generic: d.generic ?? false } : null;
}

/** Bodies to look for in item text (simplified script), with the name variants to search. */
export function textScanUnits(): { name: string; variants: string[] }[] {
  return DEFS.filter((d) => d.scanText).map((d) => ({ name: d.name, variants: [d.name, ...(d.aliases ?? [])] }));
}

export interface UnitUse {
  name: string;
  printed: string[];
  docId: DocId;
  itemId: string;
  how: 'clause' | 'text';
}

/** Build units.json from the uses found in the items; bodies never used are left out; renamed bodies are tied. */
export function unitsTable(uses: UnitUse[], renames: RenameTable = loadRenames(unitInfo)): Unit[] {
  const out = new Map<string, Unit>();
  for (const u of uses) {
    const d = byName.get(u.name);
    if (!d) throw new Error(`unit ${u.name} missing from the dictionary`);
    const unit = out.get(d.name) ?? {
      name: d.name,
      'name:zh-Hant': toHant(d.name),
      en: d.en,
      jurisdiction: d.jurisdiction,
      generic: d.generic ?? false,
      variants: [],
      docs: [],
      items: [],
      mentionedIn: [],
    };
    for (const p of u.printed) if (!unit.variants.includes(p)) unit.variants.push(p);
    if (!unit.docs.includes(u.docId)) unit.docs.push(u.docId);
    const list = u.how === 'clause' ? unit.items : unit.mentionedIn;
    if (!list.includes(u.itemId)) list.push(u.itemId);
    out.set(d.name, unit);
  }
  const sorted = [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const u of sorted) {
    u.variants.sort();
    u.docs.sort();
  }
  return applyRenames(sorted, renames);
}
