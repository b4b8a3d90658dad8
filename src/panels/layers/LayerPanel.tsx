// Layer toggles by section, each group with its legend, all generated from the layer definitions.
import { useAtlas, useAtlasState, useT } from '../../app/AtlasContext.tsx';
import { isGroupVisible, LAYER_GROUPS, SECTIONS, type SectionId } from '../../map/layers/groups.ts';
import { mapLayers } from '../../map/layers/index.ts';
import type { LegendEntry } from '../../map/layers/types.ts';
import { SidePanel } from '../SidePanel.tsx';
import { Swatch } from './Swatch.tsx';

const legendByGroup = new Map<string, LegendEntry[]>();
for (const l of mapLayers) if (l.group && l.legend) legendByGroup.set(l.group, [...(legendByGroup.get(l.group) ?? []), ...l.legend]);

export function LayerPanel() {
  const { locale } = useAtlas();
  const t = useT();
  const choices = useAtlasState((s) => s.layers);
  const opacity = useAtlasState((s) => s.opacity);
  const { layerToggled, layerOpacityChanged } = useAtlasState((s) => s.actions);

  return (
    <SidePanel panel="layers" title={t('layersPanel')} className="layer-panel">
      <div className="layer-sections">
        {(Object.keys(SECTIONS) as SectionId[]).map((section) => (
          <fieldset key={section} className="layer-section">
            <legend>{SECTIONS[section][locale]}</legend>
            <ul>
              {LAYER_GROUPS.filter((g) => g.section === section).map((g) => {
                const on = isGroupVisible(g.id, choices);
                const legend = legendByGroup.get(g.id) ?? [];
                return (
                  <li key={g.id} data-group={g.id}>
                    <label className="layer-toggle">
                      <input type="checkbox" checked={on} onChange={(e) => layerToggled(g.id, e.target.checked)} />
                      {g.label[locale]}
                    </label>
                    {on && (
                      <label className="layer-opacity">
                        <span>{t('opacity')}</span>
                        <input
                          type="range"
                          min={0}
                          max={100}
                          step={10}
                          aria-label={`${t('opacity')}：${g.label[locale]}`}
                          value={Math.round((opacity[g.id] ?? 1) * 100)}
                          onChange={(e) => layerOpacityChanged(g.id, Number(e.target.value) / 100)}
                        />
                      </label>
                    )}
                    {on && legend.length > 0 && (
                      <ul className="legend" aria-label={`${t('legend')}：${g.label[locale]}`}>
                        {legend.map((entry) => (
                          <li key={entry.label.en}>
                            <Swatch swatch={entry.swatch} />
                            {entry.label[locale]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </SidePanel>
  );
}
