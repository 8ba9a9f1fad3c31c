import {
  readPriority,
  PRIORITIES,
  type RecipientIssue,
  type StoredRecipient,
} from '../../../../shared/domain/recipients';

export type SortColumn =
  'phone' | 'name' | 'company' | 'language' | 'timezone' | 'priority' | 'tags' | 'status';

/** Which rows to show by their validation state. */
export type ShowFilter = 'all' | 'attention' | 'duplicates';

/** The priority filter's value for rows without a priority. */
export const NO_PRIORITY = 'none';

export interface RecipientQuery {
  search: string;
  show: ShowFilter;
  tag: string | null;
  priority: string | null;
  sort: { column: SortColumn; descending: boolean } | null;
}

export const ALL_RECIPIENTS: RecipientQuery = {
  search: '',
  show: 'all',
  tag: null,
  priority: null,
  sort: null,
};

export interface ViewContext {
  /** The row's issues; undefined while the list has not been checked yet. */
  issuesOf: (id: string) => readonly RecipientIssue[] | undefined;
  duplicateIds: ReadonlySet<string> | null;
}

const PHONE_LIKE = /^[\d\s+\-()./]+$/;

function searchText(row: StoredRecipient): string {
  const { contact_info: contact, preferences, metadata } = row;
  return [
    row.phone_number,
    contact.name,
    contact.company,
    contact.title,
    contact.department,
    preferences.language,
    preferences.timezone,
    ...metadata.tags,
  ]
    .join('\n')
    .toLowerCase();
}

function matcher(search: string): ((row: StoredRecipient) => boolean) | null {
  const needle = search.trim().toLowerCase();
  if (needle === '') return null;
  const digits = needle.replace(/\D/g, '');
  // "600 700" finds +48600700800 however the number was typed.
  const byDigits = PHONE_LIKE.test(needle) && digits.length >= 3;
  return (row) =>
    searchText(row).includes(needle) ||
    (byDigits && row.phone_number.replace(/\D/g, '').includes(digits));
}

function priorityOf(row: StoredRecipient): string {
  const raw = row.metadata.priority;
  if (raw === undefined || raw.trim() === '') return NO_PRIORITY;
  return readPriority(raw) ?? raw.trim().toLowerCase();
}

/** Accent- and case-blind, so Łukasz sorts next to Lukas rather than after Zofia. */
function fold(text: string | undefined): string {
  // Empty values go last.
  if (text === undefined || text.trim() === '') return '\uffff';
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function statusRank(issues: readonly RecipientIssue[] | undefined): number {
  if (issues === undefined) return 3;
  if (issues.some((issue) => issue.severity === 'error')) return 0;
  return issues.length > 0 ? 1 : 2;
}

function sortKey(row: StoredRecipient, column: SortColumn, context: ViewContext): string | number {
  switch (column) {
    case 'phone':
      return fold(row.phone_number);
    case 'name':
      return fold(row.contact_info.name);
    case 'company':
      return fold(row.contact_info.company);
    case 'language':
      return fold(row.preferences.language);
    case 'timezone':
      return fold(row.preferences.timezone);
    case 'tags':
      return fold(row.metadata.tags.join(', '));
    case 'priority': {
      // Most urgent first.
      const rank = PRIORITIES.indexOf(priorityOf(row) as (typeof PRIORITIES)[number]);
      return rank === -1 ? PRIORITIES.length : PRIORITIES.length - 1 - rank;
    }
    case 'status':
      return statusRank(context.issuesOf(row.id));
  }
}

/** The ids to show, in order. Plain comparisons on precomputed keys keep 100k rows fast. */
export function computeView(
  recipients: readonly StoredRecipient[],
  query: RecipientQuery,
  context: ViewContext,
): string[] {
  const matches = matcher(query.search);
  const shown: StoredRecipient[] = [];
  for (const row of recipients) {
    if (query.show === 'attention' && (context.issuesOf(row.id)?.length ?? 0) === 0) continue;
    if (query.show === 'duplicates' && !context.duplicateIds?.has(row.id)) continue;
    if (query.tag !== null && !row.metadata.tags.includes(query.tag)) continue;
    if (query.priority !== null && priorityOf(row) !== query.priority) continue;
    if (matches && !matches(row)) continue;
    shown.push(row);
  }
  const sort = query.sort;
  if (!sort) return shown.map((row) => row.id);
  const keys = shown.map((row) => sortKey(row, sort.column, context));
  const order = shown.map((_, position) => position);
  const direction = sort.descending ? -1 : 1;
  order.sort((a, b) => {
    const left = keys[a] ?? '';
    const right = keys[b] ?? '';
    return left < right ? -direction : left > right ? direction : 0;
  });
  return order.map((position) => shown[position]?.id ?? '');
}

/** Every tag on the list, for the tag filter. */
export function collectTags(recipients: readonly StoredRecipient[]): string[] {
  const tags = new Set<string>();
  for (const row of recipients) for (const tag of row.metadata.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
