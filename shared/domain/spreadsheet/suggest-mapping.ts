import { isSystemVariable } from '../agents/placeholders';
import { findFieldForHeader, normaliseHeader } from '../recipients';
import {
  customFieldTarget,
  describeTarget,
  isListTarget,
  isRecipientFieldPath,
  variableTarget,
  type ColumnTarget,
  type MappedColumn,
} from './column-targets';

export interface SuggestMappingOptions {
  /** The agent's placeholders, spelled as the agent spells them (AgentDetails.variables). */
  agentVariables?: readonly string[];
}

const CUSTOM_FIELD_PREFIX = /^metadata\.custom_fields\.(.+)$/i;
const VARIABLE_PREFIX = /^variables\.(.+)$/i;
const PLACEHOLDER = /^\{\{\s*([^{}]+?)\s*\}\}$/;

/** "First name", "first_name", "FirstName" and "{{first_name}}" all compare as "firstname". */
export function compactName(name: string): string {
  return normaliseHeader(name).replace(/ /g, '');
}

/** A target the header names outright: a field path, a dotted path, or "{{placeholder}}". */
function explicitTarget(
  header: string,
  variableByName: Map<string, string>,
): ColumnTarget | undefined {
  const lower = header.toLowerCase();
  if (isRecipientFieldPath(lower)) return lower;
  const custom = CUSTOM_FIELD_PREFIX.exec(header);
  if (custom?.[1] !== undefined && custom[1].trim() !== '')
    return customFieldTarget(custom[1].trim());
  const variable = VARIABLE_PREFIX.exec(header);
  if (variable?.[1] !== undefined && variable[1].trim() !== '')
    return variableTarget(variable[1].trim());
  const placeholder = PLACEHOLDER.exec(header);
  if (placeholder?.[1] !== undefined) {
    const name = placeholder[1];
    return variableTarget(variableByName.get(compactName(name)) ?? name);
  }
  return undefined;
}

/**
 * A target for every column, from its heading:
 * 1. a heading that names a target outright ("phone_number", "contact_info.name",
 *    "metadata.custom_fields.account_value", "variables.first_name", "{{first_name}}");
 * 2. the first phone heading ("Telefon", "Nr telefonu", "Cellulare", "Phone Number") → phone
 *    number, ahead of everything else, because a list without it can't be called;
 * 3. a heading that matches one of the agent's placeholders ignoring case, spaces and
 *    underscores ("First name" → {{first_name}}) → that agent variable, even when it is also a
 *    field's name, because filling the agent's placeholders is what the columns are for;
 * 4. a field's name in English, Polish or Italian ("Imię i nazwisko", "Azienda",
 *    "Strefa czasowa") → that field;
 * 5. anything else → a custom field named like the heading, so no column is silently left
 *    behind; the person can still switch any column to "Don't import".
 * A single-value target goes to the first column that asks for it; later ones become custom
 * fields. List targets (tags, call times, dates) may take several columns.
 */
export function suggestMapping(
  headers: readonly string[],
  options: SuggestMappingOptions = {},
): MappedColumn[] {
  const variableByName = new Map<string, string>();
  for (const name of options.agentVariables ?? []) {
    if (isSystemVariable(name)) continue;
    const key = compactName(name);
    if (key !== '' && !variableByName.has(key)) variableByName.set(key, name);
  }

  const targets: (ColumnTarget | undefined)[] = headers.map(() => undefined);
  const taken = new Set<string>();
  const claim = (index: number, target: ColumnTarget | undefined): void => {
    if (target === undefined || targets[index] !== undefined) return;
    if (taken.has(target) && !isListTarget(target)) return;
    targets[index] = target;
    taken.add(target);
  };

  headers.forEach((header, index) => claim(index, explicitTarget(header.trim(), variableByName)));
  headers.forEach((header, index) => {
    if (findFieldForHeader(header) === 'phone_number') claim(index, 'phone_number');
  });
  headers.forEach((header, index) => {
    const name = variableByName.get(compactName(header));
    if (name !== undefined) claim(index, variableTarget(name));
  });
  headers.forEach((header, index) => claim(index, findFieldForHeader(header)));

  return headers.map((header, index) => ({
    header,
    target: targets[index] ?? uniqueCustomField(header, taken),
  }));
}

function uniqueCustomField(header: string, taken: Set<string>): ColumnTarget {
  const key = header.trim();
  let target = customFieldTarget(key);
  for (let copy = 2; taken.has(target); copy++) target = customFieldTarget(`${key} (${copy})`);
  taken.add(target);
  return target;
}

export type MappingProblemCode =
  | 'phone_unmapped'
  | 'target_repeated'
  | 'custom_field_name_empty'
  | 'variable_name_unusable'
  | 'variable_name_reserved'
  | 'variable_unmapped';

export interface MappingProblem {
  code: MappingProblemCode;
  /** 'error': the import can't go ahead like this. 'warning': it can, but check. */
  severity: 'error' | 'warning';
  message: string;
  /** Indexes of the columns concerned. */
  columns: number[];
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What is wrong with a mapping before any row is converted. */
export function checkMapping(
  mapping: readonly MappedColumn[],
  options: SuggestMappingOptions = {},
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const columnsByTarget = new Map<ColumnTarget, number[]>();
  mapping.forEach((column, index) => {
    if (column.target === 'ignore') return;
    const columns = columnsByTarget.get(column.target);
    if (columns) columns.push(index);
    else columnsByTarget.set(column.target, [index]);
  });

  if (!columnsByTarget.has('phone_number')) {
    problems.push({
      code: 'phone_unmapped',
      severity: 'error',
      message: 'Choose the column that holds the phone numbers.',
      columns: [],
    });
  }
  for (const [target, columns] of columnsByTarget) {
    const parts = describeTarget(target);
    const names = columns.map((index) => `“${mapping[index]?.header ?? ''}”`);
    if (columns.length > 1 && !isListTarget(target)) {
      problems.push({
        code: 'target_repeated',
        severity: 'error',
        message: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''} are all set to ${describeLabel(target)}. Choose one of them; import the others as custom fields or not at all.`,
        columns,
      });
    }
    if (parts.kind === 'custom_field' && parts.key.trim() === '') {
      problems.push({
        code: 'custom_field_name_empty',
        severity: 'error',
        message: `Give the custom field for ${names.join(', ')} a name.`,
        columns,
      });
    }
    if (parts.kind === 'variable') {
      if (isSystemVariable(parts.name)) {
        problems.push({
          code: 'variable_name_reserved',
          severity: 'error',
          message: `“${parts.name}” is filled in by ElevenLabs itself; choose another target for ${names.join(', ')}.`,
          columns,
        });
      } else if (!VARIABLE_NAME.test(parts.name)) {
        problems.push({
          code: 'variable_name_unusable',
          severity: 'warning',
          message: `The agent can’t use a variable called “${parts.name}”: names may only contain letters, digits and underscores.`,
          columns,
        });
      }
    }
  }
  for (const name of options.agentVariables ?? []) {
    if (isSystemVariable(name) || columnsByTarget.has(variableTarget(name))) continue;
    problems.push({
      code: 'variable_unmapped',
      severity: 'warning',
      message: `The agent uses {{${name}}}, but no column fills it in. Every call will use the campaign’s value for it, or the agent’s default.`,
      columns: [],
    });
  }
  return problems;
}

function describeLabel(target: ColumnTarget): string {
  const parts = describeTarget(target);
  if (parts.kind === 'field') return parts.field.label;
  if (parts.kind === 'variable') return `the agent variable ${parts.name}`;
  if (parts.kind === 'custom_field') return `the custom field ${parts.key}`;
  return 'nothing';
}
