import type { TFunction } from 'i18next';
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

type FieldGroup = 'phone' | 'contact' | 'preferences' | 'metadata' | 'tags';

const GROUP_OF_FIELD: Readonly<Record<RecipientFieldPath, FieldGroup>> = {
  phone_number: 'phone',
  'contact_info.name': 'contact',
  'contact_info.company': 'contact',
  'contact_info.title': 'contact',
  'contact_info.department': 'contact',
  'preferences.language': 'preferences',
  'preferences.timezone': 'preferences',
  'preferences.best_call_times': 'preferences',
  'preferences.blackout_dates': 'preferences',
  'metadata.priority': 'metadata',
  'metadata.customer_type': 'metadata',
  'metadata.tags': 'tags',
};

const FIELD_GROUPS: readonly FieldGroup[] = ['phone', 'contact', 'preferences', 'metadata', 'tags'];

/**
 * The choices for every column's select: the recipient fields by group, the agent's
 * variables, then a custom field or nothing. Variables the mapping uses but the agent doesn't
 * (from a remembered mapping or a "variables.x" heading) are listed too, marked as such.
 */
export function targetChoiceGroups(
  agentVariables: readonly string[],
  used: readonly ColumnTarget[],
  t: TFunction<['import', 'recipients']>,
): ChoiceGroup[] {
  const fields = FIELD_GROUPS.map((group) => ({
    label: t(`columns.groups.${group}`),
    choices: RECIPIENT_FIELDS.filter((field) => GROUP_OF_FIELD[field.path] === group).map(
      (field) => ({ value: field.path, label: t(`recipients:fields.${field.path}.label`) }),
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
      label: t('columns.notUsedByAgent', { name: variableLabel(name) }),
    })),
  ];
  return [
    ...fields,
    ...(variables.length > 0 ? [{ label: t('columns.groups.variables'), choices: variables }] : []),
    {
      label: t('columns.groups.other'),
      choices: [
        { value: CUSTOM_FIELD_CHOICE, label: t('columns.customField') },
        { value: 'ignore', label: t('columns.ignore') },
      ],
    },
  ];
}

export function choiceFor(target: ColumnTarget): string {
  return describeTarget(target).kind === 'custom_field' ? CUSTOM_FIELD_CHOICE : target;
}
