import { z } from 'zod';

/** The languages the UI is written in; the first is the fallback for any other. */
export const uiLanguages = ['en', 'pl', 'it'] as const;
export const UiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** What the user chose in Settings: a language, or whatever the operating system uses. */
export const LanguagePreferenceSchema = z.enum(['system', ...uiLanguages]);
export type LanguagePreference = z.infer<typeof LanguagePreferenceSchema>;

export const LanguageSettingSchema = z
  .object({
    preference: LanguagePreferenceSchema,
    /**
     * The language the UI shows now. The renderer works it out (it knows the OS languages) and
     * reports it, so main's own words — desktop notifications — speak the same language.
     */
    uiLanguage: UiLanguageSchema,
  })
  .strict();
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/** The first of the OS's preferred languages the UI has; English when none is. */
export function resolveUiLanguage(
  preference: LanguagePreference,
  systemLanguages: readonly string[],
): UiLanguage {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const base = UiLanguageSchema.safeParse(tag.toLowerCase().split(/[-_]/)[0]);
    if (base.success) return base.data;
  }
  return 'en';
}
