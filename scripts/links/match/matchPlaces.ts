// The matching core, shared by the pipeline (scripts/links) and the app (highlighting place names in text).
//
// "Longest match" is taken over the whole text rather than greedily left to right: among all ways to cut the
// text into dictionary words (names and trap words) and unmatched characters, keep the one that covers the most
// characters, then the one with fewer words, then the one whose words start earliest. So 港珠澳大桥 beats
// 香港/珠海/澳门, 广州南沙港区 reads 广州 + 南沙港区 (6 characters) rather than 广州南沙 + 港区 (4), and 中山大学
// is one trap word rather than 中山 + 大学. Ties such as 阳江海洋 (阳江 | 江海) go to the earlier word, as a reader would.
import type { Entry, Lexicon } from './lexicon.ts';
import { normalise } from './normalise.ts';
import type { Span } from '../../../src/contracts/links.ts';

export interface Match {
  /** Offsets into the text given to matchPlaces, [start, end). */
  span: Span;
  entry: Entry;
}

interface Candidate {
  end: number;
  entry: Entry;
}

/** Every dictionary word starting at each position of the normalised text. */
function candidates(lex: Lexicon, text: string, blocked: boolean[]): Candidate[][] {
  const at: Candidate[][] = [];
  for (let i = 0; i < text.length; i++) {
    const list: Candidate[] = [];
    let node = lex.root;
    for (let j = i; j < text.length && !blocked[j]; j++) {
      const next = node.next.get(text[j]!);
      if (!next) break;
      node = next;
      if (node.entry) list.push({ end: j + 1, entry: node.entry });
    }
    at.push(list.toReversed()); // longest first, so ties prefer the longer word
  }
  return at;
}

interface Best {
  covered: number;
  words: number;
  take: Candidate | null;
}

function better(a: { covered: number; words: number }, b: Best): boolean {
  return a.covered > b.covered || (a.covered === b.covered && a.words < b.words);
}

/**
 * Place names (and trap words) in `text`, as printed there. `text` must be in simplified script; `exclude`
 * gives ranges of it that are not running text (a responsibility clause naming 珠海市人民政府 is evidence of who
 * acts, not of where).
 */
export function matchPlaces(lex: Lexicon, text: string, exclude: readonly Span[] = []): Match[] {
  const norm = normalise(text);
  const n = norm.text.length;
  const blocked = norm.index.map((src) => exclude.some(([s, e]) => src >= s && src < e));
  const at = candidates(lex, norm.text, blocked);

  // best[i]: the best cut of norm.text[i..]; filled right to left.
  const best: Best[] = [];
  best[n] = { covered: 0, words: 0, take: null };
  for (let i = n - 1; i >= 0; i--) {
    const skip = best[i + 1]!;
    let pick: Best = { covered: skip.covered, words: skip.words, take: null };
    for (const c of at[i]!) {
      const rest = best[c.end]!;
      const option = { covered: rest.covered + c.end - i, words: rest.words + 1 };
      // `>=` on a tie with skipping: a word starting here beats one starting later.
      if (better(option, pick) || (pick.take === null && option.covered === pick.covered && option.words === pick.words)) {
        pick = { ...option, take: c };
      }
    }
    best[i] = pick;
  }

  const out: Match[] = [];
  for (let i = 0; i < n; ) {
    const take = best[i]!.take;
    if (!take) {
      i++;
      continue;
    }
    out.push({ span: [norm.index[i]!, norm.index[take.end - 1]! + 1], entry: take.entry });
    i = take.end;
  }
  return out;
}

/** Ranges of `text` where any of `phrases` occurs, compared in normalised form (spacing and `**` may differ). */
export function findPhrases(text: string, phrases: readonly string[]): Span[] {
  const norm = normalise(text);
  const out: Span[] = [];
  for (const phrase of phrases) {
    const key = normalise(phrase).text;
    if (!key) continue;
    for (let k = norm.text.indexOf(key); k >= 0; k = norm.text.indexOf(key, k + 1)) {
      out.push([norm.index[k]!, norm.index[k + key.length - 1]! + 1]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
