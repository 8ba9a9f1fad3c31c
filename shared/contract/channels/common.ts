import { z } from 'zod';

export const NoInput = z.strictObject({});
export const Id = z.string().trim().min(1).max(200);
