// Renamed and merged bodies (data/unit-renames.json, reviewed by hand): the table's validation against the units
// dictionary and the two units.json fields it fills, `renamedTo` on the older body and `formerNames` on today's,
// so that a filter by today's department also finds the older documents' tasks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Unit } from '../../src/contracts/corpus.ts';
import { repoRoot } from '../lib/io.ts';

export interface RenameRow {
  from: string;
  /** Today's body (a unit key); null when the duties were divided or the successor is named by no document. */
  to: string | null;
  year: number | null;
  source: string;
  note: string;
}

/** A body named only by the older documents that was checked and is not tied (unchanged, generic …). */
export interface KeptRow {
  name: string;
  note: string;
}

export interface RenameTable {
  rows: RenameRow[];
  kept: KeptRow[];
}

export const RENAMES_FILE = resolve(repoRoot, 'data/unit-renames.json');

type Info = (name: string) => Pick<Unit, 'name' | 'jurisdiction' | 'generic'> | null;

/** The first problem of the table, or null: every name a canonical unit, no chains, successors of the same kind. */
export function renameProblem(t: RenameTable, info: Info): string | null {
  const canonical = (n: string) => info(n)?.name === n;
  const froms = new Map<string, RenameRow>();
  for (const r of t.rows) {
    if (!canonical(r.from)) return `${r.from} is not a canonical name of the units dictionary`;
    if (froms.has(r.from)) return `${r.from} has two rows`;
    froms.set(r.from, r);
    if (r.year !== null && !(Number.isInteger(r.year) && r.year > 2004 && r.year <= 2023)) return `${r.from}: year ${r.year} is not between 000 (2004) and 004 (2023)`;
    if (!r.note.trim()) return `${r.from}: a note saying what changed`;
    if (r.to === null) continue;
    if (!canonical(r.to)) return `${r.from} → ${r.to}: ${r.to} is not a canonical name of the units dictionary`;
    if (r.to === r.from) return `${r.from} is renamed to itself`;
    if (!r.source.trim()) return `${r.from} → ${r.to}: the act that made the change`;
    const a = info(r.from);
    const b = info(r.to);
    if (a?.generic || b?.generic) return `${r.from} → ${r.to}: a placeholder is no body to rename`;
    if (a?.jurisdiction !== b?.jurisdiction) return `${r.from} → ${r.to}: ${a?.jurisdiction} body tied to a ${b?.jurisdiction} body`;
  }
  for (const r of t.rows) {
    // A chain A → B → C must be written A → C: `to` is today's body, and so is never renamed itself.
    if (r.to !== null && froms.get(r.to)?.to) return `${r.from} → ${r.to} → ${froms.get(r.to)?.to}: write the chain as ${r.from} → today's body`;
  }
  const kept = new Set<string>();
  for (const k of t.kept) {
    if (!canonical(k.name)) return `kept ${k.name} is not a canonical name of the units dictionary`;
    if (kept.has(k.name) || froms.has(k.name)) return `${k.name} is listed twice`;
    kept.add(k.name);
  }
  return null;
}

/** Read and validate the table. */
export function loadRenames(info: Info, path = RENAMES_FILE): RenameTable {
  const t = JSON.parse(readFileSync(path, 'utf8')) as RenameTable;
  const problem = renameProblem(t, info);
  if (problem) throw new Error(`${path}: ${problem}`);
  return t;
}

/** Set renamedTo/formerNames on the units (sorted by name); a successor must be in the table too. */
export function applyRenames(units: Unit[], t: RenameTable): Unit[] {
  const byName = new Map(units.map((u) => [u.name, u]));
  for (const r of t.rows) {
    const old = byName.get(r.from);
    if (!old || r.to === null) continue;
    const now = byName.get(r.to);
    if (!now) throw new Error(`${r.to}, today's name of ${r.from}, is named by no document: untie the row or name it (data/unit-renames.json)`);
    old.renamedTo = { name: r.to, year: r.year, source: r.source };
    now.formerNames = [...(now.formerNames ?? []), r.from].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
  return units;
}
