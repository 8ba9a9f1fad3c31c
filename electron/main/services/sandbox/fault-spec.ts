// One schema for faults whether they come from a test in-process or over HTTP from a
// browser test, so both ways of flipping a fault mean exactly the same thing.
import { z } from 'zod';
import type { ValidationIssue } from './errors';
import { HTTP_METHODS } from './http';
import { API_PERMISSIONS } from './permissions';

export const MAX_SLOW_DELAY_MS = 120_000;

const scope = {
  /** Which requests: a path such as `/v1/convai/agents`; omitted = every API request. */
  path: z.string().startsWith('/').optional(),
  /** `prefix` (default) matches the path and everything below it, segment-wise. */
  match: z.enum(['prefix', 'exact']).optional(),
  /** Only this HTTP method; omitted = any. */
  method: z.enum(HTTP_METHODS).optional(),
  /** Apply to the next N matching requests, then disappear; omitted = until cleared. */
  count: z.number().int().positive().optional(),
};

/** Overrides `detail.message` (or the 422 `msg`). */
const message = z.string().min(1).optional();

export const FaultSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('invalid_api_key'), message, ...scope }),
  z.strictObject({
    kind: z.literal('missing_permissions'),
    /** Only endpoints requiring this scope fail, like a key created without it. */
    permission: z.enum(API_PERMISSIONS).optional(),
    message,
    ...scope,
  }),
  z.strictObject({ kind: z.literal('quota_exceeded'), message, ...scope }),
  z.strictObject({ kind: z.literal('terms_not_accepted'), message, ...scope }),
  z.strictObject({ kind: z.literal('not_found'), message, ...scope }),
  z.strictObject({
    kind: z.literal('validation'),
    /** The field named in `loc`; default `agent_id`. */
    field: z.string().min(1).optional(),
    /** First element of `loc`; default `body`. */
    location: z.enum(['body', 'query', 'path']).optional(),
    /** Pydantic error type; default `missing`. */
    type: z.string().min(1).optional(),
    message,
    ...scope,
  }),
  z.strictObject({
    kind: z.literal('rate_limited'),
    /** Sent as the `Retry-After` header; default 1. */
    retryAfterSeconds: z.number().int().nonnegative().max(3600).optional(),
    /** `detail.status`; default `too_many_concurrent_requests`. */
    status: z
      .enum(['too_many_concurrent_requests', 'rate_limit_exceeded', 'system_busy'])
      .optional(),
    message,
    ...scope,
  }),
  z.strictObject({ kind: z.literal('server_error'), message, ...scope }),
  z.strictObject({
    kind: z.literal('slow'),
    /** How long the real response is held back; default 3000. */
    delayMs: z.number().int().nonnegative().max(MAX_SLOW_DELAY_MS).optional(),
    ...scope,
  }),
  z.strictObject({
    kind: z.literal('drop'),
    /**
     * `before` (default): the request never takes effect. `after`: the sandbox handles it
     * (the batch is created, the call placed) and then drops the connection before
     * answering — the case where a client must look before it retries.
     */
    when: z.enum(['before', 'after']).optional(),
    ...scope,
  }),
]);

export type FaultSpec = z.input<typeof FaultSpecSchema>;
export type FaultKind = FaultSpec['kind'];

export class InvalidFaultError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `Invalid fault: ${issues.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; ')}`,
    );
  }
}

export function toValidationIssues(error: z.ZodError, prefix: string[]): ValidationIssue[] {
  return error.issues.map((issue) => ({
    loc: [...prefix, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
    msg: issue.message,
    type: issue.code,
  }));
}
