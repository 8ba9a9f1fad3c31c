import { z } from 'zod';
import type { AgentDetails } from '../agents/agent';
import {
  findFieldForHeader,
  normaliseHeader,
  recipientField,
  type RecipientFieldPath,
  type StoredRecipient,
  type StoredRecipientInput,
} from '../recipients';

/** The fixed recipient values an agent variable can be filled from. */
export const BINDABLE_FIXED_PATHS = [
  'contact_info.name',
  'contact_info.company',
  'contact_info.title',
  'contact_info.department',
  'phone_number',
  'preferences.language',
  'preferences.timezone',
  'metadata.tags',
  'metadata.priority',
  'metadata.customer_type',
] as const satisfies readonly RecipientFieldPath[];

export type BindableFixedPath = (typeof BINDABLE_FIXED_PATHS)[number];

export const CUSTOM_FIELD_PREFIX = 'metadata.custom_fields.';

/**
 * Where a recipient value is read from, spelled like the recipient issue paths so the same
 * labels apply ('contact_info.name', 'metadata.custom_fields.Shoe size').
 */
export type RecipientValuePath = BindableFixedPath | `${typeof CUSTOM_FIELD_PREFIX}${string}`;

const FIXED_PATHS: ReadonlySet<string> = new Set(BINDABLE_FIXED_PATHS);

function isBindableFixedPath(value: string): value is BindableFixedPath {
  return FIXED_PATHS.has(value);
}

export function isRecipientValuePath(value: string): value is RecipientValuePath {
  if (isBindableFixedPath(value)) return true;
  return value.startsWith(CUSTOM_FIELD_PREFIX) && value.slice(CUSTOM_FIELD_PREFIX.length) !== '';
}

export function customFieldPath(name: string): RecipientValuePath {
  return `${CUSTOM_FIELD_PREFIX}${name.trim()}`;
}

/** `{ [agentVariableName]: recipient value path }`: which recipient value fills a placeholder. */
export type VariableBindings = Readonly<Record<string, RecipientValuePath>>;

export const VariableBindingsSchema = z.record(
  z.string().max(200),
  z.custom<RecipientValuePath>(
    (value) => typeof value === 'string' && value.length <= 400 && isRecipientValuePath(value),
    { message: 'Must be a recipient field or a custom field' },
  ),
);

export interface BindableField {
  path: RecipientValuePath;
  /** The label the recipient editor uses for this value. */
  label: string;
  description: string;
  custom: boolean;
}

const TAG_SEPARATOR = ', ';

function fixedField(path: BindableFixedPath): BindableField {
  const info = recipientField(path);
  const description =
    path === 'metadata.tags'
      ? `${info.description} Sent as one text, separated by commas.`
      : info.description;
  return { path, label: info.label, description, custom: false };
}

/**
 * Every value a placeholder can be bound to: the fixed fields, then each custom field some
 * recipient has, in the order they first appear.
 */
export function listBindableFields(
  recipients: readonly Pick<StoredRecipientInput, 'metadata'>[],
): BindableField[] {
  const fields = BINDABLE_FIXED_PATHS.map(fixedField);
  const seen = new Set<string>();
  for (const recipient of recipients) {
    for (const name of Object.keys(recipient.metadata?.custom_fields ?? {})) {
      const trimmed = name.trim();
      if (trimmed === '' || seen.has(trimmed)) continue;
      seen.add(trimmed);
      fields.push({
        path: customFieldPath(trimmed),
        label: trimmed,
        description: 'A column of your spreadsheet.',
        custom: true,
      });
    }
  }
  return fields;
}

/** The label of a bound value: 'Name', 'Shoe size'. */
export function recipientValueLabel(path: RecipientValuePath): string {
  return isBindableFixedPath(path)
    ? recipientField(path).label
    : path.slice(CUSTOM_FIELD_PREFIX.length);
}

function text(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/**
 * One value of a recipient already passed through normalizeRecipient (so phone numbers are
 * E.164, languages are codes, text is trimmed), or undefined when it is blank.
 */
export function readRecipientValue(
  recipient: StoredRecipient,
  path: RecipientValuePath,
): string | undefined {
  switch (path) {
    case 'phone_number':
      return text(recipient.phone_number);
    case 'contact_info.name':
      return text(recipient.contact_info.name);
    case 'contact_info.company':
      return text(recipient.contact_info.company);
    case 'contact_info.title':
      return text(recipient.contact_info.title);
    case 'contact_info.department':
      return text(recipient.contact_info.department);
    case 'preferences.language':
      return text(recipient.preferences.language);
    case 'preferences.timezone':
      return text(recipient.preferences.timezone);
    case 'metadata.tags':
      return text(recipient.metadata.tags.join(TAG_SEPARATOR));
    case 'metadata.priority':
      return text(recipient.metadata.priority);
    case 'metadata.customer_type':
      return text(recipient.metadata.customer_type);
    default: {
      const name = path.slice(CUSTOM_FIELD_PREFIX.length);
      const fields = recipient.metadata.custom_fields;
      return Object.hasOwn(fields, name) ? text(fields[name]) : undefined;
    }
  }
}

function compact(name: string): string {
  return normaliseHeader(name).replace(/ /g, '');
}

/**
 * Bindings worth proposing for variables nobody has bound yet: `customer_name`, `nome` or
 * `imie` → Name, `company` → Company, and a variable spelled like a custom field (ignoring
 * case, spaces and underscores) → that field. Only a proposal: the user confirms it.
 */
export function suggestBindings(
  agent: Pick<AgentDetails, 'variables'>,
  recipients: readonly Pick<StoredRecipientInput, 'metadata'>[],
  existing: VariableBindings = {},
): Record<string, RecipientValuePath> {
  const customByCompactName = new Map<string, RecipientValuePath>();
  for (const field of listBindableFields(recipients)) {
    if (!field.custom) continue;
    const key = compact(field.label);
    if (!customByCompactName.has(key)) customByCompactName.set(key, field.path);
  }
  const suggestions: [string, RecipientValuePath][] = [];
  for (const name of agent.variables) {
    if (Object.hasOwn(existing, name)) continue;
    const custom = customByCompactName.get(compact(name));
    const fixed = findFieldForHeader(name);
    const path = custom ?? (fixed !== undefined && isBindableFixedPath(fixed) ? fixed : undefined);
    if (path !== undefined) suggestions.push([name, path]);
  }
  // Built from pairs: a variable may be called __proto__, which assignment would swallow.
  return Object.fromEntries(suggestions);
}
