// `window.gbaAtlas`: the embedding API's first piece. See README "Embedding API".
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvents, AtlasInstance } from '../app/atlasInstance.ts';
import type { LayerGroupId } from '../kernel/layerGroups.ts';
import { canCheck, exists, SELECTION_KINDS } from '../map/selection.ts';
import { publicState } from '../kernel/updaters.ts';
import type { PublicState } from '../kernel/state.ts';
import { parseStatePatch } from './statePatch.ts';

export interface GbaAtlasApi {
  readonly version: string;
  readonly map: MapLibreMap | null;
  getState(): PublicState;
  /** Applies what it understands; returns (and shows the user) what it ignored. */
  setState(partial: unknown): { ignored: string[] };
  on<K extends keyof AtlasEvents>(event: K, fn: (payload: AtlasEvents[K]) => void): () => void;
}

export function createPublicApi(inst: AtlasInstance, version: string): GbaAtlasApi {
  return {
    version,
    get map() {
      return inst.map;
    },
    getState: () => publicState(inst.store.getState()),
    setState(partial) {
      const { patch, ignored } = parseStatePatch(partial);
      const { actions } = inst.store.getState();
      if (patch.view) {
        const view = { ...inst.store.getState().view, ...patch.view };
        // The map reports the new view back through `moveend`; before it exists, the store holds it.
        if (inst.map) inst.map.jumpTo(view);
        else actions.viewChanged(view);
      }
      for (const [group, visible] of Object.entries(patch.layers ?? {}) as [LayerGroupId, boolean][]) actions.layerToggled(group, visible);
      if (patch.selection !== undefined) {
        // Places, structures and items can be checked only once their data has loaded; until then trust them.
        const s = patch.selection;
        const known = s === null || (SELECTION_KINDS.some((k) => k === s.layer) && (!canCheck(inst, s.layer) || exists(inst, s)));
        if (known) actions.selectionChanged(patch.selection);
        else ignored.push(`selection (no ${patch.selection?.layer} feature "${patch.selection?.id}")`);
      }
      if (ignored.length) actions.noticeAdded(`setState: ignored ${ignored.join(', ')}`);
      return { ignored };
    },
    on: (event, fn) => inst.events.on(event, fn),
  };
}
