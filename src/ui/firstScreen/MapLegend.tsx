// The legend on the map: what is drawn at this zoom, compact and collapsible (open or collapsed is part
// of the view: the snapshot's `legend`, `legend=0` in a link; unset, it starts collapsed on a phone).
// Generated from the same layer definitions and legend entries as the layer panel (map/legendAt.ts),
// and it follows the zoom the store reports when a move ends. Loads after the map is ready.
import { useId, useMemo } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import type { AtlasState } from '../../kernel/state.ts';
import type { MapLayer } from '../../map/layers/types.ts';
import { legendAt } from '../../map/legendAt.ts';
import { Swatch } from '../../panels/layers/Swatch.tsx';
import { CountsLegend } from '../../panels/counts/CountsLegend.tsx';
import './legend.css';

/** Unset, the legend is open except on a phone-sized screen (read once, when the legend first draws). */
const PHONE = '(max-width: 600px)';

export interface MapLegendProps {
  /** The map's layers (map/layers/index.ts) and whether the item counts draw (map/bind/itemCounts.ts), handed in by
   * the shell, which has them already: imported here, they would split out of the first load's chunk. */
  layers: readonly MapLayer[];
  countsDrawn: (s: AtlasState) => boolean;
}

export function MapLegend({ layers, countsDrawn }: MapLegendProps) {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const bodyId = useId();
  const zoom = useAtlasState((s) => s.view.zoom);
  const choices = useAtlasState((s) => s.layers);
  const counts = useAtlasState(countsDrawn);
  const chosen = useAtlasState((s) => s.legend);
  const phone = useMemo(() => window.matchMedia(PHONE).matches, []);
  const open = chosen ?? !phone;
  const groups = useMemo(() => legendAt(layers, zoom, choices, (g) => g !== 'item-counts' || counts), [layers, zoom, choices, counts]);

  return (
    <section className="map-legend" aria-labelledby={`${bodyId}-title`} data-open={open}>
      <h2 className="map-legend-title">
        <button id={`${bodyId}-title`} type="button" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => inst.run('legend.toggle', { open: !open })}>
          {t('legend')}
          <span aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      {open && (
        // Focusable, so that a keyboard can scroll it when it is taller than the screen allows.
        <div id={bodyId} className="map-legend-body" role="group" aria-labelledby={`${bodyId}-title`} tabIndex={0}>
          {!groups.length && <p className="map-legend-empty">{t('legendEmpty')}</p>}
          {groups.map((g) => (
            <div key={g.group} className="map-legend-group" data-group={g.group}>
              {g.group === 'item-counts' ? (
                // The counts' own legend: their class breaks (the switch to badges is in the items panel).
                <CountsLegend controls={false} />
              ) : (
                <>
                  <h3>{g.label[locale]}</h3>
                  <ul>
                    {g.entries.map((e) => (
                      <li key={e.label.en}>
                        <Swatch swatch={e.swatch} />
                        <span>{e.label[locale]}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
