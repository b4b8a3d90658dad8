// Renders the map for an export off screen: a second MapLibre map, in a container outside the window,
// made from the on-screen map's style as it is now (layers, visibility, opacity, labels in the UI
// language, the selection, the item counts) at the export's size and pixel ratio. The on-screen map is
// only read from, never moved or redrawn. A map larger than one WebGL canvas may be (the GPU's limit)
// is rendered in tiles, each a camera move of the same off-screen map, and stitched.
import { Map as MapLibreMap, type LngLatLike } from 'maplibre-gl';
import { tilePlan } from './layout.ts';

export interface MapCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface RenderRequest {
  /** The map in CSS pixels, and image pixels per CSS pixel. */
  width: number;
  height: number;
  scale: number;
  camera: MapCamera;
  /** Copies what the style does not hold (feature state) onto the new map. */
  copyState?: (to: MapLibreMap) => void;
  signal?: AbortSignal;
}

/** Extra pixels rendered around each tile and cut off, so labels near a seam are placed as in one piece. */
const BLEED = 96;
/** How long one render may take before the export gives up (software WebGL draws A4 in a few seconds). */
const RENDER_TIMEOUT_MS = 90_000;

/** The largest canvas side this browser's WebGL allows (the smaller of renderbuffer and viewport limits). */
export function canvasLimit(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, viewport[0]!, viewport[1]!);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return limit;
}

function waitForIdle(map: MapLibreMap, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('the map took too long to draw')), RENDER_TIMEOUT_MS);
    const onAbort = () => done(new DOMException('cancelled', 'AbortError'));
    const onError = (e: unknown) => {
      // A missing optional file should not sink the export; a WebGL failure does.
      const error = (e as { error?: Error }).error;
      if (/webgl|context/i.test(error?.message ?? '')) done(error);
    };
    const onIdle = () => done();
    function done(error?: unknown) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      map.off('idle', onIdle);
      map.off('error', onError);
      if (error) reject(error instanceof Error || error instanceof DOMException ? error : new Error(String(error)));
      else resolve();
    }
    signal?.addEventListener('abort', onAbort);
    map.on('error', onError);
    map.once('idle', onIdle);
  });
}

/** Draws `source`'s style at the request's camera and size, and returns it as one canvas in image pixels. */
export async function renderMap(source: MapLibreMap, req: RenderRequest, limit = canvasLimit()): Promise<HTMLCanvasElement> {
  const outW = Math.round(req.width * req.scale);
  const outH = Math.round(req.height * req.scale);
  const tiles = tilePlan(outW, outH, limit, Math.ceil(BLEED * req.scale), req.scale);
  const tiled = tiles.length > 1;
  const bleed = tiled ? BLEED : 0;
  // One tile's CSS size (all tiles are rendered at the largest tile's size plus the bleed).
  const tileCssW = tiled ? Math.max(...tiles.map((t) => t.width)) / req.scale + 2 * bleed : req.width;
  const tileCssH = tiled ? Math.max(...tiles.map((t) => t.height)) / req.scale + 2 * bleed : req.height;

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.export = 'map';
  // Laid out (MapLibre measures it) but outside the window, and never in the way of a pointer.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${tileCssW}px`,
    height: `${tileCssH}px`,
    pointerEvents: 'none',
    contain: 'strict',
  });
  document.body.append(container);
  let map: MapLibreMap | null = null;
  try {
    const { camera } = req;
    map = new MapLibreMap({
      container,
      style: source.getStyle(),
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing,
      // Tiles are exact only for a map seen from straight above.
      pitch: tiled ? 0 : camera.pitch,
      minZoom: 0,
      maxPitch: 85,
      pixelRatio: req.scale,
      maxCanvasSize: [limit, limit],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const offscreen = map;
    // Images added at run time (the count badges) are not part of the style.
    for (const id of source.listImages()) {
      const img = source.getImage(id);
      if (img && !offscreen.hasImage(id)) offscreen.addImage(id, { width: img.data.width, height: img.data.height, data: img.data.data }, { pixelRatio: img.pixelRatio, sdf: img.sdf });
    }
    await new Promise<void>((resolve) => (offscreen.loaded() ? resolve() : offscreen.once('load', () => resolve())));
    req.copyState?.(offscreen);

    const out = document.createElement('canvas');
    out.width = outW;
    out.height = outH;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    for (const tile of tiles) {
      if (req.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      if (tiled) {
        // The tile's centre: the point that lies (dx, dy) CSS pixels from the view's centre.
        offscreen.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: 0 });
        const c = offscreen.unproject([tileCssW / 2 + tile.dx, tileCssH / 2 + tile.dy]);
        offscreen.jumpTo({ center: c as LngLatLike });
      }
      offscreen.triggerRepaint();
      await waitForIdle(offscreen, req.signal);
      const canvas = offscreen.getCanvas();
      // The kept middle of the tile (the whole canvas when not tiled), image pixels to image pixels.
      const sx = (canvas.width - tile.width) / 2;
      const sy = (canvas.height - tile.height) / 2;
      ctx.drawImage(canvas, sx, sy, tile.width, tile.height, tile.x, tile.y, tile.width, tile.height);
    }
    return out;
  } finally {
    map?.remove();
    container.remove();
  }
}
