import { apiErrors, validationError } from './errors';
import type { ActiveFault, FaultTarget } from './faults';
import type { SandboxResponse } from './http';

export type FaultOutcome =
  | { kind: 'respond'; response: SandboxResponse }
  /** Close the connection without an answer, after handling the request when `afterHandling`. */
  | { kind: 'drop'; afterHandling: boolean };

function respond(response: SandboxResponse): FaultOutcome {
  return { kind: 'respond', response };
}

/** What an injected fault does to the request it matched. */
export function faultOutcome(fault: ActiveFault, target: FaultTarget): FaultOutcome {
  switch (fault.kind) {
    case 'invalid_api_key':
      return respond(apiErrors.invalidApiKey(fault.message));
    case 'missing_permissions':
      return respond(
        apiErrors.missingPermissions(
          fault.permission ?? target.permission ?? 'user_read',
          fault.message,
        ),
      );
    case 'quota_exceeded':
      return respond(apiErrors.quotaExceeded(fault.message));
    case 'terms_not_accepted':
      return respond(apiErrors.termsNotAccepted(fault.message));
    case 'not_found':
      return respond(apiErrors.notFound(fault.message));
    case 'validation':
      return respond(
        validationError([
          {
            loc: [fault.location ?? 'body', fault.field ?? 'agent_id'],
            msg: fault.message ?? 'Field required',
            type: fault.type ?? 'missing',
          },
        ]),
      );
    case 'rate_limited':
      return respond(
        apiErrors.rateLimited(
          fault.retryAfterSeconds ?? 1,
          fault.status ?? 'too_many_concurrent_requests',
          fault.message,
        ),
      );
    case 'server_error':
      return respond(apiErrors.serverError(fault.message));
    case 'drop':
      return { kind: 'drop', afterHandling: fault.when === 'after' };
    case 'slow':
      // A slow fault only delays; the real response follows.
      throw new Error('slow faults are applied as a delay, not as a response');
  }
}
