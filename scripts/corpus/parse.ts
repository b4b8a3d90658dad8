// One document from text to corpus records: the document family's rules, the coverage check, then the shared
// enrichment (responsible units, years, themes, both scripts). Callable on in-memory text so tests can feed it
// broken copies of a seed.
import type { DocId, ItemPart, LineRange, PlanDoc, PlanItem, UnitRef } from '../../src/contracts/corpus.ts';
import { checkCoverage, type Coverage } from './coverage.ts';
import { bothScripts, hans, titleScripts } from './convert.ts';
import { DOC_TITLES_EN } from './titlesEn.ts';
import { L } from '../../src/contracts/label.ts';
import type { Clause, DocParse, ItemDraft } from './draft.ts';
import { parse000 } from './doc000.ts';
import { parse001 } from './doc001.ts';
import { parse002 } from './doc002.ts';
import { parse003 } from './doc003.ts';
import { parse004 } from './doc004.ts';
import { inheritUnits } from './implementation.ts';
import { CLAUSE_ROLES, parseClause } from './responsibility.ts';
import { cleanInline, fail, lineAt, seedFromText, type Seed } from './seedText.ts';
import { themesFor } from './themes.ts';
import { canonicalUnit, isKnownUnit, textScanUnits, type UnitUse } from './units.ts';
import { extractYears } from './years.ts';

const RULES: Record<DocId, (seed: Seed) => DocParse> = {
  '000': parse000,
  '001': parse001,
  '002': parse002,
  '003': parse003,
  '004': parse004,
};

export interface ParsedDoc {
  doc: PlanDoc;
  items: PlanItem[];
  coverage: Coverage;
  unitUses: UnitUse[];
}

interface Resolved {
  lead: string[];
  partner: string[];
  refs: UnitRef[];
  uses: UnitUse[];
}

function resolveClause(seed: Seed, clause: Clause, itemId: string): Resolved {
  const parsed = parseClause(clause.raw, clause.style, isKnownUnit) ?? fail(seed, clause.line, `a responsibility clause in ${clause.style} form`);
  const out: Resolved = { lead: [], partner: [], refs: [], uses: [] };
  for (const role of CLAUSE_ROLES) {
    for (const t of parsed[role]) {
      const name = canonicalUnit(t.expanded) ?? fail(seed, clause.line, `a responsible body known to the units dictionary, not "${t.expanded}"`);
      // Responsible bodies (a clause that marks no lead) count as leads.
      const list = role === 'partner' ? out.partner : out.lead;
      if (!list.includes(name)) list.push(name);
      out.refs.push({ name, printed: t.printed, role });
      out.uses.push({ name, printed: [...new Set([t.printed, t.expanded])], docId: seed.id, itemId, how: 'clause' });
    }
  }
  return out;
}

/** The first line in the item's range that prints the phrase's year (spaces may sit inside `2030 年`). */
function yearLine(seed: Seed, lines: LineRange, year: string): number {
  for (let n = lines[0]; n <= lines[1]; n++) if (lineAt(seed, n).includes(year)) return n;
  return lines[0];
}

function enrich(seed: Seed, script: PlanDoc['script'], draft: ItemDraft, uses: UnitUse[]): PlanItem {
  // Rules keep `**` and footnote markers while parsing (they locate titles and notes); the corpus text drops them.
  const d = { ...draft, text: cleanInline(draft.text), title: cleanInline(draft.title) };
  const resolved = d.clauses.map((c) => resolveClause(seed, c, d.id));
  uses.push(...resolved.flatMap((r) => r.uses));
  const union = (k: 'lead' | 'partner') => [...new Set(resolved.flatMap((r) => r[k]))];
  // Bodies named in running text, not in the responsibility clauses (those are resolved above).
  const prose = d.clauses.reduce((t, c) => t.replace(cleanInline(c.raw), ''), d.text);
  const proseHans = hans(prose, script);
  for (const u of textScanUnits()) {
    const hit = u.variants.find((v) => proseHans.includes(v));
    if (hit) {
      const at = proseHans.indexOf(hit);
      // opencc maps these names character for character, so the same span of the original text is the printed form.
      uses.push({ name: u.name, printed: [prose.slice(at, at + hit.length)], docId: seed.id, itemId: d.id, how: 'text' });
    }
  }
  const years = [...(d.inheritedYears ?? []), ...extractYears(d.text, (_phrase, year) => yearLine(seed, d.sourceLines, year))];
  const item: PlanItem = {
    id: d.id,
    docId: seed.id,
    kind: d.kind,
    number: d.number,
    path: d.path,
    title: d.title,
    text: d.text,
    sourceLines: d.sourceLines,
    notes: d.notes,
    leadUnits: union('lead'),
    partnerUnits: union('partner').filter((u) => !union('lead').includes(u)),
    unitsRaw: d.clauses.map((c) => c.raw),
    unitRefs: resolved.flatMap((r) => r.refs),
    years,
    themes: themesFor(hans(d.title, script), d.path.map((p) => hans(p, script)), proseHans),
    ...bothScripts(d.text, script),
    ...titleScripts(d.title, script),
    pathHans: d.path.map((p) => bothScripts(p, script).textHans),
    pathHant: d.path.map((p) => bothScripts(p, script).textHant),
  };
  if (d.parts) {
    item.parts = d.parts.map((p): ItemPart => {
      const r = p.clause ? resolveClause(seed, p.clause, d.id) : null;
      return {
        label: p.label,
        text: cleanInline(p.text),
        sourceLines: p.sourceLines,
        leadUnits: r?.lead ?? [],
        partnerUnits: r?.partner ?? [],
        unitsRaw: p.clause?.raw ?? null,
      };
    });
  }
  if (d.implements) item.implements = d.implements;
  if (d.tasks) item.tasks = d.tasks;
  if (d.implementedBy) item.implementedBy = d.implementedBy;
  return item;
}

/** Parse one seed (its id, full text and file name) into its document record, items and coverage. */
export function parseDoc(id: DocId, text: string, file: string): ParsedDoc {
  const seed = seedFromText(id, text, file);
  const parse = RULES[id](seed);
  const coverage = checkCoverage(seed, parse);
  const unitUses: UnitUse[] = [];
  const items = parse.items.map((d) => enrich(seed, parse.meta.script, d, unitUses));
  inheritUnits(items);
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.id)) fail(seed, it.sourceLines[0], `a unique item id, not a second ${it.id}`);
    seen.add(it.id);
    if (!cleanInline(it.text).trim()) fail(seed, it.sourceLines[0], `text for item ${it.id}`);
  }
  const { textHans, textHant } = bothScripts(parse.meta.title, parse.meta.script);
  const titles = L(textHans, textHant, DOC_TITLES_EN[parse.meta.id]);
  const doc: PlanDoc = { ...parse.meta, titles, lineCount: seed.lines.length, itemCount: items.length, outline: parse.outline };
  return { doc, items, coverage, unitUses };
}
