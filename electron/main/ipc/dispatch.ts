import type { z } from 'zod';
import {
  AppError,
  channels,
  type AppErrorShape,
  type ChannelName,
  type ChannelOutput,
  type Envelope,
  type ParsedInput,
} from '../../../shared/contract';

export type Handlers = {
  [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>>;
};

export interface DispatchOptions {
  /** Where unexpected errors are reported; the user only sees a generic message for them. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
  /** Turns service errors (e.g. from the ElevenLabs SDK) into AppErrors with plain messages. */
  toAppError?: (error: unknown) => AppError | undefined;
  /** Sees every error the user is about to be shown (for the diagnostics log). */
  onFailure?: (channel: string, error: AppErrorShape) => void;
}

function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
  return { field, message: `${field}: ${issue.message}` };
}

export function validationError(error: z.ZodError): AppError {
  const first = error.issues[0];
  if (!first) return new AppError('validation', 'The request was not valid.');
  const { field, message } = describeIssue(first);
  return new AppError('validation', message, { field });
}

function failure(error: AppErrorShape): Envelope<never> {
  return { ok: false, error };
}

/**
 * The one path every request takes, in Electron and in the browser test host alike: parse the
 * input with the channel's schema, run the handler, check the output against the contract, and
 * turn every failure into an AppError value. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  const envelope = await settle(handlers, name, rawInput, options);
  if (!envelope.ok) options.onFailure?.(name, envelope.error);
  return envelope;
}

async function settle(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  options: DispatchOptions,
): Promise<Envelope<unknown>> {
  if (!isChannelName(name)) {
    return failure(
      new AppError('unknown_channel', `There is no request called "${name}".`).toShape(),
    );
  }
  const spec = channels[name];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return failure(validationError(parsed.error).toShape());

  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    // Output is parsed too: it keeps the renderer's view exactly what the contract says and
    // strips anything a handler returned by mistake.
    const output = spec.output.safeParse(result);
    if (!output.success) {
      options.onUnexpectedError?.(name, output.error);
      return failure(
        new AppError('internal', 'Callsheet produced an answer it could not use.').toShape(),
      );
    }
    return { ok: true, value: output.data };
  } catch (error) {
    if (error instanceof AppError) return failure(error.toShape());
    const mapped = options.toAppError?.(error);
    if (mapped) return failure(mapped.toShape());
    options.onUnexpectedError?.(name, error);
    return failure(
      new AppError(
        'internal',
        'Something went wrong inside Callsheet. Please try again.',
      ).toShape(),
    );
  }
}
