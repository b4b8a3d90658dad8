// What the user sees while data loads, and instead of a blank page when the map cannot be shown.
import { useAtlasState, useT } from './AtlasContext.tsx';

export function StatusOverlay() {
  const t = useT();
  const status = useAtlasState((s) => s.status);
  const error = useAtlasState((s) => s.error);

  if (status === 'loading') {
    return (
      // A small pill, not a veil over the map: a full-window translucent layer would be recomposited
      // with the map on every frame of the spinner, slowing the very load it reports.
      <div className="status-loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="status-overlay status-error" role="alert">
        <h2>{t('errorTitle')}</h2>
        <p>{error}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errorRetry')}
        </button>
      </div>
    );
  }
  return null;
}
