// Checks of a call's data against the agent it will run on; the real API answers them as
// 422s located at the offending field.
import type { ValidationIssue } from '../errors';
import type { AgentRecord } from '../records';
import type { ClientDataInput } from './call-requests';
import { missingVariables, missingVariablesMessage } from './dynamic-variables';
import { disallowedOverrides, overrideRefusedMessage } from './overrides';

/** @param at where the call data sits in the body, e.g. `['body', 'recipients', 3]` */
export function callDataIssues(
  agent: AgentRecord['agent'],
  clientData: ClientDataInput | null | undefined,
  at: (string | number)[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const dataAt = [...at, 'conversation_initiation_client_data'];
  const override = clientData?.conversation_config_override ?? null;
  if (override) {
    for (const field of disallowedOverrides(agent, override)) {
      issues.push({
        type: 'value_error',
        loc: [...dataAt, 'conversation_config_override', ...field.split('.')],
        msg: `Value error, ${overrideRefusedMessage(field)}`,
      });
    }
  }
  const missing = missingVariables(agent, clientData?.dynamic_variables, override);
  if (missing.length > 0) {
    issues.push({
      type: 'value_error',
      loc: [...dataAt, 'dynamic_variables'],
      msg: `Value error, ${missingVariablesMessage(missing)}`,
    });
  }
  return issues;
}
