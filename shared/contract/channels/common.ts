import { z } from 'zod';

export const NoInput = z.strictObject({});
export const Id = z.string().trim().min(1).max(200);

/** What a copy's name ends with, as the UI's language writes it: " (copy)", " (kopia)". */
export const CopySuffixSchema = z.string().min(1).max(40);
