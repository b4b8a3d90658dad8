// The basemap binding's first-load part: nothing while the built-in offline map is chosen (as it is by
// default); the first online basemap loads the binding that draws it (map/online/bindOnline.ts), which
// from then on follows every change, back to offline included.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';

export function bindBasemap(map: MapLibreMap, inst: AtlasInstance): () => void {
  let unbind: (() => void) | null = null;
  let loading = false;
  let disposed = false;
  const start = () => {
    if (loading) return;
    loading = true;
    void import('../online/bindOnline.ts').then((m) => {
      if (!disposed) unbind = m.bindOnlineBasemap(map, inst);
    });
  };
  if (inst.store.getState().basemap !== 'offline') start();
  const off = inst.store.subscribe((s, prev) => {
    if (s.basemap !== prev.basemap && s.basemap !== 'offline') start();
  });
  return () => {
    disposed = true;
    off();
    unbind?.();
  };
}
