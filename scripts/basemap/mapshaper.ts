// Thin typed wrapper around mapshaper's in-memory Node API: GeoJSON objects in, parsed GeoJSON out.
// mapshaper is deterministic for a given input and command string, which keeps the outputs byte-stable.
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry } from 'geojson';

export type FC<G extends Geometry | null = Geometry, P = Record<string, unknown>> = FeatureCollection<G, P>;

/**
 * Run one mapshaper command line. `inputs` maps the file names used by `-i` to GeoJSON objects;
 * every `-o <name>.json` is returned parsed, keyed by name.
 */
export async function ms(commands: string, inputs: Record<string, unknown>): Promise<Record<string, FC>> {
  const out = await mapshaper.applyCommands(`${commands} -quiet`, inputs);
  const parsed: Record<string, FC> = {};
  for (const [name, content] of Object.entries(out)) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    parsed[name] = JSON.parse(text) as FC;
  }
  return parsed;
}

/** The single output of a mapshaper run with one `-o`. */
export async function ms1(commands: string, inputs: Record<string, unknown>): Promise<FC> {
  const out = await ms(commands, inputs);
  const values = Object.values(out);
  if (values.length !== 1 || !values[0]) throw new Error(`mapshaper: expected one output, got ${Object.keys(out).join(', ')}`);
  return values[0];
}
