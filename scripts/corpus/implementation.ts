// Which annex task implements each 004 paragraph and box entry, and what they inherit from it.
// 004's annex (重点任务分工方案) assigns departments task by task, each task naming the main-text section it
// implements; the paragraphs and 专栏 entries of that section carry no department of their own. An item is tied to the
// task of its section (rule `section`), except in the boxes that sit in one section but list the works of several:
// there the box's own sub-heading (rule `box-heading`) or, where no heading decides, a reviewed reading of the entry
// (rule `reviewed`) names the section, from data/implementation.json with the reason.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InheritedUnits, PlanItem, TaskLink } from '../../src/contracts/corpus.ts';
import { repoRoot } from '../lib/io.ts';

export interface BoxRule {
  box: string;
  /** A sub-heading of the box as printed: decides every entry under it. */
  heading?: string;
  /** One entry's title as printed. */
  entry?: string;
  /** Main-text outline nodes whose annex task implements the entry. */
  sections: string[];
  reason: string;
}

export interface ImplementationRules {
  boxes: BoxRule[];
}

/** What the tying needs of an item: where it sits and what it is. */
export interface Tieable {
  id: string;
  kind: PlanItem['kind'];
  title: string;
  /** Enclosing headings; a box entry's end with the box's label and, when it has one, its sub-heading. */
  path: string[];
  tasks?: TaskLink[];
}

export interface AnnexTaskRef {
  id: string;
  /** The outline node it implements. */
  implements: string;
}

const RULES_FILE = 'data/implementation.json';

/** The reviewed rules, checked for shape (a malformed file stops the pipeline with the field at fault). */
export function implementationRules(text = readFileSync(resolve(repoRoot, RULES_FILE), 'utf8')): ImplementationRules {
  const json = JSON.parse(text) as { boxes?: unknown };
  if (!Array.isArray(json.boxes)) throw new Error(`${RULES_FILE}: expected { boxes: [...] }`);
  json.boxes.forEach((r: Partial<BoxRule>, i) => {
    const ok =
      typeof r.box === 'string' &&
      (typeof r.heading === 'string') !== (typeof r.entry === 'string') &&
      Array.isArray(r.sections) &&
      r.sections.length > 0 &&
      r.sections.every((s) => typeof s === 'string') &&
      typeof r.reason === 'string' &&
      r.reason.length > 0;
    if (!ok) throw new Error(`${RULES_FILE}: boxes[${i}] needs box, either heading or entry, sections and a reason`);
  });
  return json as ImplementationRules;
}

const boxOf = (id: string): string | null => /^004-box-(\d+)-\d+$/.exec(id)?.[1] ?? null;

/** The task implementing a node: the one naming the node itself or its nearest enclosing node. */
function taskOfNode(node: string, tasks: readonly AnnexTaskRef[]): AnnexTaskRef | undefined {
  let best: AnnexTaskRef | undefined;
  for (const t of tasks) {
    if ((node === t.implements || node.startsWith(`${t.implements}.`)) && (!best || t.implements.length > best.implements.length)) best = t;
  }
  return best;
}

/**
 * Ties items to the annex tasks that implement them (sets `tasks` on each item) and returns, for each task id, its
 * items in text order. `nodeOf` gives an item's outline node; `problem` reports a rule that no longer fits the text.
 */
export function tieToTasks(
  items: readonly Tieable[],
  nodeOf: (id: string) => string | undefined,
  tasks: readonly AnnexTaskRef[],
  rules: ImplementationRules,
  problem: (message: string) => never,
): Map<string, string[]> {
  const byTask = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  const used = new Set<BoxRule>();
  const ruled = new Set(rules.boxes.map((r) => r.box));
  const taskOfSection = (section: string, rule: BoxRule): AnnexTaskRef =>
    tasks.find((t) => t.implements === section) ?? problem(`an annex task implementing section ${section} (data/implementation.json, box ${rule.box})`);

  for (const item of items) {
    if (item.kind === 'task') continue;
    const box = boxOf(item.id);
    let links: TaskLink[];
    if (box !== null && ruled.has(box)) {
      const matches = rules.boxes.filter((r) => r.box === box && ((r.heading !== undefined && item.path.includes(r.heading)) || (r.entry !== undefined && r.entry === item.title)));
      if (matches.length !== 1) problem(`exactly one rule in data/implementation.json for ${item.id} (“${item.title}”), found ${matches.length}`);
      const rule = matches[0]!;
      used.add(rule);
      links = rule.sections.map((s) => ({ id: taskOfSection(s, rule).id, rule: rule.heading !== undefined ? 'box-heading' : 'reviewed', reason: rule.reason }));
    } else {
      const node = nodeOf(item.id);
      const task = node === undefined ? undefined : taskOfNode(node, tasks);
      links = task ? [{ id: task.id, rule: 'section' }] : [];
    }
    if (!links.length) continue;
    (item as { tasks?: TaskLink[] }).tasks = links;
    for (const l of links) byTask.get(l.id)?.push(item.id);
  }
  for (const r of rules.boxes) {
    if (!used.has(r)) problem(`an entry of box ${r.box} under “${r.heading ?? r.entry}” (data/implementation.json): the text has none`);
  }
  return byTask;
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/**
 * Items tied to tasks that name no department themselves inherit their tasks' leads and partners (a body leading one
 * task and partnering another counts as a lead).
 */
export function inheritUnits(items: PlanItem[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    if (!item.tasks?.length || item.leadUnits.length || item.partnerUnits.length) continue;
    const from = item.tasks.map((t) => byId.get(t.id)).filter((t): t is PlanItem => t !== undefined);
    const leadUnits = union(from.map((t) => t.leadUnits));
    const inherited: InheritedUnits = {
      leadUnits,
      partnerUnits: union(from.map((t) => t.partnerUnits)).filter((u) => !leadUnits.includes(u)),
      from: from.map((t) => t.id),
    };
    if (inherited.leadUnits.length || inherited.partnerUnits.length) item.inherited = inherited;
  }
}
