// What each document's rules hand to the shared enrichment step, and the per-line bookkeeping behind the coverage check.
import type { DocScope, LineRange, OutlineNode, PlanDoc, PlanItem, YearRef } from '../../src/contracts/corpus.ts';
import type { ClauseStyle } from './responsibility.ts';
import { type Block, fail, footnoteBody, isBlank, lineAt, markersIn, type Seed } from './seedText.ts';

/** A responsibility clause as printed, with the grammar of its document. */
export interface Clause {
  raw: string;
  line: number;
  style: ClauseStyle;
}

export interface PartDraft {
  label: string | null;
  text: string;
  sourceLines: LineRange;
  clause: Clause | null;
}

/** A plan item before enrichment: the printed parts a document's rules find; units, years, themes
 * and script conversions are added by the shared step. */
export interface ItemDraft extends Pick<PlanItem, 'id' | 'kind' | 'number' | 'path' | 'title' | 'text' | 'sourceLines' | 'notes' | 'implements' | 'tasks' | 'implementedBy'> {
  clauses: Clause[];
  parts?: PartDraft[];
  /** Years stated by an enclosing paragraph (004 goal bullets sit under 到 2030 年). */
  inheritedYears?: YearRef[];
}

export type DocMeta = Omit<PlanDoc, 'itemCount' | 'outline' | 'lineCount' | 'titles'> & { scope: DocScope };

/** Why a line of an item-bearing section is in no item. */
export type ContextReason = 'heading' | 'table' | 'caption' | 'running-header' | 'artefact' | 'footnote';

export type Role = { kind: 'item'; id: string } | { kind: 'context'; reason: ContextReason };

export interface DocParse {
  meta: DocMeta;
  outline: OutlineNode[];
  items: ItemDraft[];
  roles: Roles;
  /** Line ranges whose every non-blank line must belong to an item or a declared context role. */
  itemBearing: LineRange[];
}

/**
 * Which item (or which kind of non-item text) each physical line belongs to. A line may carry several items only in
 * documents that pack many items into one physical line (002); elsewhere a second claim on a line is a parser bug.
 */
export class Roles {
  readonly byLine = new Map<number, Role[]>();
  constructor(
    private readonly seed: Seed,
    private readonly packed = false,
  ) {}

  /** `shared`: this line legitimately holds several items (004's one-line HTML boxes). */
  set(lines: Iterable<number>, role: Role, shared = false): void {
    for (const n of lines) {
      if (isBlank(lineAt(this.seed, n))) continue;
      const had = this.byLine.get(n) ?? [];
      if (had.some((r) => sameRole(r, role))) continue;
      if (had.length && !this.packed && !shared) fail(this.seed, n, `a line that belongs to one item only (already ${describe(had[0])}, now ${describe(role)})`);
      this.byLine.set(n, [...had, role]);
    }
  }
}

const sameRole = (a: Role, b: Role): boolean =>
  a.kind === b.kind && (a.kind === 'item' ? a.id === (b as { id: string }).id : a.reason === (b as { reason: string }).reason);
const describe = (r: Role | undefined): string => (!r ? 'nothing' : r.kind === 'item' ? `item ${r.id}` : r.reason);

export function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Give a footnote body to the latest item whose text carries its marker (and has no such note yet). */
export function attachFootnote(seed: Seed, items: ItemDraft[], b: Block, roles: Roles): void {
  const f = footnoteBody(b.raw) ?? fail(seed, b.first, 'a footnote body');
  const owner = items.toReversed().find((it) => markersIn(it.text).includes(f.marker) && !it.notes.some((x) => x.marker === f.marker));
  if (!owner) fail(seed, b.first, `a footnote marker ${f.marker} in the text before this footnote`);
  owner.notes.push({ marker: f.marker, text: f.text, line: b.first });
  roles.set(b.lines, { kind: 'item', id: owner.id });
}
