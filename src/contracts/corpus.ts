// Types of the plan corpus (public/data/plan-docs.json, plan-items.json, units.json).
// The data pipeline (scripts/corpus) produces these files and the app reads them; both import from here
// so the shape is defined exactly once.
import { L, type Label, type Locale } from './label.ts';

/** The five seed documents, named after their seed file prefix. */
export const DOC_IDS = ['000', '001', '002', '003', '004'] as const;
export type DocId = (typeof DOC_IDS)[number];

/** ISO 15924 script of a text: the seeds are either Traditional or Simplified Chinese. */
export type Script = 'Hant' | 'Hans';

/** A 1-based inclusive range of physical lines in a seed file. */
export type LineRange = [first: number, last: number];

/** The area a document covers. */
export interface DocScope {
  id: 'greater-prd' | 'pan-prd' | 'guangdong-hong-kong' | 'guangdong-hong-kong-macao' | 'pearl-river-west-metro';
  zh: string;
  en: string;
}

/** A heading of a document (chapter, section, subsection, box …) with the lines it spans. */
export interface OutlineNode {
  /** Stable id inside the document, e.g. `3`, `3.1`, `3.1.2`, `box-4`, `annex-1-1`. */
  id: string;
  level: 'part' | 'chapter' | 'section' | 'subsection' | 'box' | 'annex';
  /** Numbering as printed (`第三章`, `9.1.3`, `（二）`, `专栏 4`), null when the heading has none. */
  number: string | null;
  title: string;
  /** From the heading line to the last non-blank line before the next heading of the same or a higher level. */
  lines: LineRange;
  children: OutlineNode[];
}

export interface PlanDoc {
  id: DocId;
  /** Seed file name, e.g. `002_2d51b3f4b475f0ea.txt`. */
  file: string;
  /** The document's own title as printed. */
  title: string;
  /** The title in each UI language: the printed title in both scripts (the other one derived by
   * OpenCC, see scripts/corpus/convert.ts) and an English rendering (ours, not printed). */
  titles: Label;
  /** Title of the covering notice or parent publication when the document is issued inside one. */
  parentTitle: string | null;
  /** Issuing body as printed, null when the text names none (see issuerNote). */
  issuer: string | null;
  issuerNote: string | null;
  /** Document number as printed (`粤府函〔2016〕85号`), null when the text has none. */
  docNumber: string | null;
  /** ISO date `YYYY-MM-DD` of signature when the text prints one, else null (see dateNote). */
  date: string | null;
  dateNote: string | null;
  script: Script;
  scope: DocScope;
  /** Number of physical lines in the seed. */
  lineCount: number;
  itemCount: number;
  outline: OutlineNode[];
}

/**
 * What an item is. `task`: a numbered task or annex task; `work-item`: 000 chapter 9; `recommendation`: 000 chapter 8;
 * `framework`: 003 guiding thought/principles/strategic goals; `safeguard`: implementation safeguards;
 * `paragraph`: a 004 main-text paragraph opening with a lead phrase; `box-entry`: an entry of a 004 专栏 box;
 * `goal`: a 004 发展目标 paragraph; `context`: an unheaded paragraph (preamble of a chapter or section) kept so that
 * every paragraph of an item-bearing section belongs to exactly one item.
 */
export const ITEM_KINDS = ['task', 'work-item', 'recommendation', 'framework', 'safeguard', 'paragraph', 'box-entry', 'goal', 'context'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The fixed theme scheme shared by all documents. */
export type ThemeId =
  | 'transport'
  | 'utilities'
  | 'industry'
  | 'innovation'
  | 'finance'
  | 'trade'
  | 'social'
  | 'culture'
  | 'environment'
  | 'spatial'
  | 'governance';

export interface Theme {
  id: ThemeId;
  label: Label;
}

/** The themes in display order, each with its label in the three UI languages. */
export const THEMES: readonly Theme[] = [
  { id: 'transport', label: L('交通与口岸', '交通與口岸', 'Transport & border crossings') },
  { id: 'utilities', label: L('能源·水利·信息基础设施', '能源·水利·資訊基礎設施', 'Utilities (energy, water, digital)') },
  { id: 'industry', label: L('产业', '產業', 'Industry & agriculture') },
  { id: 'innovation', label: L('科技创新', '科技創新', 'Innovation & technology') },
  { id: 'finance', label: L('金融', '金融', 'Finance') },
  { id: 'trade', label: L('商贸服务与开放', '商貿服務與開放', 'Trade, services & opening-up') },
  { id: 'social', label: L('民生社会', '民生社會', 'Social & livelihood') },
  { id: 'culture', label: L('文化旅游', '文化旅遊', 'Culture, tourism & sport') },
  { id: 'environment', label: L('生态环境', '生態環境', 'Environment & ecology') },
  { id: 'spatial', label: L('空间规划与合作区', '空間規劃與合作區', 'Spatial planning & zones') },
  { id: 'governance', label: L('合作机制与保障', '合作機制與保障', 'Governance & mechanisms') },
];
export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);
const THEME_LABELS = new Map(THEMES.map((t) => [t.id as string, t.label]));
/** A theme's label in a UI language (the id itself for an unknown theme). */
export const themeLabel = (id: string, locale: Locale): string => THEME_LABELS.get(id)?.[locale] ?? id;

/** Each item kind's name in the three UI languages. */
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, Label>> = {
  task: L('任务', '任務', 'Task'),
  'work-item': L('工作事项', '工作事項', 'Work item'),
  recommendation: L('建议', '建議', 'Recommendation'),
  framework: L('总体要求', '總體要求', 'Framework'),
  safeguard: L('保障措施', '保障措施', 'Safeguard'),
  paragraph: L('段落', '段落', 'Paragraph'),
  'box-entry': L('专栏条目', '專欄條目', 'Box entry'),
  goal: L('发展目标', '發展目標', 'Goal'),
  context: L('导言段落', '導言段落', 'Introductory paragraph'),
};

/** A footnote lifted out of the text: `marker` was removed from `text`, `text` here is the footnote body. */
export interface Note {
  marker: string;
  text: string;
  line: number;
}

/** A target, deadline or scheduled year the item commits to, with the words it comes from. */
export interface YearRef {
  year: number;
  /**
   * `target`: 到/目标在/力争 … a year; `deadline`: before the end of a year; `milestone`: an event set in a year;
   * `reference`: a past target the text refers to (a review of 2015's targets), not a commitment of this item.
   */
  kind: 'target' | 'deadline' | 'milestone' | 'reference';
  phrase: string;
  line: number;
}

/** One responsible body named by a responsibility clause. */
export interface UnitRef {
  /** Canonical name (key of units.json). */
  name: string;
  /** The token as printed, before the shared prefix or suffix of its list was restored (`交通运输厅`). */
  printed: string;
  /**
   * `lead` (牵头), `partner` (参加/参与, or named after a lead), `responsible`: named by a clause that marks no lead
   * (002's lists, 001's “……等按职责分工负责” without 牵头); responsible bodies count as leads.
   */
  role: 'lead' | 'partner' | 'responsible';
}

/** How a paragraph or box entry was tied to the annex task that implements it (004). */
export interface TaskLink {
  /** Id of the annex task item. */
  id: string;
  /**
   * `section`: the task names the section the item sits in; `box-heading`: the box's own sub-heading names the
   * task's section; `reviewed`: decided by hand in data/implementation.json (see `reason`).
   */
  rule: 'section' | 'box-heading' | 'reviewed';
  reason?: string;
}

/** Departments an item does not name itself but takes from the annex task(s) that implement it. */
export interface InheritedUnits {
  leadUnits: string[];
  partnerUnits: string[];
  /** The annex task ids they come from. */
  from: string[];
}

/** One paragraph of a multi-paragraph item (001 tasks), each with its own responsibility clause. */
export interface ItemPart {
  /** Sub-heading the paragraph opens with (`铁路方面`), if any. */
  label: string | null;
  text: string;
  sourceLines: LineRange;
  leadUnits: string[];
  partnerUnits: string[];
  unitsRaw: string | null;
}

export interface PlanItem {
  /** Stable readable id, e.g. `002-17`, `001-7`, `000-9.1.3-b`, `004-annex-3-2`, `004-3.1.2-p1`, `004-box-4-3`. */
  id: string;
  docId: DocId;
  kind: ItemKind;
  /** Numbering as printed (`17．`, `7·`, `（二）`, `9.1.3`, `(1)`, `1.`), null when unnumbered. */
  number: string | null;
  /** Titles of the enclosing headings, from the chapter down. */
  path: string[];
  /** The lead phrase or heading of the item. */
  title: string;
  /** Verbatim text in the document's script, page breaks joined, footnote markers and `**` removed; paragraphs joined by `\n`. */
  text: string;
  sourceLines: LineRange;
  notes: Note[];
  /** Canonical names of the bodies that lead (牵头) or, where no lead is marked (002), are responsible. */
  leadUnits: string[];
  partnerUnits: string[];
  /** Responsibility clauses exactly as printed. */
  unitsRaw: string[];
  unitRefs: UnitRef[];
  years: YearRef[];
  /** Themes, the primary first. */
  themes: ThemeId[];
  /** `text` in Simplified and in Traditional Chinese (Hong Kong usage): one of them is `text`, the
   * other derived by OpenCC with the fixes of scripts/corpus/convert.ts. Same length as `text`. */
  textHans: string;
  textHant: string;
  /** `title` and `path` in both scripts, derived the same way. */
  titleHans: string;
  titleHant: string;
  pathHans: string[];
  pathHant: string[];
  /** Paragraphs of a multi-paragraph task (001). */
  parts?: ItemPart[];
  /** Outline node id (in the same document) that this annex task implements (004). */
  implements?: string;
  /** A paragraph's or box entry's implementing annex task(s) (004). */
  tasks?: TaskLink[];
  /** An annex task's paragraphs and box entries, in text order (004). */
  implementedBy?: string[];
  /** Departments taken from the implementing task(s); only on items whose own text names none. */
  inherited?: InheritedUnits;
}

export type Jurisdiction = 'guangdong-province' | 'city' | 'central' | 'hong-kong' | 'macao';

/** A responsible body named by the documents (units.json). */
export interface Unit {
  /** Canonical name, simplified script. */
  name: string;
  /** The name in Traditional characters (Hong Kong usage), derived by OpenCC (scripts/corpus/convert.ts). */
  'name:zh-Hant': string;
  en: string;
  jurisdiction: Jurisdiction;
  /** A placeholder such as 有关地级以上市政府 rather than one body. */
  generic: boolean;
  /** Every form the documents print, including the list tokens before prefix restoration. */
  variants: string[];
  docs: DocId[];
  /** Items naming the unit in a responsibility clause. */
  items: string[];
  /** Items whose text names the unit outside a responsibility clause (000 names its coordinating bodies so). */
  mentionedIn: string[];
  /** Set on a body renamed or merged since: today's body (a key of units.json) and where the change is recorded. */
  renamedTo?: { name: string; year: number | null; source: string };
  /** Set on today's body: the names it had in older documents (keys of units.json). */
  formerNames?: string[];
}
