// How a responsible body is shown: its name in the UI language (units.json: 简体, `name:zh-Hant`, `en`),
// and, for a body renamed since its document (units.json `renamedTo`), as today's body with the printed
// name as its former one (“省生态环境厅（原名 省环境保护厅）”).
import { useMemo } from 'react';
import { useAtlas, useLocale, useT } from '../app/AtlasContext.tsx';
import { currentNames } from '../search/itemFacts.ts';

/** A body's canonical (简体) name in the UI language; a name units.json does not know stays as it is. */
export function useUnitLocal(): (name: string) => string {
  const inst = useAtlas();
  const locale = useLocale();
  const units = inst.corpus?.units;
  const byName = useMemo(() => new Map((units ?? []).map((u) => [u.name, u])), [units]);
  return (name) => {
    const u = byName.get(name);
    if (!u || locale === 'zh-Hans') return name;
    return (locale === 'en' ? u.en : u['name:zh-Hant']) || name;
  };
}

export function useUnitName(): (name: string) => string {
  const inst = useAtlas();
  const t = useT();
  const local = useUnitLocal();
  const units = inst.corpus?.units;
  const current = useMemo(() => currentNames(units ?? []), [units]);
  return (name) => {
    const now = current.get(name);
    return now ? t('unitFormerly', { name: local(now), former: local(name) }) : local(name);
  };
}
