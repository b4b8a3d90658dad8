// What the user sees while data loads, and instead of a blank page when the map cannot be shown.
import { useAtlasState, useT } from '../app/AtlasContext.tsx';

export function StatusOverlay() {
  const t = useT();
  const status = useAtlasState((s) => s.status);
  const error = useAtlasState((s) => s.error);

  if (status === 'loading') {
    return (
      // A small, still pill: a veil over the map, or any animation, makes the browser recomposite the
      // map canvas every frame, and measurably slows the very load it reports (see npm run bench).
      <div className="status-loading" role="status" aria-live="polite">
        <span className="loading-dot" aria-hidden="true" />
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
