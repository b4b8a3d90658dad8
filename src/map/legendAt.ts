// What the on-map legend lists: for each layer group that is switched on and draws at this zoom, the legend
// entries of its layers drawn at this zoom (the same `MapLayer.legend` entries the layer panel shows), in the
// layer panel's order. A pure function of the layer definitions, the zoom and the group choices.
import type { Label } from '../contracts/label.ts';
import { isGroupVisible, LAYER_GROUPS, type LayerGroupId } from '../kernel/layerGroups.ts';
import type { LegendEntry, MapLayer } from './layers/types.ts';

export interface LegendGroup {
  group: LayerGroupId;
  label: Label;
  entries: LegendEntry[];
}

/** Whether MapLibre draws a layer at a zoom: from its `minzoom` (inclusive) to its `maxzoom` (exclusive). */
export const drawsAt = (spec: MapLayer['spec'], zoom: number): boolean => zoom >= (spec.minzoom ?? 0) && zoom < (spec.maxzoom ?? 24);

/**
 * The legend at `zoom`: groups visible by `choices` (absent: their defaults) and allowed by `drawn` (a group
 * whose layers draw only in some state, as the item counts with a list open), with at least one layer drawn
 * at `zoom`. A group lists the entries of its layers drawn at `zoom`; when those carry none (a group whose
 * legend sits on a companion layer for other zooms, as the counties' count badges), all of the group's
 * entries. Groups with no entries at all (labels, county lines) are not listed. Entries appear once each.
 */
export function legendAt(
  layers: readonly MapLayer[],
  zoom: number,
  choices: Partial<Record<LayerGroupId, boolean>>,
  drawn: (group: LayerGroupId) => boolean = () => true,
): LegendGroup[] {
  const out: LegendGroup[] = [];
  for (const g of LAYER_GROUPS) {
    if (!isGroupVisible(g.id, choices) || !drawn(g.id)) continue;
    const own = layers.filter((l) => l.group === g.id);
    const atZoom = own.filter((l) => drawsAt(l.spec, zoom));
    if (!atZoom.length) continue;
    const from = atZoom.some((l) => l.legend?.length) ? atZoom : own;
    const seen = new Set<string>();
    const entries = from.flatMap((l) => l.legend ?? []).filter((e) => !seen.has(e.label.en) && !!seen.add(e.label.en));
    if (entries.length) out.push({ group: g.id, label: g.label, entries });
  }
  return out;
}
