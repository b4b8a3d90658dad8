// Tells the user what was ignored or could not be loaded, without blocking the map: in the UI language
// of the moment, each quote of the offending input cut short, at most a few at once (the newest), with
// a count of the rest. It sits under the toolbar (above the map's credits on a narrow screen), clear of
// the map's controls.
import { useAtlas, useAtlasState, useT } from '../app/AtlasContext.tsx';
import { renderNotice } from '../i18n/renderNotice.ts';

export const MAX_SHOWN_NOTICES = 5;

export function NoticeBar() {
  const inst = useAtlas();
  const t = useT();
  const notices = useAtlasState((s) => s.notices);
  if (!notices.length) return null;
  const shown = notices.slice(-MAX_SHOWN_NOTICES);
  const rest = notices.length - shown.length;
  return (
    <ul className="notice-bar" aria-live="polite">
      {shown.map((n) => (
        <li key={n.id}>
          <span>{renderNotice(t, n)}</span>
          <button type="button" onClick={() => inst.run('notices.dismiss', { id: n.id })}>
            {t('dismiss')}
          </button>
        </li>
      ))}
      {rest > 0 && (
        <li className="notice-more">
          <span>{t('noticesMore', { count: rest })}</span>
          <button type="button" onClick={() => inst.run('notices.dismiss')}>
            {t('noticesDismissAll')}
          </button>
        </li>
      )}
    </ul>
  );
}
