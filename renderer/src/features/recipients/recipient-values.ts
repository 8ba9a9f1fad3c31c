import type { RecipientIssue, StoredRecipient } from '../../../../shared/domain/recipients';

/** The single-text fields the table and the bulk editor can set. */
export type TextFieldPath =
  | 'phone_number'
  | 'contact_info.name'
  | 'contact_info.company'
  | 'contact_info.title'
  | 'contact_info.department'
  | 'preferences.language'
  | 'preferences.timezone'
  | 'metadata.priority'
  | 'metadata.customer_type';

type GroupName = 'contact_info' | 'preferences' | 'metadata';

/** A copy of the recipient with some values of one group replaced. */
export function patchGroup<G extends GroupName>(
  row: StoredRecipient,
  group: G,
  patch: Partial<StoredRecipient[G]>,
): StoredRecipient {
  return { ...row, [group]: { ...row[group], ...patch } };
}

function splitPath(path: Exclude<TextFieldPath, 'phone_number'>) {
  const [group, key] = path.split('.') as [GroupName, string];
  return { group, key };
}

export function readText(row: StoredRecipient, path: TextFieldPath): string {
  if (path === 'phone_number') return row.phone_number;
  const { group, key } = splitPath(path);
  return ((row[group] as Record<string, unknown>)[key] as string | undefined) ?? '';
}

/** Sets one text field; an empty value removes it, as a blank spreadsheet cell would. */
export function writeText(
  row: StoredRecipient,
  path: TextFieldPath,
  text: string,
): StoredRecipient {
  if (path === 'phone_number') return { ...row, phone_number: text };
  const { group, key } = splitPath(path);
  const others = Object.entries(row[group]).filter(([name]) => name !== key);
  const values = Object.fromEntries(text.trim() === '' ? others : [...others, [key, text]]);
  return { ...row, [group]: values };
}

/** Tags as one line of text for a table cell. */
export function tagsText(row: StoredRecipient): string {
  return row.metadata.tags.join(', ');
}

/** A cell's tags back into a list: commas and semicolons separate tags, as in spreadsheets. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Whether an issue is about this field (or one entry of it, for lists). */
function isAbout(issue: RecipientIssue, path: string): boolean {
  return issue.field === path || issue.field.startsWith(`${path}.`);
}

/** The first problem reported for the field, errors before warnings. */
export function problemFor(
  issues: readonly RecipientIssue[] | undefined,
  path: string,
): RecipientIssue | undefined {
  let warning: RecipientIssue | undefined;
  for (const issue of issues ?? []) {
    if (!isAbout(issue, path)) continue;
    if (issue.severity === 'error') return issue;
    warning ??= issue;
  }
  return warning;
}

/** Problems of a list field by entry position (issue paths end in the position). */
export function problemsByPosition(
  issues: readonly RecipientIssue[] | undefined,
  path: string,
): Map<number, RecipientIssue> {
  const problems = new Map<number, RecipientIssue>();
  for (const issue of issues ?? []) {
    if (!issue.field.startsWith(`${path}.`)) continue;
    const position = Number(issue.field.slice(path.length + 1));
    if (Number.isInteger(position) && !problems.has(position)) problems.set(position, issue);
  }
  return problems;
}
