// A plan item for unit tests: every field empty but the ones a test names.
import type { PlanItem } from './corpus.ts';

export const planItem = (id: string, over: Partial<PlanItem> = {}): PlanItem => ({
  id,
  docId: '002',
  kind: 'task',
  number: null,
  path: [],
  title: '',
  text: '',
  sourceLines: [1, 1],
  notes: [],
  leadUnits: [],
  partnerUnits: [],
  unitsRaw: [],
  unitRefs: [],
  years: [],
  themes: [],
  textHans: '',
  textHant: '',
  titleHans: '',
  titleHant: '',
  pathHans: [],
  pathHant: [],
  ...over,
});
