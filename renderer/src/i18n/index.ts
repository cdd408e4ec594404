export { t } from './translate';
export { tCount } from './plural';
export type { PluralBase } from './plural';
export type { MessageParams, PlainMessageKey } from './translate';
export type { MessageKey } from './messages.en';
export { describeEditError, describeFileError, describeFormatError, fileNameOfPath } from './describeErrors';
