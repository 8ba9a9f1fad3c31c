import type { AgentWire, PhoneNumberWire } from './wire';

/**
 * An agent as the workspace holds it. `agent` is the GET response minus what is derived
 * from other state at answer time (phone numbers assigned to it).
 */
export interface AgentRecord {
  agent: Omit<AgentWire, 'phone_numbers'>;
  lastCallAtUnixSecs: number | null;
  callCount7d: number;
}

/** A phone number; its `assigned_agent` is derived from `assignedAgentId` when answering. */
export interface PhoneNumberRecord {
  number: PhoneNumberWire;
  assignedAgentId: string | null;
}
