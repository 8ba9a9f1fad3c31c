import { CallCenter } from './calls/call-center';
import type { OutcomeScript } from './calls/outcome-script';
import { createAgents } from './fixtures/agents';
import { createPhoneNumbers } from './fixtures/phone-numbers';
import { createUser } from './fixtures/user';
import type { AgentRecord, PhoneNumberRecord } from './records';
import type { UserWire } from './wire';

interface WorkspaceData {
  user: UserWire;
  agents: Map<string, AgentRecord>;
  phoneNumbers: Map<string, PhoneNumberRecord>;
  calls: CallCenter;
}

/**
 * The simulated workspace's in-memory state. Routes read and change it only through these
 * methods, so later features add state here without touching the HTTP layer.
 */
export class Workspace {
  private data: WorkspaceData;

  /** @param script decides how calls end; it outlives resets of the workspace data. */
  constructor(private readonly script: OutcomeScript) {
    this.data = this.initialData();
  }

  reset(): void {
    this.data = this.initialData();
  }

  get user(): UserWire {
    return this.data.user;
  }

  /** Batches, calls and conversations, as they progress over sandbox time. */
  get calls(): CallCenter {
    return this.data.calls;
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

  private initialData(): WorkspaceData {
    const agents = new Map(createAgents().map((record) => [record.agent.agent_id, record]));
    return {
      user: createUser(),
      agents,
      phoneNumbers: new Map(
        createPhoneNumbers().map((record) => [record.number.phone_number_id, record]),
      ),
      calls: new CallCenter(this.script, {
        // Agent listings show when an agent last called, as they do live.
        onDial: (call) => {
          const record = agents.get(call.agent.agent_id);
          if (!record) return;
          record.lastCallAtUnixSecs = Math.floor(call.timeline.dialledAt / 1000);
          record.callCount7d += 1;
        },
      }),
    };
  }
}
