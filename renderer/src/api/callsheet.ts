import type {
  AppErrorShape,
  CallsheetBridge,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Envelope,
  EventName,
  EventPayload,
  Unsubscribe,
} from '../../../shared/contract';

declare global {
  interface Window {
    callsheet?: CallsheetBridge;
  }
}

/** A failed request, carrying the AppError main produced so screens can show its message. */
export class CallsheetError extends Error {
  readonly appError: AppErrorShape;
  constructor(appError: AppErrorShape) {
    super(appError.message);
    this.name = 'CallsheetError';
    this.appError = appError;
  }
}

function bridge(): CallsheetBridge {
  const api = window.callsheet;
  if (!api) {
    throw new CallsheetError({
      code: 'internal',
      message: 'Callsheet’s connection to its main process is missing. Restart the app.',
    });
  }
  return api;
}

/** Calls one contract channel and resolves to its output, or throws a CallsheetError. */
export async function request<K extends ChannelName>(
  name: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  // TypeScript cannot narrow a union of methods by a generic key; the contract guarantees it.
  const method = bridge()[name] as unknown as (
    input: ChannelInput<K>,
  ) => Promise<Envelope<ChannelOutput<K>>>;
  const envelope = await method(input);
  if (envelope.ok) return envelope.value;
  throw new CallsheetError(envelope.error);
}

export function subscribe<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): Unsubscribe {
  return bridge().on[name](listener);
}

/** Whatever was thrown, as an AppError the UI can show. */
export function toAppError(error: unknown): AppErrorShape {
  if (error instanceof CallsheetError) return error.appError;
  return { code: 'internal', message: 'Something went wrong. Please try again.' };
}
