import { i18next } from '../../i18n/i18n';

/** What main adds to a copied record's name, in the UI's language: " (copy)", " (kopia)". */
export function copySuffix(): string {
  return i18next.t('common:records.copySuffix');
}
