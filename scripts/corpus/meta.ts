// Document metadata read from the seed text: signature line, issuer and date.
import { fail, isBlank, lineAt, type Seed } from './seedText.ts';

export interface Signed {
  issuer: string;
  date: { y: number; m: number; d: number };
  line: number;
}

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;

/** The signature: a `YYYY年M月D日` line, with the issuer before the date on the same line or on the line above. */
export function issuerAndDate(seed: Seed, from: number, to: number): Signed {
  for (let n = from; n <= to; n++) {
    const s = lineAt(seed, n);
    const m = DATE.exec(s);
    if (!m) continue;
    let issuer = s.slice(0, m.index).trim();
    for (let k = n - 1; !issuer && k >= from; k--) if (!isBlank(lineAt(seed, k))) issuer = lineAt(seed, k).trim();
    return { issuer, date: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, line: n };
  }
  return fail(seed, from, `a signature date YYYY年M月D日 between lines ${from} and ${to}`);
}

export function isoDate(d: Signed['date']): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}
