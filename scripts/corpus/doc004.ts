import type { DocParse } from './draft.ts';
import { fail, type Seed } from './seedText.ts';
export function parse004(seed: Seed): DocParse {
  return fail(seed, 1, 'implemented');
}
