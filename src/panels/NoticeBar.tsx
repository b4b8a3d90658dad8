// Tells the user what was ignored or could not be loaded, without blocking the map.
import { useAtlasState, useT } from '../app/AtlasContext.tsx';

export function NoticeBar() {
  const t = useT();
  const notices = useAtlasState((s) => s.notices);
  const { noticeDismissed } = useAtlasState((s) => s.actions);
  if (!notices.length) return null;
  return (
    <ul className="notice-bar" aria-live="polite">
      {notices.map((n) => (
        <li key={n}>
          <span>{n}</span>
          <button type="button" onClick={() => noticeDismissed(n)}>
            {t('dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
