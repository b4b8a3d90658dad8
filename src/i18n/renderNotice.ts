// A notice in words, in the UI language of the moment: its message, its values (a nested message, or
// a list of them, is translated too) and its quotes of what the user or host gave, each cut to a
// bounded length and shown as text, never as markup.
import { preview } from '../kernel/snapshot.ts';
import type { Notice, NoticeValue } from '../kernel/state.ts';
import type { Translate } from './messages.ts';

function value(t: Translate, v: NoticeValue): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return preview(v);
  if (Array.isArray(v)) return v.map((x) => t(x.message, renderValues(t, x.values))).join(t('userDataSep'));
  return t(v.message, renderValues(t, v.values));
}

function renderValues(t: Translate, values: Notice['values']): Record<string, string | number> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, value(t, v)]));
}

export function renderNotice(t: Translate, n: Pick<Notice, 'message' | 'values' | 'quotes'>): string {
  const text = t(n.message, renderValues(t, n.values));
  return n.quotes?.length ? `${text}${n.quotes.map((q) => preview(q)).join(t('listSeparator'))}` : text;
}
