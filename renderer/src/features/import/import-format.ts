import type { TFunction } from 'i18next';

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "Spring promo recipients.csv" (in the UI language), safe on Windows, macOS and Linux. */
export function recipientsFileName(campaignName: string, t: TFunction<'import'>): string {
  const name = campaignName.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  return t('fileName', { campaign: (name || t('fileNameUntitled')).slice(0, 100) });
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
