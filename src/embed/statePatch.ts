// Validates what an embedding page passes to `gbaAtlas.setState()`. Anything unknown or malformed
// is dropped and named in `ignored`, so one bad key never discards the rest or breaks the map.
import { LAYER_GROUP_IDS, type LayerGroupId } from '../kernel/layerGroups.ts';
import type { MapView, PublicState, Selection } from '../kernel/state.ts';

export interface StatePatch {
  view?: Partial<MapView>;
  layers?: Partial<Record<LayerGroupId, boolean>>;
  selection?: Selection | null;
}

export interface ParsedPatch {
  patch: StatePatch;
  ignored: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finiteIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function parseView(v: unknown, ignored: string[]): Partial<MapView> | undefined {
  if (!isObject(v)) return void ignored.push('view');
  const view: Partial<MapView> = {};
  for (const [k, val] of Object.entries(v)) {
    if (k === 'center' && Array.isArray(val) && finiteIn(val[0], -180, 180) && finiteIn(val[1], -85, 85) && val.length === 2) {
      view.center = [val[0], val[1]];
    } else if (k === 'zoom' && finiteIn(val, 0, 22)) view.zoom = val;
    else if (k === 'bearing' && finiteIn(val, -360, 360)) view.bearing = val;
    else if (k === 'pitch' && finiteIn(val, 0, 85)) view.pitch = val;
    else ignored.push(`view.${k}`);
  }
  return view;
}

function parseLayers(v: unknown, ignored: string[]): StatePatch['layers'] {
  if (!isObject(v)) return void ignored.push('layers');
  const layers: StatePatch['layers'] = {};
  for (const [k, val] of Object.entries(v)) {
    const group = LAYER_GROUP_IDS.find((g) => g === k);
    if (group && typeof val === 'boolean') layers[group] = val;
    else ignored.push(`layers.${k}`);
  }
  return layers;
}

function parseSelection(v: unknown, ignored: string[]): Selection | null | undefined {
  if (v === null) return null;
  if (isObject(v) && typeof v.layer === 'string' && typeof v.id === 'string') return { layer: v.layer, id: v.id };
  return void ignored.push('selection');
}

export function parseStatePatch(input: unknown): ParsedPatch {
  const ignored: string[] = [];
  const patch: StatePatch = {};
  if (!isObject(input)) return { patch, ignored: ['(not an object)'] };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'view') patch.view = parseView(value, ignored);
    else if (key === 'layers') patch.layers = parseLayers(value, ignored);
    else if (key === 'selection') {
      const s = parseSelection(value, ignored);
      if (s !== undefined) patch.selection = s;
    } else if (key === 'status') ignored.push('status (read-only)');
    else ignored.push(key);
  }
  for (const k of Object.keys(patch) as (keyof StatePatch)[]) if (patch[k] === undefined) delete patch[k];
  return { patch, ignored };
}

export type { PublicState };
