// The keyboard shortcuts, generated from the command registry (every key bound there, with its label
// in the UI language), and the keys MapLibre itself gives the map when it has focus.
import { useId, useRef } from 'react';
import { useAtlas, useLocale, useT } from '../app/AtlasContext.tsx';
import type { Shortcut } from '../kernel/commands.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** Keys whose keycap says something else than their `KeyboardEvent.key`. */
const KEYCAPS = new Map([
  [' ', 'Space'],
  ['Escape', 'Esc'],
  ['ArrowRight', '→'],
  ['ArrowLeft', '←'],
  ['PageDown', 'PgDn'],
  ['PageUp', 'PgUp'],
]);
/** A key as printed on a keycap. */
const keycap = (key: string) => KEYCAPS.get(key) ?? (key.length === 1 ? key.toUpperCase() : key);

/** Shortcuts in rows: one row per command and label, with all its keys (a clicker's and the keyboard's). */
function rows(shortcuts: Shortcut[]) {
  const out = new Map<string, { command: string; label: Shortcut['label']; keys: string[] }>();
  for (const s of shortcuts) {
    const id = `${s.command}|${s.label.en}`;
    const row = out.get(id) ?? { command: s.command, label: s.label, keys: [] };
    row.keys.push(s.key);
    out.set(id, row);
  }
  return [...out.values()];
}

export function ShortcutsDialog() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);

  useDialogFocus(close);

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && inst.run('app.dismiss')}>
      <section className="shortcuts-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('shortcuts')}</h2>
        <button ref={close} type="button" className="close" aria-label={t('close')} onClick={() => inst.run('app.dismiss')}>
          ×
        </button>
        {(['app', 'present'] as const).map((part) => (
          <div key={part}>
            <h3>{t(part === 'app' ? 'shortcutsApp' : 'shortcutsPresent')}</h3>
            <dl className="shortcut-list">
              {rows(inst.commands.shortcuts().filter((s) => s.command.startsWith('present.') === (part === 'present'))).map((r) => (
                <div key={`${r.command}|${r.label.en}`}>
                  <dt>
                    {r.keys.map((k) => (
                      <kbd key={k}>{keycap(k)}</kbd>
                    ))}
                  </dt>
                  <dd data-command={r.command}>{r.label[locale]}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <h3>{t('shortcutsMap')}</h3>
        <dl>
          <dt>
            <kbd>+</kbd> <kbd>−</kbd>
          </dt>
          <dd>{t('keyMapZoom')}</dd>
          <dt>
            <kbd>{t('keyArrows')}</kbd>
          </dt>
          <dd>{t('keyMapPan')}</dd>
          <dt>
            <kbd>{t('keyShift')}</kbd> + <kbd>{t('keyArrows')}</kbd>
          </dt>
          <dd>{t('keyMapRotate')}</dd>
        </dl>
      </section>
    </div>
  );
}
