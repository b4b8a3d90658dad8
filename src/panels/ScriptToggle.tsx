// “原文 / 轉換”: plan text as printed or in the reader's script, one click apart. In Chinese the choice
// is the UI language's script or the original; in English (plan text stays Chinese) it is Simplified,
// Traditional or as printed. The choice is the state's `text` (a command, so it is in links and decks).
import { useAtlas, useAtlasState, useLocale, useT } from '../app/AtlasContext.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import type { TextScript } from '../kernel/state.ts';
import '../ui/segmented.css';
import './scriptToggle.css';

type Option = { script: TextScript; label: MessageKey };

const CHINESE: readonly Option[] = [
  { script: 'auto', label: 'textConverted' },
  { script: 'original', label: 'textOriginal' },
];
const ENGLISH: readonly Option[] = [
  { script: 'Hans', label: 'textScriptHans' },
  { script: 'Hant', label: 'textScriptHant' },
  { script: 'original', label: 'textOriginal' },
];

export function ScriptToggle() {
  const inst = useAtlas();
  const t = useT();
  const locale = useLocale();
  const choice = useAtlasState((s) => s.text);
  const options = locale === 'en' ? ENGLISH : CHINESE;
  // In Chinese a chosen script counts as "converted" (the reader's own script unless set otherwise).
  const pressed = (o: Option) => (locale === 'en' ? (choice === 'auto' ? o.script === 'Hans' : o.script === choice) : o.script === 'original' ? choice === 'original' : choice !== 'original');
  return (
    <div className="script-toggle segmented" role="group" aria-label={t('textScriptGroup')}>
      {options.map((o) => (
        <button key={o.script} type="button" aria-pressed={pressed(o)} onClick={() => void inst.run('text.script', { script: o.script })}>
          {t(o.label)}
        </button>
      ))}
    </div>
  );
}
