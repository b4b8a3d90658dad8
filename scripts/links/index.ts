// `npm run data -- links`: links every plan item to the places its text names (public/data/links.json) and
// prints what could not be linked. Runs after `places` and `corpus`, whose outputs it reads.
import { publicFile, writeJson } from '../lib/io.ts';
import { linkerLexicon, toHans } from './lexicon.ts';
import { linkCorpus } from './link.ts';
import { loadInputs } from './load.ts';
import { report } from './report.ts';
import { unlinkedPhrases } from './unlinked.ts';
import { LINKS_FILE } from '../../src/contracts/manifest.ts';

export async function buildLinks(): Promise<void> {
  const inputs = loadInputs();
  const { lexicon, groups, missingMembers } = linkerLexicon(inputs);
  const file = linkCorpus(inputs.items, { lexicon, groups, docs: inputs.docs, units: inputs.units, toHans });
  // Compact: the app fetches it whole, and group links repeat one span per member.
  const bytes = writeJson(publicFile(LINKS_FILE), file, { compact: true });
  const unlinked = unlinkedPhrases(inputs.items, file.items, toHans);
  for (const line of report(file, lexicon, missingMembers, unlinked)) console.log(line);
  console.log(`  links.json: ${bytes} B`);
}
