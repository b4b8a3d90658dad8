// The title block's third line: the subject of the current scale (the Bay Area below z8, the west bank's
// cities at z8–10, the city at the map's centre from z10), in the UI language. It follows the view the
// store holds, which the map reports when a move ends: nothing here runs per frame.
import { useMemo } from 'react';
import { useAtlas, useAtlasState, useLocale, useT } from '../../app/AtlasContext.tsx';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import type { Locale } from '../../contracts/label.ts';
import type { MapView } from '../../kernel/state.ts';
import { cityAt, scaleOf } from './scaleSubject.ts';

const nameIn = (p: Record<string, unknown> | null | undefined, locale: Locale, base = 'name') =>
  String((locale !== 'zh-Hans' && p?.[`${base}:${locale}`]) || p?.[base] || '');

/** The city under the map's centre: the city polygon drawn there, else the city whose box holds it. */
function centreCity(inst: AtlasInstance, view: MapView) {
  const map = inst.map;
  const labels = inst.basemap?.labels.features ?? [];
  const hit = map?.getLayer('cities-fill') ? map.queryRenderedFeatures(map.project(view.center), { layers: ['cities-fill'] })[0] : undefined;
  const id = hit?.properties?.id;
  return (id && labels.find((f) => f.properties?.id === id)) || cityAt(labels, view.center);
}

export function ScaleSubject() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const view = useAtlasState((s) => s.view);
  const ready = useAtlasState((s) => s.status === 'ready');
  const scale = scaleOf(view.zoom);
  // Out at sea, or where no city is, the city scale names the west bank.
  const { shown, place } = useMemo(() => {
    const labels = inst.basemap?.labels.features ?? [];
    const city = scale === 'city' && ready ? centreCity(inst, view) : undefined;
    if (city) return { shown: scale, place: nameIn(city.properties, locale) };
    if (scale === 'gba') return { shown: scale, place: t('gbaName') };
    const members = labels.filter((f) => f.properties?.westBank === true && f.properties.level === 'city');
    return { shown: 'metro' as const, place: members.map((f) => nameIn(f.properties, locale, 'shortName')).join(t('listSeparator')) };
  }, [inst, view, locale, scale, ready, t]);
  return (
    <p className="atlas-subject" data-scale={shown}>
      {t('labelled', { label: t(shown === 'gba' ? 'scaleGba' : shown === 'metro' ? 'scaleMetro' : 'levelCity'), value: place })}
    </p>
  );
}

