import { create } from 'zustand';
import type { AppErrorShape } from '../../../shared/contract';
import {
  resolveUiLanguage,
  type LanguagePreference,
  type UiLanguage,
} from '../../../shared/domain/language';
import { request, toAppError } from '../api/callsheet';
import { showLanguage } from './i18n';

interface LanguageState {
  preference: LanguagePreference;
  language: UiLanguage;
  error: AppErrorShape | null;
  choose: (preference: LanguagePreference) => Promise<void>;
}

function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

function apply(preference: LanguagePreference): UiLanguage {
  const language = resolveUiLanguage(preference, systemLanguages());
  showLanguage(language);
  return language;
}

export const useLanguage = create<LanguageState>((set, get) => ({
  preference: 'system',
  language: apply('system'),
  error: null,
  choose: async (preference) => {
    const previous = get().preference;
    const language = apply(preference);
    set({ preference, language, error: null });
    try {
      await request('setLanguage', { preference, uiLanguage: language });
    } catch (error) {
      // Not saved: go back to what will be shown at the next start, and say why.
      set({ preference: previous, language: apply(previous), error: toAppError(error) });
    }
  },
}));

/**
 * Shows the language chosen in Settings (or the OS's) before the first screen renders, and tells
 * main which one that is. Any failure leaves the OS language on screen: never a blank window.
 */
export async function startLanguage(): Promise<void> {
  try {
    const saved = await request('getLanguage', {});
    const language = apply(saved.preference);
    useLanguage.setState({ preference: saved.preference, language });
    if (language !== saved.uiLanguage) {
      await request('setLanguage', { preference: saved.preference, uiLanguage: language });
    }
  } catch (error) {
    useLanguage.setState({ error: toAppError(error) });
  }
}
