import ElectronStore from 'electron-store';
import { z } from 'zod';
import { LanguagePreferenceSchema, UiLanguageSchema } from '../../../../shared/domain/language';

const SettingsSchema = z.object({
  /** The connection the user chose last; restored at start. The key itself is in the keychain. */
  workspaceMode: z.enum(['none', 'sandbox', 'live']).catch('none'),
  /** Who the stored key belongs to, so the app can say so before it is online. */
  accountLabel: z.string().nullable().catch(null),
  /** The user's own number, offered again for the next test call. */
  ownPhoneNumber: z.string().nullable().catch(null),
  /** The language chosen in Settings ('system' follows the OS). */
  languagePreference: LanguagePreferenceSchema.catch('system'),
  /** The language the UI last showed, for main's own words (notifications). */
  uiLanguage: UiLanguageSchema.catch('en'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/**
 * App-wide preferences in `settings.json` in the app data folder. Unreadable or unknown values
 * fall back to defaults rather than stopping the app.
 */
export function createSettingsStore(dataDir: string): SettingsStore {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dataDir,
    name: 'settings',
    clearInvalidConfig: true,
  });
  const read = (): Settings => SettingsSchema.parse(store.store);
  return {
    get: read,
    update(patch) {
      const next = SettingsSchema.parse({ ...read(), ...patch });
      store.set(next);
      return next;
    },
  };
}
