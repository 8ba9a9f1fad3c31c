import { z } from 'zod';

export const AgentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  tags: z.array(z.string()),
  createdAt: z.number().int().nullable(),
  lastCallAt: z.number().int().nullable(),
});
export type AgentSummary = z.infer<typeof AgentSummarySchema>;

export const AgentPageSchema = z.object({
  agents: z.array(AgentSummarySchema),
  nextCursor: z.string().nullable(),
});
export type AgentPage = z.infer<typeof AgentPageSchema>;

/** Per-recipient overrides the agent's platform settings allow for a call. */
export const AgentOverridesSchema = z.object({
  firstMessage: z.boolean(),
  language: z.boolean(),
  systemPrompt: z.boolean(),
  voiceId: z.boolean(),
});
export type AgentOverrides = z.infer<typeof AgentOverridesSchema>;

export const AgentDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  language: z.string().nullable(),
  firstMessage: z.string(),
  prompt: z.string(),
  /** Dynamic variables the agent needs, spelled as the agent spells them; system__ ones excluded. */
  variables: z.array(z.string()),
  /** Default values the agent declares for some variables. */
  variableDefaults: z.record(z.string(), z.string()),
  overrides: AgentOverridesSchema,
});
export type AgentDetails = z.infer<typeof AgentDetailsSchema>;
