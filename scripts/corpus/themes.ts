// Assigning the fixed theme scheme (src/contracts/corpus.ts THEMES) from cue words. Cues are simplified Chinese and are
// matched on the simplified form of the title, the heading path and the text, the title and path weighing more:
// an item's own heading says what it is about, its text often mentions other sectors in passing.
import type { ThemeId } from '../../src/contracts/corpus.ts';

const CUES: Record<ThemeId, string[]> = {
  transport: ['交通', '铁路', '高铁', '城际', '轨道', '公路', '大桥', '通道', '港口', '港区', '航道', '码头', '机场', '航空', '空域', '口岸', '通关', '物流', '班列', '航运', '车辆'],
  utilities: ['能源', '电网', '电力', '输电', '油气', '天然气', '核电', '供水', '水利', '水资源', '防洪', '信息基础设施', '通信', '数据中心', '5G', '新型基础设施', '信息设施'],
  industry: ['产业', '制造', '装备', '产业园', '加工贸易', '农业', '农渔', '工业', '转型升级', '集群'],
  innovation: ['科技', '创新', '研发', '技术', '知识产权', '智慧城市', '电子签名', '实验室', '人才创新'],
  finance: ['金融', '人民币', '银行', '证券', '保险', '基金', '债券', '支付', '资本市场'],
  trade: ['贸易', '服务业', 'CEPA', '自由贸易', '自贸', '市场准入', '统一市场', '市场体系', '市场监管', '信用', '营商环境', '律师', '法律', '仲裁', '会计', '电子商务', '一带一路', '走出去', '会展', '开放', '投资'],
  social: ['教育', '高校', '学校', '学生', '青年', '人才', '医疗', '卫生', '传染病', '食品', '社会保障', '社保', '养老', '就业', '扶贫', '治安', '警务', '民生', '生活圈', '社会治理', '户籍', '住房', '社工'],
  culture: ['文化', '文物', '遗产', '电影', '广播', '旅游', '邮轮', '游艇', '体育', '风情'],
  environment: ['生态', '环境', '污染', '大气', '水环境', '红树林', '湿地', '减排', '碳', '清洁生产', '环保', '绿色'],
  spatial: ['规划', '城市群', '城镇群', '经济带', '湾区', '新区', '片区', '示范区', '合作区', '邻接地区', '鄰接', '城乡', '空间', '乡村', '县城', '都市圈', '平台建设', '前海', '南沙', '横琴', '河套'],
  governance: ['机制', '联席会议', '协调', '论坛', '领导小组', '督查', '监督', '评估', '合作框架', '制度'],
};

const THEME_ORDER = Object.keys(CUES) as ThemeId[];

function count(hay: string, cue: string): number {
  let n = 0;
  for (let i = hay.indexOf(cue); i >= 0 && n < 3; i = hay.indexOf(cue, i + cue.length)) n++;
  return n;
}

/** Themes of an item, primary first: up to three whose score reaches half the best. */
export function themesFor(title: string, path: string[], text: string): ThemeId[] {
  const scores = THEME_ORDER.map((id) => {
    const s = CUES[id].reduce((sum, cue) => sum + 4 * count(title, cue) + 2 * count(path.join(' '), cue) + count(text, cue), 0);
    return { id, s };
  });
  const best = Math.max(...scores.map((x) => x.s));
  if (best === 0) return ['governance'];
  return scores
    .filter((x) => x.s >= Math.min(best, Math.max(3, best / 2)))
    .sort((a, b) => b.s - a.s || THEME_ORDER.indexOf(a.id) - THEME_ORDER.indexOf(b.id))
    .slice(0, 3)
    .map((x) => x.id);
}
