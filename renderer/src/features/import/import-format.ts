import { formatCount } from '../../../../shared/domain/spreadsheet';

/** "1 person", "1,204 people". */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "Spring promo recipients.csv", safe on Windows, macOS and Linux. */
export function recipientsFileName(campaignName: string): string {
  const name = campaignName.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  return `${(name || 'Campaign').slice(0, 100)} recipients.csv`;
}

/**
 * Excel splits a CSV file's columns on the list separator of the computer's region, which is
 * a semicolon wherever the comma is the decimal mark (Poland, Italy, …). Writing that one makes
 * the export open in columns there; the import detects either.
 */
export function spreadsheetListSeparator(): ',' | ';' {
  const decimal = new Intl.NumberFormat()
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}
