import type { AnsweredKind } from '../../calls/call-plan';
import type { DataValue } from '../../calls/outcome-script';
import type { SeededChoice } from '../../hash';

export type { AnsweredKind };

export interface Turn {
  role: 'agent' | 'user';
  message: string;
}

export interface DialogueInput {
  kind: AnsweredKind;
  /** The agent's first message with the call's variables filled in. */
  firstMessage: string;
  /** The call's value for a variable, else the agent's default, else `fallback`. */
  variable(name: string, fallback: string): string;
  choice: SeededChoice;
  agentName: string;
}

/**
 * A conversation as an agent would have it: transcript in the agent's language, summary in
 * English (the platform's default summary language), and the data the agent collects.
 */
export interface Dialogue {
  turns: Turn[];
  summary: string;
  title: string;
  data: Record<string, DataValue>;
}

export type DialogueWriter = (input: DialogueInput) => Dialogue;

export const agent = (message: string): Turn => ({ role: 'agent', message });
export const user = (message: string): Turn => ({ role: 'user', message });
