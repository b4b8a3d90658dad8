// The bench's baseline: MapLibre alone drawing the app's GeoJSON with the app's style (written to
// style.json by run.ts), with no app code, so the ratio measures what the app itself costs.
import { Map, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const style = (await (await fetch('style.json')).json()) as StyleSpecification & { center: [number, number]; zoom: number };
// The worker resolves relative URLs against its own location, so make them absolute here.
for (const source of Object.values(style.sources)) {
  if ('data' in source && typeof source.data === 'string') source.data = new URL(source.data, location.href).href;
}
const map = new Map({ container: 'map', style, center: style.center, zoom: style.zoom, attributionControl: false });
map.once('idle', () => performance.mark('bench:idle'));
