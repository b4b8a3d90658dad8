// Shared contract between the places build (scripts/places) and the app: the gazetteer
// (public/data/places/<type>.geojson) and the plan structures (public/data/structures.json).
import type { DocId } from './corpus.ts';
import { L, type Label } from './label.ts';

/** Seed documents, by the three-digit prefix of their file name (defined with the corpus). */
export type { DocId };

/** One GeoJSON file per type under public/data/places/. */
export const PLACE_TYPES = [
  'zones',
  'ports',
  'airports',
  'rail-lines',
  'stations',
  'roads',
  'channels',
  'crossings',
  'facilities',
  'ecology',
  'rivers',
  'islands',
  'heritage',
  'localities',
  /** Public services named in 004 第七章 (hospitals, schools and colleges, sports and culture venues, elderly care). */
  'services',
  /** Research institutes, laboratories and innovation platforms (004 第五章, 专栏). */
  'research',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/**
 * Status vocabulary, in the seeds' own words (004 第三章 uses these verbs; where two chapters give
 * different verbs for one project, the transport chapter's verb wins and the other goes in `note`),
 * labelled in each UI script (繁體 converted from the 简体; English glosses the class).
 */
export const STATUSES = {
  existing: L('现状（自然要素、已设立的区域）', '現狀（自然要素、已設立的區域）', 'existing (natural feature, established area)'),
  operating: L('已建成运营（拥有／依托／用好）', '已建成運營（擁有／依託／用好）', 'operating'),
  upgrade: L('改扩建（改扩建／扩建／提升／电气化改造）', '改擴建（改擴建／擴建／提升／電氣化改造）', 'upgrade or extension'),
  'under-construction': L('加快推进建设（加快建设／推进建设／启动建设）', '加快推進建設（加快建設／推進建設／啟動建設）', 'under construction'),
  'pre-construction': L('推动前期工作（开展前期工作）', '推動前期工作（開展前期工作）', 'preparatory work'),
  study: L('深化研究（深化前期研究／研究谋划／适时研究／研究预留）', '深化研究（深化前期研究／研究謀劃／適時研究／研究預留）', 'under study'),
  concept: L('谋划（谋划项目建设方案）', '謀劃（謀劃項目建設方案）', 'conceived (scheme to be drawn up)'),
  reserved: L('预留建设通道', '預留建設通道', 'corridor reserved'),
  planned: L('规划建设（打造／共建／筹建／建设）', '規劃建設（打造／共建／籌建／建設）', 'planned'),
} as const satisfies Record<string, Label>;
export type Status = keyof typeof STATUSES;

/** How far a geometry can be trusted: a surveyed point, a point standing in for an area, or a diagram. */
export type Precision = 'exact' | 'approximate' | 'schematic';
/** A place also may have no geometry at all: the seeds name it but say nothing of where it is
 * (a line only 谋划, with no terminus). It is listed, linked and searchable, never drawn. */
export type PlacePrecision = Precision | 'unlocated';

/** City adcode, plus the county adcode inside the four west-bank cities (珠海, 中山, 江门, 阳江). */
export interface AdminRef {
  city: string;
  county?: string;
}

/**
 * One name a place has borne, and when (a place renamed or re-designated keeps one id: 横琴新区 → 横琴粤澳深度合作区).
 * `name` is the official name as published (简体); `event` says what happened, in each UI script.
 */
export interface PlaceHistoryEntry {
  /** "2009-12-16", "2015-04" or "2021". */
  date: string;
  name: string;
  event: Label;
  /** Where the date and name come from (a citable page, or a seed line "003:79"). */
  source: string;
}

export interface PlaceProperties {
  id: string;
  type: PlaceType;
  status: Status;
  /** 简体, as the seeds spell it (canonical form where they vary). */
  name: string;
  'name:zh-Hant': string;
  'name:en': string;
  /** Every spelling the seeds use, plus traditional forms. */
  aliases: string[];
  precision: PlacePrecision;
  /** Citable reference for the geometry; for an unlocated place, why it has none. */
  source: string;
  admin: AdminRef | null;
  docs: DocId[];
  /** Seed line references, "004:279". */
  refs: string[];
  /** The seed's own status wording, when it adds to `status`. */
  statusText?: string;
  note?: string;
  /** Earlier names and designations, oldest first (absent for most places). */
  history?: PlaceHistoryEntry[];
  /** Lines only: importance class, 1 major … 3 minor (scripts/places/lineClass.ts). */
  rank?: 1 | 2 | 3;
}

export interface SeedRef {
  doc: DocId;
  line: number;
  /** The defining sentence, verbatim. */
  text: string;
  /** The same in Traditional characters (Hong Kong usage), derived by OpenCC (scripts/corpus/convert.ts). */
  textHant?: string;
}

/** One element of a structure (a pole, a circle, an axis, a corridor …). */
export interface StructureElement {
  id: string;
  /** 简体, as the seed names it; 繁體 derived with OpenCC, English curated (data/places/structures.json). */
  name: string;
  'name:zh-Hant': string;
  'name:en': string;
  /** A branch of an axis names the axis it belongs to (创新集聚发展轴 has an east and a west branch). */
  trunk?: Label;
  /** The city a core or pole stands for (an adcode). */
  admin?: string;
  /** core | pole | circle | axis | axis-branch | corridor | belt | cluster | barrier | hub | line-group … */
  role: string;
  def: SeedRef;
  /**
   * Ids of the plan items (public/data/plan-items.json) that define the element: those whose sourceLines, or a footnote
   * of which, hold the definition's seed line. Derived from the seed by the corpus rules (scripts/places/structures.ts).
   */
  definedBy: string[];
  /** Place ids (from public/data/places) this element names. */
  places: string[];
  /** Channels (通道) the element runs along, as place ids. */
  channels?: string[];
  /** Direction and functions, verbatim from the seed where it gives them. */
  direction?: string;
  functions?: string;
  /** The same in Traditional characters (Hong Kong usage), derived. */
  'direction:zh-Hant'?: string;
  'functions:zh-Hant'?: string;
  /** Where the seed does not say, the reading used and why. */
  interpretation?: Reading;
  geometry?: GeoJSON.Geometry;
  precision?: Precision;
}

export interface Structure {
  id: string;
  name: string;
  'name:zh-Hant': string;
  'name:en': string;
  def: SeedRef;
  elements: StructureElement[];
  interpretation?: Reading;
}

/** Our reading of what a seed leaves unsaid, in each UI script (not plan text: zh-Hant is derived). */
export type Reading = Label;

export interface StructuresFile {
  source: string;
  structures: Structure[];
}
