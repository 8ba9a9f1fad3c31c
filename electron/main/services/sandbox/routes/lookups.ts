// Lookups shared by the call-placing routes; a miss answers as the real API does.
import { apiErrors, SandboxHttpError } from '../errors';
import type { AgentRecord, PhoneNumberRecord } from '../records';
import type { Workspace } from '../workspace';

export function requireAgent(workspace: Workspace, agentId: string): AgentRecord {
  const record = workspace.findAgent(agentId);
  if (!record)
    throw new SandboxHttpError(apiErrors.notFound(`Agent with ID ${agentId} not found.`));
  return record;
}

export function requirePhoneNumber(workspace: Workspace, phoneNumberId: string): PhoneNumberRecord {
  const record = workspace.findPhoneNumber(phoneNumberId);
  if (!record) {
    throw new SandboxHttpError(
      apiErrors.notFound(`Phone number with ID ${phoneNumberId} not found.`),
    );
  }
  return record;
}
