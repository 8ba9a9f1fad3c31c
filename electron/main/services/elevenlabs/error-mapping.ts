import { ElevenLabsError, ElevenLabsTimeoutError } from '@elevenlabs/elevenlabs-js';
import { AppError } from '../../../../shared/contract/app-error';

/** Where batch-calling terms are accepted; the 403 message links there. */
export const TERMS_URL = 'https://elevenlabs.io/app/agents/batch-calling';
export const API_KEYS_URL = 'https://elevenlabs.io/app/settings/api-keys';
export const SUBSCRIPTION_URL = 'https://elevenlabs.io/app/subscription';

interface ErrorDetail {
  status: string | null;
  message: string | null;
  field: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ElevenLabs answers with `{detail: {status, message}}`, or FastAPI's `{detail: [{loc, msg}]}` on 422. */
function readDetail(body: unknown): ErrorDetail {
  const detail = isRecord(body) ? body['detail'] : undefined;
  if (isRecord(detail)) {
    const status = detail['status'] ?? detail['code'];
    const message = detail['message'];
    return {
      status: typeof status === 'string' ? status : null,
      message: typeof message === 'string' ? message : null,
      field: null,
    };
  }
  if (Array.isArray(detail) && isRecord(detail[0])) {
    const first = detail[0];
    const loc = Array.isArray(first['loc']) ? first['loc'].map(String) : [];
    const field = loc.filter((part) => part !== 'body' && part !== 'query').join('.');
    const msg = first['msg'];
    return { status: null, message: typeof msg === 'string' ? msg : null, field: field || null };
  }
  if (typeof detail === 'string') return { status: null, message: detail, field: null };
  return { status: null, message: null, field: null };
}

function retryAfterSeconds(error: ElevenLabsError): number | undefined {
  const header = error.rawResponse?.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number.parseInt(header, 10);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const NETWORK_DOWN = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isRecord(current); depth += 1) {
    const code = current['code'];
    if (typeof code === 'string') return code;
    current = current['cause'];
  }
  return null;
}

function fromStatus(error: ElevenLabsError, status: number): AppError {
  const detail = readDetail(error.body);
  const requestId = error.requestId;
  const base = { status, ...(requestId ? { requestId } : {}) };

  if (status === 401 && detail.status === 'missing_permissions') {
    return new AppError(
      'missing_permissions',
      `This API key is not allowed to do that. ${detail.message ?? ''} Create a key with the needed permission in the ElevenLabs dashboard, or ask your workspace admin.`.replace(
        /\s+/g,
        ' ',
      ),
      { ...base, link: API_KEYS_URL },
    );
  }
  if (detail.status === 'quota_exceeded') {
    return new AppError(
      'quota_exceeded',
      'Your ElevenLabs plan has run out of credits for this. Top up or upgrade the plan in the ElevenLabs dashboard, then try again.',
      { ...base, link: SUBSCRIPTION_URL },
    );
  }
  if (status === 401) {
    return new AppError(
      'invalid_api_key',
      'ElevenLabs did not accept the API key. Check that it was copied whole, or create a new key in the ElevenLabs dashboard and paste it in Settings.',
      { ...base, link: API_KEYS_URL },
    );
  }
  if (status === 403) {
    const terms = /terms/i.test(`${detail.status ?? ''} ${detail.message ?? ''}`);
    if (terms) {
      return new AppError(
        'terms_not_accepted',
        'Batch calling is not switched on for this workspace yet: its Terms & Conditions must be accepted once in the ElevenLabs dashboard. Open the dashboard, accept them, then try again.',
        { ...base, link: TERMS_URL },
      );
    }
    return new AppError(
      'missing_permissions',
      'ElevenLabs refused this request for this workspace. Check the API key’s permissions in the ElevenLabs dashboard.',
      { ...base, link: API_KEYS_URL },
    );
  }
  if (status === 404) {
    return new AppError(
      'not_found',
      'ElevenLabs could not find that item — it may have been deleted in the dashboard. Refresh the list and choose again.',
      base,
    );
  }
  if (status === 422 || status === 400) {
    const what = detail.field ? `“${detail.field}”: ` : '';
    return new AppError(
      'validation',
      `ElevenLabs rejected the request. ${what}${detail.message ?? 'A value is not valid.'}`,
      { ...base, ...(detail.field ? { field: detail.field } : {}) },
    );
  }
  if (status === 429) {
    const wait = retryAfterSeconds(error);
    const concurrency = /concurren/i.test(`${detail.status ?? ''} ${detail.message ?? ''}`);
    const reason = concurrency
      ? 'Your workspace is already making as many calls at once as its plan allows.'
      : 'ElevenLabs is receiving too many requests from this workspace.';
    const when = wait !== undefined ? ` Try again in ${wait} seconds.` : ' Try again in a moment.';
    return new AppError('rate_limited', `${reason}${when}`, {
      ...base,
      ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
    });
  }
  if (status >= 500) {
    return new AppError(
      'server_error',
      'ElevenLabs is having trouble right now (a server error on their side). Nothing was lost; try again in a few minutes.',
      base,
    );
  }
  return new AppError(
    'internal',
    `ElevenLabs answered with an unexpected error (${status}). ${detail.message ?? ''}`.trim(),
    base,
  );
}

/** Turns anything the SDK throws into a plain-language AppError with the remedy. */
export function elevenLabsErrorToAppError(error: unknown): AppError | undefined {
  // The SDK aborts its own timer with the reason "timeout", which Node's fetch rethrows as is
  // rather than as an AbortError, so it reaches us as an unknown error with that cause.
  const timedOut =
    error instanceof ElevenLabsTimeoutError ||
    (error instanceof ElevenLabsError && error.cause === 'timeout');
  if (timedOut) {
    return new AppError(
      'timeout',
      'ElevenLabs took too long to answer. Your drafts are safe; check your connection and try again.',
    );
  }
  if (!(error instanceof ElevenLabsError)) return undefined;
  if (error.statusCode !== undefined) return fromStatus(error, error.statusCode);
  const code = causeCode(error.cause);
  if (code && NETWORK_DOWN.has(code)) {
    return new AppError(
      'offline',
      'You are offline — your drafts are safe. Callsheet will reach ElevenLabs again once the connection is back.',
    );
  }
  return new AppError(
    'offline',
    'The connection to ElevenLabs broke off before it answered. Your drafts are safe; check your connection and try again.',
  );
}
