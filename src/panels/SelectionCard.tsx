// The card for the area the user clicked: its names in all three forms and what it belongs to.
import { useAtlas, useAtlasState, useT } from '../app/AtlasContext.tsx';
import { findSelected } from '../map/selection.ts';

export function SelectionCard() {
  const inst = useAtlas();
  const t = useT();
  const selection = useAtlasState((s) => s.selection);
  const { selectionChanged } = useAtlasState((s) => s.actions);
  const feature = findSelected(inst.basemap, selection);

  if (!feature) return null;
  const p = feature.properties ?? {};
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '');
  return (
    <section className="selection-card" aria-label={t('selectedRegion')}>
      <button type="button" className="close" aria-label={t('close')} onClick={() => selectionChanged(null)}>
        ×
      </button>
      <h2 className="selection-name">{str('name')}</h2>
      <p className="selection-alt" lang="zh-Hant">
        {str('name:zh-Hant')}
      </p>
      <p className="selection-alt" lang="en">
        {str('name:en')}
      </p>
      <ul className="selection-tags">
        {p.gba === true && <li>{t('gbaMember')}</li>}
        {p.westBank === true && <li>{t('westBankMember')}</li>}
      </ul>
    </section>
  );
}
