export { t } from './translate';
export type { MessageParams, PlainMessageKey } from './translate';
export type { MessageKey } from './messages.en';
export { describeEditError, describeFileError, describeFormatError, fileNameOfPath } from './describeErrors';
