// `npm run data`: rebuilds everything under public/data/ from seeds/, data/ and the pinned npm data
// packages. Stages run in this order (later ones read earlier outputs); each is deterministic, so a
// re-run rewrites identical bytes. Run some with `npm run data -- <stage> …`.
import { buildBasemap } from './basemap/index.ts';
import { buildCorpus } from './corpus/index.ts';
import { buildDecks } from './decks/index.ts';
import { buildLinks } from './links/index.ts';
import { buildPlaces } from './places/index.ts';

const stages: Record<string, () => Promise<void>> = {
  basemap: buildBasemap,
  places: buildPlaces,
  corpus: buildCorpus,
  links: buildLinks, // after places and corpus: it reads both
  decks: buildDecks, // last: it checks decks against everything else
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(stages)) {
  const stage = stages[name];
  if (!stage) {
    console.error(`Unknown stage "${name}". Stages: ${Object.keys(stages).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  await stage();
}
