// The sandbox's own control surface, for tests running outside the process (browser tests
// through the test host). Same key as the API, never subject to faults.
import { apiErrors, SandboxHttpError, validationError } from '../errors';
import { InvalidFaultError } from '../fault-spec';
import type { ActiveFault } from '../faults';
import { json } from '../http';
import type { Route, SandboxContext } from '../router';
import { clockRoutes } from './control-clock';
import { outcomeRoutes } from './control-outcomes';

export const CONTROL_PREFIX = '/__sandbox';

function faultsBody(faults: ActiveFault[]) {
  return { faults };
}

function inject(body: unknown, { faults }: SandboxContext): ActiveFault[] {
  try {
    return faults.injectFromJson(body);
  } catch (error) {
    if (error instanceof InvalidFaultError)
      throw new SandboxHttpError(validationError(error.issues));
    throw error;
  }
}

export const controlRoutes: Route[] = [
  {
    method: 'GET',
    path: `${CONTROL_PREFIX}/faults`,
    handle: (_request, { faults }) => json(200, faultsBody(faults.list())),
  },
  {
    method: 'POST',
    path: `${CONTROL_PREFIX}/faults`,
    handle: (request, context) => json(201, faultsBody(inject(request.body, context))),
  },
  {
    method: 'DELETE',
    path: `${CONTROL_PREFIX}/faults`,
    handle: (_request, { faults }) => {
      faults.clear();
      return json(200, faultsBody([]));
    },
  },
  {
    method: 'DELETE',
    path: `${CONTROL_PREFIX}/faults/:fault_id`,
    handle: (request, { faults }) => {
      const id = request.params['fault_id'] ?? '';
      if (!faults.remove(id)) return apiErrors.notFound(`No active fault with ID ${id}.`);
      return json(200, faultsBody(faults.list()));
    },
  },
  {
    method: 'POST',
    path: `${CONTROL_PREFIX}/reset`,
    handle: (_request, context) => {
      context.reset();
      return json(200, { reset: true });
    },
  },
  ...clockRoutes(CONTROL_PREFIX),
  ...outcomeRoutes(CONTROL_PREFIX),
];
