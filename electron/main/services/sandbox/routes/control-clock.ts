// Sandbox time over HTTP, for tests outside the process (browser tests through the test
// host): read it, push it forward, change its speed.
import { z } from 'zod';
import { InvalidClockSettingError, MAX_TIME_SCALE } from '../clock';
import { json } from '../http';
import type { Route } from '../router';
import { parseBody } from '../validation/request-body';
import { SandboxHttpError, validationError } from '../errors';

const THIRTY_DAYS_SECS = 30 * 86_400;

const AdvanceSchema = z.strictObject({
  seconds: z.number().min(0).max(THIRTY_DAYS_SECS),
});

const SpeedSchema = z.strictObject({
  timeScale: z.number().min(0).max(MAX_TIME_SCALE),
});

function guard<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (error instanceof InvalidClockSettingError) {
      throw new SandboxHttpError(
        validationError([{ type: 'value_error', loc: ['body'], msg: error.message }]),
      );
    }
    throw error;
  }
}

export function clockRoutes(prefix: string): Route[] {
  return [
    {
      method: 'GET',
      path: `${prefix}/clock`,
      handle: (_request, { clock }) => json(200, clock.state()),
    },
    {
      method: 'POST',
      path: `${prefix}/clock/advance`,
      handle: (request, { clock }) => {
        const { seconds } = parseBody(AdvanceSchema, request.body);
        return json(
          200,
          guard(() => clock.advance(seconds)),
        );
      },
    },
    {
      method: 'PATCH',
      path: `${prefix}/clock`,
      handle: (request, { clock }) => {
        const { timeScale } = parseBody(SpeedSchema, request.body);
        return json(
          200,
          guard(() => clock.setTimeScale(timeScale)),
        );
      },
    },
  ];
}
