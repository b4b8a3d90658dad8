// Words for what happened to a user's file: every message names the file and says what was wrong.
import type { Translate } from '../i18n/messages.ts';
import type { ParseError, ParseReport, SkipReason } from './parseUserFile.ts';

const REASON_KEYS = {
  noGeometry: 'userDataReasonNoGeometry',
  badCoordinates: 'userDataReasonBadCoordinates',
  outOfRange: 'userDataReasonOutOfRange',
} as const satisfies Record<SkipReason, string>;

export function describeSkips(t: Translate, report: ParseReport): string {
  return (Object.keys(REASON_KEYS) as SkipReason[])
    .filter((r) => report.reasons[r])
    .map((r) => t(REASON_KEYS[r], { count: report.reasons[r] ?? 0 }))
    .join(t('userDataSep'));
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function describeError(t: Translate, name: string, error: ParseError): string {
  switch (error.kind) {
    case 'empty':
      return t('userDataErrEmpty', { name });
    case 'tooLarge':
      return t('userDataErrTooLarge', { name, size: mb(error.bytes), limit: mb(error.limit) });
    case 'unsupportedType':
      return t('userDataErrType', { name });
    case 'notJson':
      return error.line === null ? t('userDataErrJson', { name }) : t('userDataErrJsonAt', { name, line: error.line });
    case 'notGeoJson':
      return t('userDataErrGeoJson', { name, found: error.found });
    case 'noCoordColumns':
      return t('userDataErrColumns', { name, headers: error.headers.join(', ') || '—' });
    case 'noFeatures':
      return error.report.skipped
        ? t('userDataErrAllSkipped', { name, skipped: error.report.skipped, reasons: describeSkips(t, error.report) })
        : t('userDataErrNoFeatures', { name });
  }
}
