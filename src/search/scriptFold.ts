// 简/繁-insensitive matching without shipping a conversion dictionary to the browser: the corpus
// already carries every text in both scripts (derived by opencc-js in the pipeline), so zipping
// equal-length pairs yields a Traditional→Simplified map for every character a search can match.
export type Fold = (text: string) => string;

export function buildFold(pairs: Iterable<[hant: string, hans: string]>): Fold {
  const map = new Map<string, string>();
  for (const [hant, hans] of pairs) {
    const a = Array.from(hant);
    const b = Array.from(hans);
    if (a.length !== b.length) continue; // a phrase-level conversion; its characters come from other pairs
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !map.has(a[i]!)) map.set(a[i]!, b[i]!);
  }
  return (text) => {
    let out = '';
    for (const ch of text.toLowerCase()) out += map.get(ch) ?? ch;
    return out.replace(/\s+/g, '');
  };
}
