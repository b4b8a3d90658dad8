// Whether the map draws the item counts: with a list of items open, or on a slide (its filters are the
// slide's), unless the group is off. The map's binding, the on-map legend and image export read it.
import { isGroupVisible } from '../kernel/layerGroups.ts';
import type { AtlasState } from '../kernel/state.ts';

const LISTING_PANELS: AtlasState['panel'][] = ['items', 'summary'];

export const showsCounts = (s: Pick<AtlasState, 'layers' | 'panel' | 'present'>): boolean =>
  isGroupVisible('item-counts', s.layers) && (LISTING_PANELS.includes(s.panel) || s.present !== null);
