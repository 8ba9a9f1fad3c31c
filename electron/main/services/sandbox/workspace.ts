import { createAgents } from './fixtures/agents';
import { createPhoneNumbers } from './fixtures/phone-numbers';
import { createUser } from './fixtures/user';
import type { AgentRecord, PhoneNumberRecord } from './records';
import type { UserWire } from './wire';

interface WorkspaceData {
  user: UserWire;
  agents: Map<string, AgentRecord>;
  phoneNumbers: Map<string, PhoneNumberRecord>;
}

function initialData(): WorkspaceData {
  return {
    user: createUser(),
    agents: new Map(createAgents().map((record) => [record.agent.agent_id, record])),
    phoneNumbers: new Map(
      createPhoneNumbers().map((record) => [record.number.phone_number_id, record]),
    ),
  };
}

/**
 * The simulated workspace's in-memory state. Routes read and change it only through these
 * methods, so later features (batches, conversations) add state here without touching
 * the HTTP layer.
 */
export class Workspace {
  private data: WorkspaceData = initialData();

  reset(): void {
    this.data = initialData();
  }

  get user(): UserWire {
    return this.data.user;
  }

  /** Every agent, in creation order. */
  agents(): AgentRecord[] {
    return [...this.data.agents.values()];
  }

  findAgent(agentId: string): AgentRecord | undefined {
    return this.data.agents.get(agentId);
  }

  phoneNumbers(): PhoneNumberRecord[] {
    return [...this.data.phoneNumbers.values()];
  }

  findPhoneNumber(phoneNumberId: string): PhoneNumberRecord | undefined {
    return this.data.phoneNumbers.get(phoneNumberId);
  }

  phoneNumbersOfAgent(agentId: string): PhoneNumberRecord[] {
    return this.phoneNumbers().filter((record) => record.assignedAgentId === agentId);
  }
}
