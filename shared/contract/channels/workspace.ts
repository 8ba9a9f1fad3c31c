import { z } from 'zod';
import { AgentDetailsSchema, AgentPageSchema } from '../../domain/agents/agent';
import { PhoneNumberSchema, WorkspaceStatusSchema } from '../../domain/workspace';
import { channel } from '../define';
import { Id, NoInput } from './common';

export const workspaceChannels = {
  getWorkspaceStatus: channel(NoInput, WorkspaceStatusSchema),
  connectSandbox: channel(NoInput, WorkspaceStatusSchema),
  connectLiveWorkspace: channel(NoInput, WorkspaceStatusSchema),
  disconnectWorkspace: channel(NoInput, WorkspaceStatusSchema),
  saveApiKey: channel(
    z.strictObject({
      // Keys are pasted; surrounding spaces and line breaks are never part of them.
      apiKey: z
        .string()
        .trim()
        .min(10, 'That is too short to be an ElevenLabs API key.')
        .max(500)
        .regex(/^[\x21-\x7e]+$/, 'An API key has no spaces or special characters.'),
    }),
    WorkspaceStatusSchema,
  ),
  removeApiKey: channel(NoInput, WorkspaceStatusSchema),

  listAgents: channel(
    z.strictObject({
      search: z.string().max(200).optional(),
      cursor: z.string().max(1000).optional(),
      pageSize: z.number().int().min(1).max(100).optional(),
    }),
    AgentPageSchema,
  ),
  getAgent: channel(z.strictObject({ agentId: Id }), AgentDetailsSchema),
  listPhoneNumbers: channel(NoInput, z.array(PhoneNumberSchema)),
};
