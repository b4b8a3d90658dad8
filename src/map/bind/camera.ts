// The camera, both ways: the map reports where it is once a move ends (the store's view), and carries
// out the camera requests the state makes (jump or fly to a view, fit the selection, fit a region).
// Requests say what they want; nothing here guesses from where a selection came from or reads the URL.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import { canCheck, selectionFeatures } from '../../data/lookup.ts';
import type { AtlasState, Bounds, CameraIntent } from '../../kernel/state.ts';
import { readView } from '../createMap.ts';
import { featureBounds } from '../featureBounds.ts';
import { overlayInsets, overlaysIn, type Insets } from '../overlayInsets.ts';

/** Frames to wait for an overlay the state says is open but that is not drawn yet (a panel's code
 * loads on first use). */
const MAX_WAIT_FRAMES = 30;
const FIT_MS = 600;

/** Whether any of a box lies in the part of the map the overlays leave visible. */
function boxInView(map: MapLibreMap, [w, s, e, n]: Bounds, p: Insets): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const nw = map.unproject([p.left, p.top]);
  const se = map.unproject([width - p.right, height - p.bottom]);
  return !(e < nw.lng || w > se.lng || n < se.lat || s > nw.lat);
}

/** Whether the overlays the state shows are on screen yet. */
function overlaysDrawn(root: HTMLElement, s: AtlasState): boolean {
  return (
    (!s.panel || root.querySelector('[data-overlay][data-panel]') !== null) &&
    (!s.selection || root.querySelector('[data-overlay][data-card]') !== null) &&
    (!s.present || root.querySelector('[data-overlay][data-present]') !== null)
  );
}

export function bindCamera(map: MapLibreMap, inst: AtlasInstance): () => void {
  const { store } = inst;
  const root = map.getContainer().closest<HTMLElement>('.atlas') ?? map.getContainer();
  let done = 0;
  let frame = 0;
  let waited = 0;

  const insets = (): Insets => {
    const r = map.getContainer().getBoundingClientRect();
    return overlayInsets({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }, overlaysIn(root));
  };

  /** Carries out an intent; false when it must wait for data that is still loading. */
  const carryOut = (intent: CameraIntent, s: AtlasState): boolean => {
    if (intent.kind === 'jump') map.jumpTo(intent.view);
    else if (intent.kind === 'fly') map.flyTo({ ...intent.view, duration: 1200 });
    else if (intent.kind === 'fit-bounds') {
      const [w, so, e, n] = intent.bounds;
      map.fitBounds([w, so, e, n], { padding: insets(), duration: intent.instant ? 0 : FIT_MS });
    } else if (intent.kind === 'fit-selection') {
      const sel = s.selection;
      // An admin unit is outlined where it is; nothing to bring into view. A selection made since the
      // request (a click while its data loaded) is not moved to.
      if (!sel || sel.kind === 'admin' || sel.kind !== intent.selection.kind || sel.id !== intent.selection.id) return true;
      const features = selectionFeatures(inst, sel);
      const box = featureBounds(features);
      if (!box) return canCheck(inst, sel.kind) && s.extrasStatus !== 'loading';
      const padding = insets();
      // A single place or element: only when none of it shows, close enough to see it among its
      // neighbours and never further out than the user was. An item's places: always, all of them.
      if (sel.kind !== 'items' && boxInView(map, box, padding)) return true;
      const maxZoom = sel.kind === 'items' ? 10.5 : Math.max(10.5, map.getZoom());
      map.fitBounds([box[0], box[1], box[2], box[3]], { padding, maxZoom, duration: FIT_MS });
    }
    return true;
  };

  const attempt = () => {
    frame = 0;
    const s = store.getState();
    const request = s.camera;
    if (!request || request.seq <= done) return;
    if (!overlaysDrawn(root, s) && waited++ < MAX_WAIT_FRAMES) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    waited = 0;
    if (carryOut(request.intent, s)) done = request.seq;
  };
  // After the frame that draws the change: panels and cards opened with it can be measured then.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(attempt);
  };

  const onMoveEnd = () => store.getState().actions.viewChanged(readView(map));
  map.on('moveend', onMoveEnd);
  onMoveEnd();
  schedule();
  const unsubscribe = store.subscribe((s, prev) => {
    // A fit that waited for its data is tried again once the data is here.
    if (s.camera !== prev.camera || s.extrasStatus !== prev.extrasStatus) schedule();
  });
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
    map.off('moveend', onMoveEnd);
  };
}
