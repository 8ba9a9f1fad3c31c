// Scripted call outcomes over HTTP; the same schema as server.script.outcome().
import { InvalidOutcomeError, type ActiveOutcome } from '../calls/outcome-script';
import { apiErrors, SandboxHttpError, validationError } from '../errors';
import { json } from '../http';
import type { Route, SandboxContext } from '../router';

function outcomesBody(outcomes: ActiveOutcome[]) {
  return { outcomes };
}

function script(body: unknown, { script }: SandboxContext): ActiveOutcome[] {
  try {
    return script.outcomesFromJson(body);
  } catch (error) {
    if (error instanceof InvalidOutcomeError) {
      throw new SandboxHttpError(validationError(error.issues));
    }
    throw error;
  }
}

export function outcomeRoutes(prefix: string): Route[] {
  return [
    {
      method: 'GET',
      path: `${prefix}/outcomes`,
      handle: (_request, context) => json(200, outcomesBody(context.script.list())),
    },
    {
      method: 'POST',
      path: `${prefix}/outcomes`,
      handle: (request, context) => json(201, outcomesBody(script(request.body, context))),
    },
    {
      method: 'DELETE',
      path: `${prefix}/outcomes`,
      handle: (_request, context) => {
        context.script.clear();
        return json(200, outcomesBody([]));
      },
    },
    {
      method: 'DELETE',
      path: `${prefix}/outcomes/:phone_number`,
      handle: (request, context) => {
        const phoneNumber = request.params['phone_number'] ?? '';
        if (!context.script.clear(phoneNumber)) {
          return apiErrors.notFound(`No scripted outcome for ${phoneNumber}.`);
        }
        return json(200, outcomesBody(context.script.list()));
      },
    },
  ];
}
