// How a responsible body is shown: as printed, or, for a body renamed since its document (units.json `renamedTo`),
// as today's body with the printed name as its former one (“省生态环境厅（原名 省环境保护厅）”).
import { useMemo } from 'react';
import { useAtlas, useT } from '../app/AtlasContext.tsx';
import { currentNames } from '../search/itemFacts.ts';

export function useUnitName(): (name: string) => string {
  const inst = useAtlas();
  const t = useT();
  const units = inst.corpus?.units;
  const current = useMemo(() => currentNames(units ?? []), [units]);
  return (name) => {
    const now = current.get(name);
    return now ? t('unitFormerly', { name: now, former: name }) : name;
  };
}
