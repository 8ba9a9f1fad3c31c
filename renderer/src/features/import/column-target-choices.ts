import { isSystemVariable } from '../../../../shared/domain/agents/placeholders';
import { RECIPIENT_FIELDS, type RecipientFieldPath } from '../../../../shared/domain/recipients';
import {
  describeTarget,
  variableTarget,
  type ColumnTarget,
} from '../../../../shared/domain/spreadsheet';
import type { Choice } from '../recipients/ChoiceSelect';
import { variableLabel } from '../recipients/variable-names';

// What a column can be imported as, grouped the way the recipient editor groups its fields.

/** The select's value for "a custom field"; its name is typed next to the select. */
export const CUSTOM_FIELD_CHOICE = 'custom';

export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

type FieldGroup = 'Phone' | 'Contact info' | 'Preferences' | 'Metadata' | 'Tags';

const GROUP_OF_FIELD: Readonly<Record<RecipientFieldPath, FieldGroup>> = {
  phone_number: 'Phone',
  'contact_info.name': 'Contact info',
  'contact_info.company': 'Contact info',
  'contact_info.title': 'Contact info',
  'contact_info.department': 'Contact info',
  'preferences.language': 'Preferences',
  'preferences.timezone': 'Preferences',
  'preferences.best_call_times': 'Preferences',
  'preferences.blackout_dates': 'Preferences',
  'metadata.priority': 'Metadata',
  'metadata.customer_type': 'Metadata',
  'metadata.tags': 'Tags',
};

const FIELD_GROUPS: readonly FieldGroup[] = [
  'Phone',
  'Contact info',
  'Preferences',
  'Metadata',
  'Tags',
];

/**
 * The choices for every column's select: the recipient fields by group, the agent's
 * variables, then a custom field or nothing. Variables the mapping uses but the agent doesn't
 * (from a remembered mapping or a "variables.x" heading) are listed too, marked as such.
 */
export function targetChoiceGroups(
  agentVariables: readonly string[],
  used: readonly ColumnTarget[],
): ChoiceGroup[] {
  const fields = FIELD_GROUPS.map((group) => ({
    label: group,
    choices: RECIPIENT_FIELDS.filter((field) => GROUP_OF_FIELD[field.path] === group).map(
      (field) => ({ value: field.path, label: field.label }),
    ),
  }));
  const agentNames = agentVariables.filter((name) => !isSystemVariable(name));
  const otherNames = new Set<string>();
  for (const target of used) {
    const parts = describeTarget(target);
    if (parts.kind === 'variable' && !agentNames.includes(parts.name)) otherNames.add(parts.name);
  }
  const variables: Choice[] = [
    ...agentNames.map((name) => ({ value: variableTarget(name), label: variableLabel(name) })),
    ...[...otherNames].map((name) => ({
      value: variableTarget(name),
      label: `${variableLabel(name)} (not used by this agent)`,
    })),
  ];
  return [
    ...fields,
    ...(variables.length > 0 ? [{ label: 'The agent’s variables', choices: variables }] : []),
    {
      label: 'Other',
      choices: [
        { value: CUSTOM_FIELD_CHOICE, label: 'Custom field…' },
        { value: 'ignore', label: 'Don’t import' },
      ],
    },
  ];
}

export function choiceFor(target: ColumnTarget): string {
  return describeTarget(target).kind === 'custom_field' ? CUSTOM_FIELD_CHOICE : target;
}
