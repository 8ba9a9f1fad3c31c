import type { MainServices } from '../services/main-services';
import type { Handlers } from '../ipc/dispatch';

export function appHandlers(
  services: MainServices,
): Pick<Handlers, 'getAppInfo' | 'getLanguage' | 'setLanguage'> {
  const languageOf = () => {
    const { languagePreference, uiLanguage } = services.settings.get();
    return { preference: languagePreference, uiLanguage };
  };
  return {
    getAppInfo: async () => services.appInfo,
    getLanguage: async () => languageOf(),
    setLanguage: async ({ preference, uiLanguage }) => {
      services.settings.update({ languagePreference: preference, uiLanguage });
      return languageOf();
    },
  };
}
