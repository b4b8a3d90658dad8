// The coverage check: every non-blank line of an item-bearing section belongs to an item or to a declared kind of
// non-item text (heading, table, caption …). An unassigned line means the rules missed text: fail, never drop it.
// Also the report of items that name no department (responsible body), printed by the corpus stage.
import { DOC_IDS, type DocId, type ItemKind, type PlanItem } from '../../src/contracts/corpus.ts';
import type { ContextReason, DocParse } from './draft.ts';
import { fail, isBlank, lineAt, type Seed } from './seedText.ts';

export interface Coverage {
  docId: DocId;
  /** Non-blank lines inside item-bearing sections. */
  lines: number;
  itemLines: number;
  context: Partial<Record<ContextReason, number>>;
  items: number;
  byKind: Partial<Record<ItemKind, number>>;
}

export function checkCoverage(seed: Seed, parse: DocParse): Coverage {
  const cov: Coverage = { docId: seed.id, lines: 0, itemLines: 0, context: {}, items: parse.items.length, byKind: {} };
  for (const [first, last] of parse.itemBearing) {
    for (let n = first; n <= last; n++) {
      if (isBlank(lineAt(seed, n))) continue;
      cov.lines++;
      const roles = parse.roles.byLine.get(n) ?? fail(seed, n, 'this line to belong to an item (or to be a heading, table, caption or footnote)');
      const ctx = roles.find((r) => r.kind === 'context');
      if (ctx && ctx.kind === 'context' && roles.length === 1) cov.context[ctx.reason] = (cov.context[ctx.reason] ?? 0) + 1;
      else cov.itemLines++;
    }
  }
  for (const it of parse.items) cov.byKind[it.kind] = (cov.byKind[it.kind] ?? 0) + 1;
  return cov;
}

export function formatCoverage(all: Coverage[]): string {
  const rows = all.map((c) => {
    const kinds = Object.entries(c.byKind).map(([k, v]) => `${k} ${v}`).join(', ');
    const ctx = Object.entries(c.context).map(([k, v]) => `${k} ${v}`).join(', ');
    return `${c.docId}: ${c.items} items (${kinds}); ${c.lines} lines in item-bearing sections: ${c.itemLines} in items, ${ctx || 'no other'}; 0 unassigned`;
  });
  return ['coverage:', ...rows.map((r) => `  ${r}`)].join('\n');
}

/** Items of one document and kind that name no department of their own. */
export interface DepartmentGap {
  docId: DocId;
  kind: ItemKind;
  items: number;
  /** Ids of items naming no department and inheriting none. */
  none: string[];
  /** Ids of items naming none of their own but inheriting some from their implementing task (004). */
  inheritedOnly: string[];
  /** Ids of items naming partners but no lead or responsible body (the clause grammar should make none). */
  noLead: string[];
  /** `id ¶n` of paragraphs of multi-paragraph items (001) without a lead or responsible body. */
  parts: string[];
}

export function departmentGaps(items: PlanItem[]): DepartmentGap[] {
  const out = new Map<string, DepartmentGap>();
  for (const it of items) {
    const key = `${it.docId} ${it.kind}`;
    const gap = out.get(key) ?? { docId: it.docId, kind: it.kind, items: 0, none: [], inheritedOnly: [], noLead: [], parts: [] };
    out.set(key, gap);
    gap.items++;
    const inherited = (it.inherited?.leadUnits.length ?? 0) + (it.inherited?.partnerUnits.length ?? 0) > 0;
    if (!it.leadUnits.length && !it.partnerUnits.length) (inherited ? gap.inheritedOnly : gap.none).push(it.id);
    else if (!it.leadUnits.length) gap.noLead.push(it.id);
    (it.parts ?? []).forEach((p, k) => {
      if (!p.leadUnits.length) gap.parts.push(`${it.id} ¶${k + 1}`);
    });
  }
  return [...out.values()];
}

const ids = (list: string[]): string => (list.length <= 6 ? list.join(', ') : `${list.slice(0, 6).join(', ')} …`);

/** The corpus stage's printout: per document, the kinds of item that name no department (the target for tasks is none). */
export function formatDepartments(items: PlanItem[]): string {
  const gaps = departmentGaps(items);
  const rows = DOC_IDS.flatMap((docId) => {
    const mine = gaps.filter((g) => g.docId === docId);
    if (!mine.length) return [];
    const list = (pick: (g: DepartmentGap) => string[]) =>
      mine.filter((g) => pick(g).length).map((g) => `${g.kind} ${pick(g).length}/${g.items}${pick(g).length < g.items ? ` (${ids(pick(g))})` : ''}`);
    const none = list((g) => g.none);
    const inherited = list((g) => g.inheritedOnly);
    const noLead = list((g) => g.noLead);
    const parts = mine.flatMap((g) => g.parts);
    return [
      `${docId}: without departments: ${none.join(', ') || 'none'}` +
        (inherited.length ? `; no own department (inherited): ${inherited.join(', ')}` : '') +
        (noLead.length ? `; partners but no lead: ${noLead.join(', ')}` : '') +
        (parts.length ? `; paragraphs without a lead: ${ids(parts)}` : ''),
    ];
  });
  return ['departments (lead, responsible or partner bodies named by the item itself):', ...rows.map((r) => `  ${r}`)].join('\n');
}
