// `npm run data -- corpus`: parse the five seeds and write plan-docs.json, plan-items.json and units.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOC_IDS, type PlanDoc, type PlanItem } from '../../src/contracts/corpus.ts';
import { publicFile, writeJson } from '../lib/io.ts';
import { formatCoverage, formatDepartments } from './coverage.ts';
import { parseDoc, type ParsedDoc } from './parse.ts';
import { seedDir, seedFile } from './seedText.ts';
import { unitsTable } from './units.ts';
import { CORPUS_FILES } from '../../src/contracts/manifest.ts';


/** Parse every seed from disk. */
export function parseAll(): ParsedDoc[] {
  return DOC_IDS.map((id) => {
    const file = seedFile(id);
    return parseDoc(id, readFileSync(resolve(seedDir, file), 'utf8'), file);
  });
}

export async function buildCorpus(): Promise<void> {
  const parsed = parseAll();
  const docs: PlanDoc[] = parsed.map((p) => p.doc);
  const items: PlanItem[] = parsed.flatMap((p) => p.items);
  const units = unitsTable(parsed.flatMap((p) => p.unitUses));
  const sizes = [
    writeJson(publicFile(CORPUS_FILES.docs), docs),
    // Compact: the items carry three copies of every text (original and both scripts).
    writeJson(publicFile(CORPUS_FILES.items), items, { compact: true }),
    writeJson(publicFile(CORPUS_FILES.units), units),
  ];
  console.log(formatCoverage(parsed.map((p) => p.coverage)));
  console.log(formatDepartments(items));
  console.log(`wrote ${docs.length} documents, ${items.length} items, ${units.length} units (${sizes.map((s) => `${Math.round(s / 1024)} KiB`).join(', ')})`);
}
