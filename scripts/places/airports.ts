// Airport coordinates come from airport-data-js@4.0.0 (CC BY 4.0) at build time, never hand-typed.
// The package is CommonJS: take its named functions from the default export.
import airportData from 'airport-data-js';

const { getAirportByIata, getAirportByIcao } = airportData;
import type { LonLat, PlaceRow } from './schema.ts';

export interface Published {
  at: LonLat;
  source: string;
}

/** Published coordinates for every row that carries an IATA or ICAO code. */
export async function lookupAirports(rows: PlaceRow[]): Promise<Map<string, Published>> {
  const out = new Map<string, Published>();
  for (const r of rows) {
    const code = r.iata ?? r.icao;
    if (!code) continue;
    const [a] = r.iata ? await getAirportByIata(r.iata) : await getAirportByIcao(r.icao!);
    if (!a) throw new Error(`airport ${code} (${r.id}) not in airport-data-js`);
    out.set(r.id, {
      at: [a.longitude, a.latitude],
      source: `airport-data-js@4.0.0 (CC BY 4.0): ${a.airport}, ${r.iata ? 'IATA' : 'ICAO'} ${code}`,
    });
  }
  return out;
}
