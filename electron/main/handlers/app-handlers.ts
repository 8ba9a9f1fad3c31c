import type { MainServices } from '../services/main-services';
import type { Handlers } from '../ipc/dispatch';

export function appHandlers(services: MainServices): Pick<Handlers, 'getAppInfo'> {
  return {
    getAppInfo: async () => services.appInfo,
  };
}
