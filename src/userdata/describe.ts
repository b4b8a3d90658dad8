// Words for what happened to a user's file: every message names the file and says what was wrong. They
// are kept as message keys with values, so a notice follows a change of language.
import type { NoticeText } from '../kernel/state.ts';
import type { ParseError, ParseReport, SkipReason } from './parseUserFile.ts';

const REASON_KEYS = {
  noGeometry: 'userDataReasonNoGeometry',
  badCoordinates: 'userDataReasonBadCoordinates',
  outOfRange: 'userDataReasonOutOfRange',
} as const satisfies Record<SkipReason, string>;

export function describeSkips(report: ParseReport): NoticeText[] {
  return (Object.keys(REASON_KEYS) as SkipReason[]).filter((r) => report.reasons[r]).map((r) => ({ message: REASON_KEYS[r], values: { count: report.reasons[r] ?? 0 } }));
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function describeError(name: string, error: ParseError): NoticeText {
  switch (error.kind) {
    case 'empty':
      return { message: 'userDataErrEmpty', values: { name } };
    case 'tooLarge':
      return { message: 'userDataErrTooLarge', values: { name, size: mb(error.bytes), limit: mb(error.limit) } };
    case 'unsupportedType':
      return { message: 'userDataErrType', values: { name } };
    case 'notJson':
      return error.line === null ? { message: 'userDataErrJson', values: { name } } : { message: 'userDataErrJsonAt', values: { name, line: error.line } };
    case 'notGeoJson':
      return { message: 'userDataErrGeoJson', values: { name, found: error.found } };
    case 'noCoordColumns':
      return { message: 'userDataErrColumns', values: { name, headers: error.headers.join(', ') || '—' } };
    case 'noFeatures':
      return error.report.skipped
        ? { message: 'userDataErrAllSkipped', values: { name, skipped: error.report.skipped, reasons: describeSkips(error.report) } }
        : { message: 'userDataErrNoFeatures', values: { name } };
  }
}
