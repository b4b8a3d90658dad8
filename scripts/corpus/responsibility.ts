// The grammar of responsibility clauses: `（省商务厅牵头，省经济和信息化委、发展改革委等按职责分工负责）` (001),
// `(广东银监局、证监局、保监局，省金融办)` (002), `（牵头单位：省发展改革委、交通运输厅；参加单位：省自然资源厅等）` (004).
// Lists write a shared prefix (省, 省委, 广东) once per `，`-group and a shared suffix (市政府, 出入境检验检疫局) once
// per city list; this module restores both so that every token names one body.
// Roles, the same rule for every document: bodies before 牵头 or under 牵头单位 lead; bodies after a 牵头 or under
// 参加/参与单位 are partners; a clause that marks no lead (002's lists, 001's “……等按职责分工负责” without 牵头)
// names its bodies as responsible, and responsible bodies count as leads.

/** 001 marks leads with 牵头; 002 lists the responsible bodies with no lead/partner split; 004 labels both lists. */
export type ClauseStyle = 'lead-marker' | 'responsible-list' | 'labelled';

export interface ClauseToken {
  printed: string;
  expanded: string;
}

export interface ParsedClause {
  /** Named before 牵头 (001) or under 牵头单位 (004). */
  lead: ClauseToken[];
  /** Named after a 牵头 (001) or under 参加/参与单位 (004). */
  partner: ClauseToken[];
  /** Named by a clause that marks no lead: all of a 002 list, a 001 clause without 牵头. */
  responsible: ClauseToken[];
}

/** The roles of a parsed clause, in the order a clause names them. */
export const CLAUSE_ROLES = ['lead', 'responsible', 'partner'] as const;

/** Strip the outer brackets (either width, even mismatched) and markdown bold. */
export function clauseBody(raw: string): string {
  return raw
    .replace(/\*\*/g, '')
    .trim()
    .replace(/^[（(]/, '')
    .replace(/[）)]$/, '')
    .trim();
}

const SUFFIXES = ['市人民政府', '市政府', '出入境检验检疫局'];
/** A bare place name in a list (`广州`), not a body. */
const bare = (t: string): boolean => t.length <= 3 && !/[厅局委办部会署行]$/.test(t);
const PREFIXES = ['省委', '省', '广东'];

/** Split a list into tokens and restore shared prefixes/suffixes; `known` tells whether a name is a whole body. */
export function listTokens(list: string, known: (name: string) => boolean): ClauseToken[] {
  const groups = list
    .split(/[，,]|及/)
    .map((g) => g.trim())
    .filter(Boolean);
  return groups.flatMap((group) => {
    const printed = group
      .replace(/等$/, '')
      .split('、')
      .map((t) => t.trim().replace(/等$/, ''))
      .filter(Boolean);
    const last = printed[printed.length - 1] ?? '';
    const suffix = SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length);
    // `广州、深圳、珠海市政府`: bare place names take the suffix of the last token.
    const withSuffix = printed.map((t, i) => (suffix && i < printed.length - 1 && bare(t) ? t + suffix : t));
    const first = withSuffix[0] ?? '';
    const prefix = PREFIXES.find((p) => first.startsWith(p) && first.length > p.length + 1) ?? '';
    return withSuffix.map((t, i) => ({
      printed: printed[i] ?? t,
      expanded: known(t) || !prefix || t.startsWith(prefix) || !known(prefix + t) ? t : prefix + t,
    }));
  });
}

/** Parse a clause as printed into lead and partner tokens; null when the text is not a clause of this style. */
export function parseClause(raw: string, style: ClauseStyle, known: (name: string) => boolean): ParsedClause | null {
  const body = clauseBody(raw);
  if (style === 'labelled') {
    const m = /^牵头单位[：:](.+?)[；;](?:参加|参与)单位[：:](.+)$/.exec(body);
    return m ? { lead: listTokens(m[1] ?? '', known), partner: listTokens(m[2] ?? '', known), responsible: [] } : null;
  }
  if (style === 'responsible-list') return { lead: [], partner: [], responsible: listTokens(body, known) };
  const m = /^(?:(.+?)牵头[，,]?)?(.*?)(?:等?按职责分工负责)?$/.exec(body);
  if (!m || !/牵头|负责$/.test(body)) return null;
  const named = listTokens(m[2] ?? '', known);
  // Without 牵头 the bodies share the responsibility: none of them is a partner of an absent lead.
  if (m[1] === undefined) return { lead: [], partner: [], responsible: named };
  return { lead: listTokens(m[1], known), partner: named, responsible: [] };
}
