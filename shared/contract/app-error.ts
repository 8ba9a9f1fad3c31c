import { z } from 'zod';

/** Every failure the renderer can be told about. The renderer picks wording and remedies by code. */
export const appErrorCodes = [
  'validation',
  'unknown_channel',
  'forbidden_sender',
  'no_workspace',
  'invalid_api_key',
  'missing_permissions',
  'quota_exceeded',
  'terms_not_accepted',
  'not_found',
  'rate_limited',
  'server_error',
  'timeout',
  'offline',
  'keychain_unavailable',
  'conflict',
  'internal',
] as const;

export const AppErrorCodeSchema = z.enum(appErrorCodes);
export type AppErrorCode = z.infer<typeof AppErrorCodeSchema>;

export const AppErrorDetailsSchema = z
  .object({
    field: z.string().optional(),
    status: z.number().int().optional(),
    retryAfterSeconds: z.number().nonnegative().optional(),
    link: z.string().url().optional(),
    requestId: z.string().optional(),
  })
  .strict();
export type AppErrorDetails = z.infer<typeof AppErrorDetailsSchema>;

export const AppErrorSchema = z
  .object({
    code: AppErrorCodeSchema,
    message: z.string(),
    details: AppErrorDetailsSchema.optional(),
  })
  .strict();
export type AppErrorShape = z.infer<typeof AppErrorSchema>;

/** Thrown by handlers and services; crosses IPC as its plain shape. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, message: string, details?: AppErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** What every request channel resolves to on the wire: errors are values, never rejections. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
