import { z } from 'zod';

export const WorkspaceModeSchema = z.enum(['none', 'sandbox', 'live']);
export type WorkspaceMode = z.infer<typeof WorkspaceModeSchema>;

/** What the renderer may know about the connection: never the key itself. */
export const WorkspaceStatusSchema = z.object({
  mode: WorkspaceModeSchema,
  /** A key is stored in the OS keychain. */
  keyStored: z.boolean(),
  /** Who the workspace belongs to, when the key is allowed to say. */
  accountLabel: z.string().nullable(),
  /** Why the keychain cannot be used right now, in plain words; null when it is fine. */
  keychainProblem: z.string().nullable(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatusSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const PhoneNumberSchema = z.object({
  id: z.string(),
  label: z.string(),
  number: z.string(),
  provider: z.enum(['twilio', 'sip_trunk', 'other']),
  assignedAgent: z.object({ id: z.string(), name: z.string() }).nullable(),
  supportsOutbound: z.boolean(),
});
export type PhoneNumber = z.infer<typeof PhoneNumberSchema>;

export const DiagnosticsSchema = z.object({
  logDirectory: z.string(),
  text: z.string(),
});
export type Diagnostics = z.infer<typeof DiagnosticsSchema>;
