// 导出: the filtered items as a CSV for Excel, or the places they name as GeoJSON. Each button runs
// `export.data` (the command a host page runs too), asking it to download the file.
import { useAtlas, useT } from '../../app/AtlasContext.tsx';

export function ExportButtons() {
  const inst = useAtlas();
  const t = useT();
  const run = (format: 'csv' | 'geojson') => () =>
    void inst.commands.run('export.data', { format, download: true }).then((r) => {
      if (!r.ok) inst.notify({ message: 'exportFailed', quotes: [r.error] });
    });
  return (
    <div className="item-export" role="group" aria-label={t('exportHeading')}>
      <span aria-hidden="true">{t('exportHeading')}</span>
      <button type="button" title={t('exportCsvHint')} onClick={run('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" title={t('exportGeojsonHint')} onClick={run('geojson')}>
        {t('exportGeojson')}
      </button>
    </div>
  );
}
