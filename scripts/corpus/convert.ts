// Script conversion with opencc-js. The original `text` is never touched: the other script is derived from it.
import * as OpenCC from 'opencc-js';
import type { Script } from '../../src/contracts/corpus.ts';

// The seeds' Traditional text follows Hong Kong usage (000), so convert through the `hk` variant both ways.
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });

export function bothScripts(text: string, script: Script): { textHans: string; textHant: string } {
  return script === 'Hans' ? { textHans: text, textHant: toHant(text) } : { textHans: toHans(text), textHant: text };
}

export function hans(text: string, script: Script): string {
  return script === 'Hans' ? text : toHans(text);
}
