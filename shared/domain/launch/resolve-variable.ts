import type { StoredRecipient } from '../recipients';
import type { LaunchContext } from './launch-context';
import { readRecipientValue } from './recipient-values';

/**
 * Where a variable's value comes from, highest precedence first: the recipient's own value,
 * the recipient field bound to the variable, the campaign-level value, the agent's declared
 * default; 'none' when nothing supplies one.
 */
export const VARIABLE_SOURCE_KINDS = [
  'recipient',
  'field',
  'campaign',
  'agent_default',
  'none',
] as const;
export type VariableSourceKind = (typeof VARIABLE_SOURCE_KINDS)[number];

export type ResolvedVariable =
  | { value: string; source: Exclude<VariableSourceKind, 'none'> }
  | { value: undefined; source: 'none' };

const NONE: ResolvedVariable = { value: undefined, source: 'none' };

function ownValue(record: Readonly<Record<string, string>>, name: string): string | undefined {
  if (!Object.hasOwn(record, name)) return undefined;
  const value = record[name]?.trim();
  return value === '' ? undefined : value;
}

/**
 * The value `name` gets for one recipient (already normalised by the context).
 *
 * A blank value counts as no value at every level: an empty spreadsheet cell or a cleared
 * campaign field means "not given" and must not hide the fallback behind it, and ElevenLabs
 * treats a placeholder default left blank in the agent as no default either.
 */
export function resolveVariable(
  recipient: StoredRecipient,
  name: string,
  context: LaunchContext,
): ResolvedVariable {
  const own = ownValue(recipient.variables, name);
  if (own !== undefined) return { value: own, source: 'recipient' };
  if (Object.hasOwn(context.bindings, name)) {
    const path = context.bindings[name];
    const bound = path === undefined ? undefined : readRecipientValue(recipient, path);
    if (bound !== undefined) return { value: bound, source: 'field' };
  }
  const campaign = ownValue(context.campaignVariables, name);
  if (campaign !== undefined) return { value: campaign, source: 'campaign' };
  const agentDefault = ownValue(context.agent.variableDefaults, name);
  if (agentDefault !== undefined) return { value: agentDefault, source: 'agent_default' };
  return NONE;
}
