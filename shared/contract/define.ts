import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { input, output };
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P;
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}
