// The legend of the item counts: the classes the map draws now (the same breaks, computed once by
// src/map/countClasses.ts and published by the map code), for the scale in view, and the switch
// between shaded areas and badges. Self-contained: it can sit in any panel or on the map's legend.
import { useId, useSyncExternalStore } from 'react';
import { useAtlas, useAtlasState, useLocale } from '../../app/AtlasContext.tsx';
import { countsLegendOf, subscribeCountsLegend } from '../../map/countsLegend.ts';
import { COUNTY_ZOOM } from '../../map/layers/itemCounts.ts';
import { COUNTS_MODES } from '../../kernel/state.ts';
import { COUNTS_LABELS as C } from './labels.ts';
import '../../ui/segmented.css';
import './counts.css';

export interface CountsLegendProps {
  /** With the shaded-areas / badges switch (in the panels); the legend on the map shows the classes only, as
   * the items panel that makes the counts draw holds the switch already. */
  controls?: boolean;
}

export function CountsLegend({ controls = true }: CountsLegendProps) {
  const inst = useAtlas();
  const locale = useLocale();
  const mode = useAtlasState((s) => s.counts);
  const westBank = useAtlasState((s) => s.view.zoom >= COUNTY_ZOOM);
  const data = useSyncExternalStore(
    (listener) => subscribeCountsLegend(inst, listener),
    () => countsLegendOf(inst),
  );
  const heading = useId();
  const numbers = new Intl.NumberFormat(locale);
  const band = data && (westBank ? data.westBank : data.gba);
  const round = mode === 'badges';

  return (
    <section className="counts-legend" aria-labelledby={heading}>
      <div className="counts-head">
        <h3 id={heading}>{C.title[locale]}</h3>
        {controls && (
          <div role="group" aria-label={C.showAs[locale]} className="counts-switch segmented">
            {COUNTS_MODES.map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => inst.run('counts.mode', { mode: m })}>
                {C[m][locale]}
              </button>
            ))}
          </div>
        )}
      </div>
      {band ? (
        <>
          <p className="counts-scale">{westBank ? C.byCounty[locale] : C.byCity[locale]}</p>
          <ul className="counts-classes">
            {/* Areas without items: shaded on the map; as badges, none (said only when no area has any). */}
            {band.empty > 0 && (!round || band.classes.length === 0) && (
              <li>
                {!round && <Patch color={band.zero} round={false} />}
                {C.zero[locale]}
              </li>
            )}
            {band.classes.map((c) => (
              <li key={c.min}>
                <Patch color={c.color} round={round} />
                {c.min === c.max ? numbers.format(c.min) : `${numbers.format(c.min)}–${numbers.format(c.max)}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="counts-hint">{(round ? C.hiddenBadges : C.hidden)[locale]}</p>
      )}
    </section>
  );
}

function Patch({ color, round }: { color: string; round: boolean }) {
  return (
    <svg className="counts-patch" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
      {round ? <circle cx="9" cy="7" r="6" fill={color} stroke="#fff" strokeWidth="1.2" /> : <rect x="1" y="1" width="16" height="12" rx="1.5" fill={color} stroke="#a99c88" strokeWidth="0.8" />}
    </svg>
  );
}
