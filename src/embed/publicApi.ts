// `window.gbaAtlas`: the embedding API. See README "Embedding API". Everything it takes goes through
// the snapshot parser (setState) or the command registry (run); what it gives out is a copy.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import type { CommandResult } from '../kernel/commands.ts';
import type { AtlasEvents } from '../kernel/events.ts';
import { applyExternalSnapshot } from '../kernel/apply.ts';
import { snapshotOf, type LoadStatus, type Snapshot } from '../kernel/state.ts';

export type PublicState = Snapshot & { status: LoadStatus };

export interface GbaAtlasApi {
  readonly version: string;
  readonly map: MapLibreMap | null;
  /** A fresh copy of what the atlas shows, with its load status (changing it changes nothing). */
  getState(): PublicState;
  /** Applies what it understands of a (partial) snapshot; returns, and shows the user, what it ignored. */
  setState(partial: unknown): { ignored: string[] };
  /** Every command, with its label in the UI language and its keys. */
  commands(): { id: string; label: string; keys: string[] }[];
  /** Runs a command. Never throws or rejects: failures come back as `{ ok: false, error }`. */
  run(id: string, args?: unknown): Promise<CommandResult>;
  on<K extends keyof AtlasEvents>(event: K, fn: (payload: AtlasEvents[K]) => void): () => void;
}

export function createPublicApi(inst: AtlasInstance, version: string): GbaAtlasApi {
  return {
    version,
    get map() {
      return inst.map;
    },
    getState: () => {
      const s = inst.store.getState();
      return { ...snapshotOf(s), status: s.status };
    },
    setState(partial) {
      const ignored = applyExternalSnapshot(inst.store, inst.lookups, partial);
      if (ignored.length) inst.notify({ message: 'apiIgnored', quotes: ignored });
      return { ignored };
    },
    commands: () => {
      const { locale } = inst.store.getState();
      return inst.commands.list().map((c) => ({ id: c.id, label: c.label[locale], keys: [...c.keys] }));
    },
    run: (id, args) => inst.commands.run(id, args),
    on: (event, fn) => (typeof fn === 'function' ? inst.events.on(event, fn) : () => {}),
  };
}
