// Error bodies exactly as ElevenLabs sends them, so the app's error mapping is exercised
// against the real shapes: `{"detail":{"status","message"}}` from the API's own checks and
// FastAPI's `{"detail":[{loc,msg,type}]}` from request validation.
import type { SandboxResponse } from './http';
import type { ApiPermission } from './permissions';

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

/** Thrown from deep inside a handler (query parsing, lookups) to answer with an error. */
export class SandboxHttpError extends Error {
  constructor(readonly response: SandboxResponse) {
    super(`Sandbox answered ${response.status}`);
  }
}

export function detailError(
  httpStatus: number,
  status: string,
  message: string,
  headers?: Record<string, string>,
): SandboxResponse {
  return {
    status: httpStatus,
    body: { detail: { status, message } },
    ...(headers ? { headers } : {}),
  };
}

export function validationError(issues: ValidationIssue[]): SandboxResponse {
  return { status: 422, body: { detail: issues } };
}

export type RateLimitStatus =
  'too_many_concurrent_requests' | 'rate_limit_exceeded' | 'system_busy';

const RATE_LIMIT_MESSAGES: Record<RateLimitStatus, string> = {
  too_many_concurrent_requests:
    'Too many concurrent requests. Your current subscription is associated with a maximum of 10 concurrent requests running in parallel. Please try again later or upgrade your plan.',
  rate_limit_exceeded: 'You have exceeded the rate limit for this endpoint. Please slow down.',
  system_busy: 'Our services are experiencing high traffic at the moment. Please try again later.',
};

export const apiErrors = {
  invalidApiKey: (message = 'Invalid API key') => detailError(401, 'invalid_api_key', message),

  missingPermissions: (permission: ApiPermission, message?: string) =>
    detailError(
      401,
      'missing_permissions',
      message ??
        `The API key you used is missing the permission ${permission} to execute this operation.`,
    ),

  quotaExceeded: (message?: string) =>
    detailError(
      401,
      'quota_exceeded',
      message ??
        'This request exceeds your quota of 100000. You have 420 credits remaining, while 1250 credits are required for this request.',
    ),

  termsNotAccepted: (message?: string) =>
    detailError(
      403,
      'terms_not_accepted',
      message ??
        'You must accept the Batch Calling Terms of Service in the ElevenLabs dashboard before submitting batch calls.',
    ),

  notFound: (message = 'The requested resource was not found.') =>
    detailError(404, 'not_found', message),

  rateLimited: (retryAfterSeconds: number, status: RateLimitStatus, message?: string) =>
    detailError(429, status, message ?? RATE_LIMIT_MESSAGES[status], {
      'retry-after': String(retryAfterSeconds),
    }),

  serverError: (message = 'An internal server error occurred. Please try again later.') =>
    detailError(500, 'internal_server_error', message),

  payloadTooLarge: () =>
    detailError(413, 'payload_too_large', 'The request body is larger than the sandbox accepts.'),

  // FastAPI answers unknown routes before any API logic runs, with a bare string detail.
  routeNotFound: (): SandboxResponse => ({ status: 404, body: { detail: 'Not Found' } }),

  methodNotAllowed: (allowed: readonly string[]): SandboxResponse => ({
    status: 405,
    body: { detail: 'Method Not Allowed' },
    headers: { allow: allowed.join(', ') },
  }),

  invalidJson: (error: string): SandboxResponse =>
    validationError([
      {
        type: 'json_invalid',
        loc: ['body', 0],
        msg: 'JSON decode error',
        input: {},
        ctx: { error },
      },
    ]),
};
