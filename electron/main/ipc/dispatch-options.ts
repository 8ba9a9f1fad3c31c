import { elevenLabsErrorToAppError } from '../services/elevenlabs/error-mapping';
import type { MainServices } from '../services/main-services';
import type { DispatchOptions } from './dispatch';

const MAX_LOGGED_MESSAGE = 300;

/** How requests report failures, the same in the Electron app and the browser test host. */
export function dispatchOptionsFor(services: MainServices): DispatchOptions {
  return {
    toAppError: elevenLabsErrorToAppError,
    onFailure: (channel, error) =>
      services.diagnostics.record({
        kind: 'error-shown',
        channel,
        code: error.code,
        message: error.message,
      }),
    onUnexpectedError: (channel, error) => {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      services.diagnostics.record({
        kind: 'app',
        message: `${channel} failed unexpectedly — ${what.slice(0, MAX_LOGGED_MESSAGE)}`,
      });
    },
  };
}
