// Assigning the fixed theme scheme (src/contracts/corpus.ts THEMES) by readable rules, checked against the
// hand-checked gold set data/themes-gold.json (scripts/corpus/themes.test.ts). All matching is plain substring search
// on the simplified form of the title, the heading path and the text (the text without its responsibility clauses).
//
// The rules, in order:
// 1. Framework headings: an item whose title or heading path is a framework heading (指导思想, 基本原则, 保障措施 …)
//    has governance as its primary theme; the other themes it mentions can only be secondary.
// 2. Cue words: each theme has cue words (CUES). Before a theme's cues are counted, its exclusion phrases (EXCLUSIONS)
//    are blanked out, so that 社会保险 does not count as finance's 保险 and 营商环境 not as environment's 环境.
// 3. Weights: a theme named in the title (any of its cues) scores TITLE_WEIGHT, named in a heading of the path
//    PATH_WEIGHT, and each cue occurrence in the text 1, at most TEXT_CAP in all: an item's own heading says what it
//    is about, its text mentions other sectors in passing, so text alone (≤ 5) never outweighs the title (6).
// 4. Primary and secondary: the highest score is the primary theme (ties: the theme named in the title, then the one
//    named in a heading, then THEMES order); up to two more themes are secondary when they score at least half the
//    best and at least SECONDARY_MIN, or when a heading of the path names them (the plan files the item there).
//    An item with no cue at all is governance.
import type { ThemeId } from '../../src/contracts/corpus.ts';

// 都市圈 alone is no spatial cue: it is 004's own subject and named in nearly every 004 item; 周边都市圈 and
// 都市圈之间 (relations with the neighbouring metropolitan areas) are. 企业 and 一带一路 name the actors and the setting
// of many tasks in every field, so they are no cues either.
export const CUES: Readonly<Record<ThemeId, readonly string[]>> = {
  transport: ['交通', '铁路', '高铁', '城际', '轨道', '公路', '大桥', '通道', '港口', '港区', '航道', '码头', '机场', '航空', '空域', '口岸', '通关', '物流', '班列', '航运', '车辆', '搜救', '客船', '海事'],
  utilities: ['能源', '电网', '电力', '输电', '油气', '天然气', '核电', '供水', '水利', '水资源', '防洪', '信息基础设施', '通信', '数据中心', '5G', '新型基础设施', '信息设施', '智能计算', '大数据中心'],
  industry: ['产业', '制造', '装备', '产业园', '加工贸易', '农业', '农渔', '工业', '转型升级', '集群'],
  innovation: ['科技', '创新', '研发', '技术', '知识产权', '智慧城市', '电子签名', '实验室', '物联网', '科研'],
  finance: ['金融', '人民币', '银行', '证券', '保险', '基金', '债券', '支付', '资本市场', '投融资', '深港通'],
  trade: ['贸易', '服务业', 'CEPA', '自由贸易', '自贸', '市场准入', '统一市场', '市场体系', '市场监管', '信用', '营商环境', '律师', '法律', '仲裁', '会计', '电子商务', '走出去', '会展', '开放', '投资', '经贸', '商贸'],
  social: ['教育', '高校', '学校', '学生', '青年', '人才', '医疗', '卫生', '传染病', '食品', '社会保障', '社保', '社会保险', '养老', '就业', '扶贫', '治安', '警务', '民生', '生活圈', '社会治理', '户籍', '住房', '社工', '社会服务', '社会事业', '福利', '医院', '劳动'],
  culture: ['文化', '文物', '遗产', '电影', '广播', '旅游', '邮轮', '游艇', '体育', '风情'],
  environment: ['生态', '环境', '污染', '大气', '水环境', '红树林', '湿地', '减排', '碳', '清洁生产', '环保', '绿色', '气候'],
  spatial: ['规划', '城市群', '城镇群', '经济带', '湾区', '新区', '片区', '示范区', '合作区', '邻接地区', '跨界地区', '城乡', '空间', '乡村', '县城', '平台建设', '前海', '南沙', '横琴', '河套', '经济区', '发展平台', '合作平台', '空间格局', '经济发展格局', '合作区域', '周边都市圈', '都市圈之间'],
  governance: ['机制', '联席会议', '协调', '论坛', '领导小组', '督查', '监督', '评估', '合作框架', '制度', '观察员', '组织领导', '责任主体'],
};

/** Phrases blanked out before a theme's cues are counted: they contain a cue but are not about that theme. */
export const EXCLUSIONS: Readonly<Partial<Record<ThemeId, readonly string[]>>> = {
  // Social, medical and care insurance, housing provident funds and youth funds are social measures; the financial
  // crisis is the setting of an enterprise-support task, not a finance measure.
  finance: ['社会保险', '医疗保险', '护理保险', '医保', '住房公积金', '青年发展基金', '金融危机'],
  // 创新发展 as a principle, reform or management innovation, innovative mechanisms are not technology.
  innovation: ['创新发展', '改革创新', '制度创新', '管理创新', '创新合作机制', '创新模式', '创新项目管理', '合作创新', '创新用地', '创新区域合作'],
  // The business environment and the innovation environment are not the natural environment.
  environment: ['营商环境', '创新环境', '发展环境', '旅游环境', '生活环境', '市场环境', '政策环境'],
  // A plan named as a document type (专题规划, 发展规划) is not spatial planning by itself; 规划纲要 is a document title.
  spatial: ['专题规划', '专项规划', '规划纲要', '合作发展规划'],
  // Equipment manufacturing for transport is industry; innovation, cultural, tourism, financial industries are their own themes.
  transport: ['运输设备', '运输装备', '轨道交通装备', '航空航天装备'],
  industry: ['产业创新', '文化创意产业', '旅游产业', '金融产业', '物流产业', '服务业'],
  // A mechanism or framework named as the setting (在……机制下, 在……框架下) is not the subject of the item.
  governance: ['协调机制下', '合作框架下', '机制作用下'],
};

/** Headings (in the title or the heading path) that make governance the primary theme. */
export const FRAMEWORK_HEADINGS: readonly string[] = ['指导思想', '基本原则', '保障措施', '实施保障', '合作机制'];
/** Titles that make governance primary: the framework headings, and the task-division annex's own introduction. */
export const FRAMEWORK_TITLES: readonly string[] = [...FRAMEWORK_HEADINGS, '分工方案'];

export const TITLE_WEIGHT = 6;
export const PATH_WEIGHT = 3;
export const TEXT_CAP = 5;
export const SECONDARY_MIN = 3;

const THEME_ORDER = Object.keys(CUES) as ThemeId[];

function count(hay: string, cue: string, cap: number): number {
  let n = 0;
  for (let i = hay.indexOf(cue); i >= 0 && n < cap; i = hay.indexOf(cue, i + cue.length)) n++;
  return n;
}

/** The haystack with every occurrence of the theme's exclusion phrases replaced by a filler of the same length. */
export function blank(hay: string, theme: ThemeId): string {
  const phrases = Object.hasOwn(EXCLUSIONS, theme) ? (EXCLUSIONS[theme] ?? []) : [];
  return phrases.reduce((h, p) => h.split(p).join('〇'.repeat(p.length)), hay);
}

/** Score of one theme: title and heading path count once each when they hold a cue, text hits add up to TEXT_CAP. */
export function scoreTheme(theme: ThemeId, title: string, path: string[], text: string): { score: number; inTitle: boolean; inPath: boolean } {
  const t = blank(title, theme);
  const p = blank(path.join(' '), theme);
  const x = blank(text, theme);
  const inTitle = CUES[theme].some((cue) => t.includes(cue));
  const inPath = CUES[theme].some((cue) => p.includes(cue));
  const hits = CUES[theme].reduce((n, cue) => n + count(x, cue, TEXT_CAP), 0);
  return { score: (inTitle ? TITLE_WEIGHT : 0) + (inPath ? PATH_WEIGHT : 0) + Math.min(hits, TEXT_CAP), inTitle, inPath };
}

/** Whether the item is a framework item (its title or one of its headings is a framework heading). */
export const isFramework = (title: string, path: string[]): boolean =>
  FRAMEWORK_TITLES.some((h) => title.includes(h)) || FRAMEWORK_HEADINGS.some((h) => path.some((p) => p.includes(h)));

/** Themes of an item, primary first (see the rules at the top of this file). */
export function themesFor(title: string, path: string[], text: string): ThemeId[] {
  const scores = THEME_ORDER.map((id) => ({ id, ...scoreTheme(id, title, path, text) })).sort(
    (a, b) =>
      b.score - a.score || Number(b.inTitle) - Number(a.inTitle) || Number(b.inPath) - Number(a.inPath) || THEME_ORDER.indexOf(a.id) - THEME_ORDER.indexOf(b.id),
  );
  const best = scores[0]?.score ?? 0;
  const primary: ThemeId = isFramework(title, path) || best === 0 ? 'governance' : (scores[0]?.id ?? 'governance');
  const floor = Math.max(SECONDARY_MIN, best / 2);
  // A theme a heading names stays secondary even below the floor: the plan files the item under it.
  const secondary = scores.filter((s) => s.id !== primary && (s.score >= floor || s.inPath)).slice(0, 2);
  return [primary, ...secondary.map((s) => s.id)];
}
