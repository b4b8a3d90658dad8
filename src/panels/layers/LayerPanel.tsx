// Layer toggles by section, each group with its legend, all generated from the layer definitions;
// under a group's legend, the places of that group the plans name but do not locate.
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import { nameIn } from '../../i18n/names.ts';
import type { Gazetteer } from '../../data/loadBasemap.ts';
import { isGroupVisible, LAYER_GROUPS, SECTIONS, type LayerGroupId, type SectionId } from '../../kernel/layerGroups.ts';
import { mapLayers } from '../../map/layers/index.ts';
import { placeGroup } from '../../map/layers/places.ts';
import type { LegendEntry } from '../../map/layers/types.ts';
import type { PlaceProperties } from '../../contracts/places.ts';
import { CountsLegend } from '../counts/CountsLegend.tsx';
import { SidePanel } from '../SidePanel.tsx';
import { BasemapPicker } from './BasemapPicker.tsx';
import { Swatch } from './Swatch.tsx';
import './layers.css';

const legendByGroup = new Map<string, LegendEntry[]>();
for (const l of mapLayers) if (l.group && l.legend) legendByGroup.set(l.group, [...(legendByGroup.get(l.group) ?? []), ...l.legend]);

/** Places without geometry, by the group that would draw them. */
function unlocatedByGroup(gazetteer: Gazetteer | null): Map<LayerGroupId, PlaceProperties[]> {
  const out = new Map<LayerGroupId, PlaceProperties[]>();
  for (const fc of Object.values(gazetteer?.places ?? {}))
    for (const f of fc.features) {
      const group = f.geometry ? undefined : placeGroup(f.properties.type, f.properties.status);
      if (group) out.set(group, [...(out.get(group) ?? []), f.properties]);
    }
  return out;
}

export function LayerPanel() {
  const inst = useAtlas();
  const locale = useLocale();
  const t = useT();
  const choices = useAtlasState((s) => s.layers);
  const opacity = useAtlasState((s) => s.opacity);
  // Re-render once the gazetteer arrives: the panel may open before it (a scan of ~650 places).
  useAtlasState((s) => s.extrasStatus);
  const unlocated = unlocatedByGroup(inst.gazetteer);

  return (
    <SidePanel panel="layers" title={t('layersPanel')} className="layer-panel">
      <div className="layer-sections">
        <BasemapPicker />
        {(Object.keys(SECTIONS) as SectionId[]).map((section) => (
          <fieldset key={section} className="layer-section">
            <legend>{SECTIONS[section][locale]}</legend>
            <ul>
              {LAYER_GROUPS.filter((g) => g.section === section).map((g) => {
                const on = isGroupVisible(g.id, choices);
                const legend = legendByGroup.get(g.id) ?? [];
                const notDrawn = unlocated.get(g.id) ?? [];
                return (
                  <li key={g.id} data-group={g.id}>
                    <label className="layer-toggle">
                      <input type="checkbox" checked={on} onChange={(e) => inst.run('layer.toggle', { group: g.id, visible: e.target.checked })} />
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
                          aria-label={t('labelled', { label: t('opacity'), value: g.label[locale] })}
                          value={Math.round((Object.hasOwn(opacity, g.id) ? opacity[g.id]! : 1) * 100)}
                          onChange={(e) => inst.run('layer.opacity', { group: g.id, opacity: Number(e.target.value) / 100 })}
                        />
                      </label>
                    )}
                    {on && g.id === 'item-counts' && <CountsLegend />}
                    {on && legend.length > 0 && g.id !== 'item-counts' && (
                      <ul className="legend" aria-label={t('labelled', { label: t('legend'), value: g.label[locale] })}>
                        {legend.map((entry) => (
                          <li key={entry.label.en}>
                            <Swatch swatch={entry.swatch} />
                            {entry.label[locale]}
                          </li>
                        ))}
                      </ul>
                    )}
                    {on && notDrawn.length > 0 && (
                      <p className="legend-unlocated">
                        {t('layersUnlocated')}
                        {notDrawn.map((p, i) => (
                          <span key={p.id}>
                            {i > 0 && t('listSeparator')}
                            <button type="button" className="place-ref" onClick={() => inst.run('selection.set', { kind: 'places', id: p.id })}>
                              {nameIn(p as unknown as Record<string, unknown>, locale) || p.name}
                            </button>
                          </span>
                        ))}
                      </p>
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
