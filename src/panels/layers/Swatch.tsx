// A legend symbol drawn from the same values as the map layer it stands for.
import type { Swatch as SwatchSpec } from '../../map/layers/types.ts';

export function Swatch({ swatch }: { swatch: SwatchSpec }) {
  return (
    <svg className="swatch" width="30" height="16" viewBox="0 0 30 16" aria-hidden="true">
      {swatch.kind === 'fill' && (
        <rect x="2" y="2" width="26" height="12" rx="2" fill={swatch.color} fillOpacity={swatch.opacity ?? 1} stroke={swatch.outline ?? 'none'} strokeDasharray={swatch.outline ? '3 2' : undefined} />
      )}
      {swatch.kind === 'line' && (
        <line
          x1="2"
          y1="8"
          x2="28"
          y2="8"
          stroke={swatch.color}
          strokeOpacity={swatch.opacity ?? 1}
          strokeWidth={swatch.width ?? 2}
          strokeDasharray={swatch.dash?.map((d) => d * (swatch.width ?? 2)).join(' ')}
        />
      )}
      {swatch.kind === 'circle' && (
        <circle cx="15" cy="8" r={Math.min(swatch.radius ?? 4, 7)} fill={swatch.hollow ? '#fff' : swatch.color} stroke={swatch.color} strokeWidth="1.6" />
      )}
    </svg>
  );
}
