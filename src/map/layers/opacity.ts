// Per-group opacity: each layer keeps its own opacity design (status, zoom fades) and the user's
// group setting scales it. Zoom expressions must stay at the top of a paint value, so a zoom
// `interpolate`/`step` has its outputs scaled instead of being wrapped.
import type { LayerSpecification } from 'maplibre-gl';

/** The opacity paint properties of each layer type. */
const OPACITY_PROPS: Partial<Record<LayerSpecification['type'], string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
};

type Value = unknown;

const isZoomCurve = (v: Value): v is unknown[] =>
  Array.isArray(v) && (v[0] === 'interpolate' || v[0] === 'step') && Array.isArray(v[v[0] === 'interpolate' ? 2 : 1]) && (v[v[0] === 'interpolate' ? 2 : 1] as unknown[])[0] === 'zoom';

export function scaleOpacity(base: Value, factor: number): Value {
  if (factor === 1) return base;
  if (base === undefined) return factor;
  if (typeof base === 'number') return Math.round(base * factor * 1000) / 1000;
  if (isZoomCurve(base)) {
    // interpolate: [op, curve, input, z0, v0, z1, v1 …]; step: [op, input, v0, z1, v1 …]
    const head = base[0] === 'interpolate' ? 3 : 2;
    const out = base.slice(0, head);
    if (base[0] === 'step') out.push(scaleOpacity(base[2], factor));
    const rest = base.slice(base[0] === 'step' ? 3 : head);
    for (let i = 0; i < rest.length; i += 2) out.push(rest[i], scaleOpacity(rest[i + 1], factor));
    return out;
  }
  return ['*', factor, base];
}

/** The paint properties to set for a layer at a group opacity, from its spec's own values. */
export function opacityPaint(spec: LayerSpecification, factor: number): [string, Value][] {
  const paint = ('paint' in spec ? spec.paint : undefined) as Record<string, Value> | undefined;
  return (OPACITY_PROPS[spec.type] ?? []).map((prop) => [prop, scaleOpacity(paint?.[prop], factor)]);
}
