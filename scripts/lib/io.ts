// Shared output helpers for the data pipeline: every file it writes must be byte-identical on re-run,
// so JSON goes through one serialiser with a fixed layout and a trailing newline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const publicData = resolve(repoRoot, 'public/data');
/** A manifest path (src/contracts/manifest.ts, `data/…`) on disk, under public/. */
export const publicFile = (manifestPath: string) => resolve(repoRoot, 'public', manifestPath);

/** Write JSON deterministically. `compact` keeps big geometry files small (one feature per line). */
export function writeJson(path: string, data: unknown, { compact = false } = {}): number {
  mkdirSync(dirname(path), { recursive: true });
  let text: string;
  const fc = data as { type?: string; features?: unknown[] };
  if (compact && fc.type === 'FeatureCollection' && Array.isArray(fc.features)) {
    const { features, ...rest } = fc;
    const head = JSON.stringify(rest).slice(0, -1);
    text = `${head}${head.length > 1 ? ',' : ''}"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  } else {
    text = compact ? `${JSON.stringify(data)}\n` : `${JSON.stringify(data, null, 2)}\n`;
  }
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
