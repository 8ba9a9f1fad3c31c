// Turn workspace records into exactly what the API answers, resolving references
// (assigned agents, an agent's phone numbers) at answer time so they never go stale.
import type { AgentRecord, PhoneNumberRecord } from './records';
import type { AgentSummaryWire, AgentWire, PhoneNumberWire } from './wire';
import type { Workspace } from './workspace';
import { ownerAccessInfo } from './fixtures/user';

export function toPhoneNumber(record: PhoneNumberRecord, workspace: Workspace): PhoneNumberWire {
  const agent = record.assignedAgentId ? workspace.findAgent(record.assignedAgentId) : undefined;
  return {
    ...record.number,
    assigned_agent: agent ? { agent_id: agent.agent.agent_id, agent_name: agent.agent.name } : null,
  };
}

export function toAgentSummary(record: AgentRecord): AgentSummaryWire {
  const { agent } = record;
  return {
    agent_id: agent.agent_id,
    name: agent.name,
    voice_id: agent.conversation_config.tts?.voice_id ?? '',
    tags: [...(agent.tags ?? [])],
    created_at_unix_secs: agent.metadata.created_at_unix_secs,
    access_info: agent.access_info ?? ownerAccessInfo(),
    last_call_time_unix_secs: record.lastCallAtUnixSecs,
    archived: agent.platform_settings?.archived ?? false,
  };
}

export function toAgentDetails(record: AgentRecord, workspace: Workspace): AgentWire {
  return {
    ...record.agent,
    phone_numbers: workspace
      .phoneNumbersOfAgent(record.agent.agent_id)
      .map((number) => toPhoneNumber(number, workspace)),
  };
}
