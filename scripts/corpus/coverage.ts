// The coverage check: every non-blank line of an item-bearing section belongs to an item or to a declared kind of
// non-item text (heading, table, caption …). An unassigned line means the rules missed text: fail, never drop it.
import type { DocId, ItemKind } from '../../src/contracts/corpus.ts';
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
