// Names that stand for several admin units at once: regions (珠三角, 泛珠三角 …) and compounds of the
// one-character abbreviations (粤港, 深港, 珠中江 …). These are definitions of words, not gazetteer content:
// the members are adcodes, checked against labels.geojson at build time.

/** Pan-PRD "9+2" membership is read from labels.geojson (`panPrd`), so it is a rule rather than a list. */
export type MemberRule = 'pan-prd' | 'pan-prd-mainland' | 'pan-prd-mainland-others';

export interface GroupSpec {
  id: string;
  name: string;
  /** Simplified spellings; traditional text is matched after conversion to simplified. */
  names: string[];
  members: readonly string[] | MemberRule;
}

const PRD9 = ['440100', '440300', '440400', '440600', '440700', '441200', '441300', '441900', '442000'];
const HK = '810000';
const MO = '820000';
const GD = '440000';

export const REGIONS: readonly GroupSpec[] = [
  { id: 'prd', name: '珠三角', names: ['珠三角', '珠江三角洲', '珠三角九市'], members: PRD9 },
  // 000's study area; 大珠三角 must win over 珠三角 inside it (longest match does that).
  { id: 'greater-prd', name: '大珠江三角洲', names: ['大珠三角', '大珠江三角', '大珠江三角洲'], members: [...PRD9, HK, MO] },
  { id: 'gba', name: '粤港澳大湾区', names: ['粤港澳大湾区', '大湾区'], members: [...PRD9, HK, MO] },
  { id: 'pan-prd', name: '泛珠三角', names: ['泛珠三角', '泛珠江三角洲', '泛珠'], members: 'pan-prd' },
  // 001 also says 九省区 without 内地 (001 L131) for the same nine provinces.
  { id: 'pan-prd-mainland', name: '内地九省区', names: ['内地九省区', '九省区'], members: 'pan-prd-mainland' },
  // 我省与泛珠内地八省区 (001 L49): the nine less 广东 itself.
  { id: 'pan-prd-mainland-others', name: '泛珠内地八省区', names: ['泛珠内地八省区', '内地八省区'], members: 'pan-prd-mainland-others' },
  // The west-bank advanced-equipment belt's six cities; naming the region also keeps 江西 from matching inside it.
  {
    id: 'prd-west-bank',
    name: '珠江西岸',
    names: ['珠江西岸'],
    members: ['440400', '440600', '442000', '440700', '441700', '441200'],
  },
  {
    id: 'pearl-river-west-metro',
    name: '珠江口西岸都市圈',
    names: ['珠江口西岸都市圈', '珠西都市圈'],
    members: ['440400', '442000', '440700', '441700'],
  },
  // A comparator in 000, but a place all the same; 成长三角区 (a "growth triangle") must not match it.
  { id: 'yrd', name: '长三角', names: ['长三角', '长江三角洲'], members: ['310000', '320000', '330000', '340000'] },
];

/** One-character abbreviations, matched only inside the compounds below, never alone (港 is also "port"). */
const ABBREVIATIONS: Record<string, string> = {
  粤: '440000',
  港: HK,
  澳: MO,
  台: '710000',
  闽: '350000',
  赣: '360000',
  湘: '430000',
  桂: '450000',
  琼: '460000',
  黔: '520000',
  穗: '440100',
  广: '440100',
  深: '440300',
  珠: '440400',
  佛: '440600',
  江: '440700',
  肇: '441200',
  阳: '441700',
  莞: '441900',
  中: '442000',
};

/** The compounds the seeds print (seeds-000-003.md §5, seed-004.md), each naming its parties. */
const COMPOUNDS = [
  '粤港澳',
  '港澳',
  '港澳台',
  '粤港澳台',
  '粤港',
  '粤澳',
  '深港',
  '港深',
  '穗港',
  '港珠',
  '珠澳',
  '澳珠',
  '莞港',
  '广佛',
  '广佛肇',
  '广深港',
  '广深港澳',
  '广珠澳',
  '中珠澳',
  '珠中江',
  '珠中江阳',
  '粤桂',
  '粤桂黔',
  '粤桂琼',
  '闽粤',
  '粤闽',
  '闽粤桂琼',
  '湘粤',
  '粤湘',
  '粤黔',
  '粤赣湘桂',
];

/** Other spellings of a compound: the abbreviations listed with an enumeration comma (港、澳, 000 L181). */
const SPELLINGS: Record<string, string[]> = { 港澳: ['港、澳'] };

export function compoundGroup(compound: string): GroupSpec {
  const members = [...compound].map((ch) => {
    const id = ABBREVIATIONS[ch];
    if (!id) throw new Error(`compound ${compound}: no abbreviation for ${ch}`);
    return id;
  });
  return { id: `parties:${compound}`, name: compound, names: [compound, ...(SPELLINGS[compound] ?? [])], members: [...new Set(members)] };
}

export const GROUPS: readonly GroupSpec[] = [...REGIONS, ...COMPOUNDS.map(compoundGroup)];

/** The admin-unit fields group rules need. */
export interface AdminUnitFlags {
  id: string;
  panPrd?: boolean;
}

/** Members of a group as adcodes, rules evaluated against the admin units. */
export function groupMembers(spec: GroupSpec, admin: readonly AdminUnitFlags[]): string[] {
  if (typeof spec.members !== 'string') return [...spec.members];
  const pan = [...new Set(admin.filter((a) => a.panPrd).map((a) => a.id))].sort();
  if (spec.members === 'pan-prd') return pan;
  const mainland = pan.filter((id) => id !== HK && id !== MO);
  return spec.members === 'pan-prd-mainland' ? mainland : mainland.filter((id) => id !== GD);
}
