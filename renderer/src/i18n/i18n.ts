import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/domain/language';
import { namespaces, resources } from './resources';

declare global {
  interface Window {
    /** Keys some screen asked for that no language has; the language tests read it. */
    __callsheetMissingKeys?: string[];
  }
}

/**
 * One i18next instance for the whole UI, started before the first render so no screen ever
 * shows a key. English is the fallback for anything another language lacks; a key that no
 * language has is recorded so the tests that walk every screen can fail on it.
 */
void i18next.use(initReactI18next).init({
  resources,
  ns: [...namespaces],
  defaultNS: 'common',
  lng: 'en',
  fallbackLng: 'en',
  // React escapes text itself; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => {
    const missing = (window.__callsheetMissingKeys ??= []);
    missing.push(`${namespace}:${key}`);
  },
  initAsync: false,
});

export function showLanguage(language: UiLanguage): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
