import { groupDuplicates } from './duplicate-phone-numbers';
import { normalizerFor } from './phone-numbers';
import type { RecipientIssue } from './recipient-issues';
import type { StoredRecipientInput } from './recipient-schema';
import { collectIssues, type RecipientValidationContext } from './validate-recipient';

export interface RecipientListValidation {
  /** Only recipients with at least one issue appear. */
  issuesById: Map<string, RecipientIssue[]>;
  /** E.164 number → ids of the recipients sharing it, in list order. */
  duplicateGroups: Map<string, string[]>;
  /** Recipients with at least one error, i.e. that cannot be called as they are. */
  invalidCount: number;
  /** Recipients with warnings only. */
  warningCount: number;
}

function describeOthers(
  others: readonly string[],
  nameOf: (id: string) => string | undefined,
): string {
  const first = others[0];
  const firstName = first === undefined ? undefined : nameOf(first);
  if (others.length === 1) {
    return firstName
      ? `${firstName} has the same phone number`
      : 'Another recipient has the same phone number';
  }
  return firstName
    ? `${firstName} and ${others.length - 1} more have the same phone number`
    : `${others.length} other recipients have the same phone number`;
}

/**
 * Validates a whole list in one pass: each recipient's own issues, plus a warning on every
 * recipient whose number someone else on the list also has (calling it once per row is almost
 * never intended, but it is the user's call, so it is not an error), plus an error on ids used
 * twice (the editor could not tell those rows apart).
 */
export function validateRecipients(
  recipients: readonly StoredRecipientInput[],
  context: RecipientValidationContext,
): RecipientListValidation {
  const phoneNumbers = normalizerFor(context.defaultCountry, context.phoneNumbers);
  const issuesById = new Map<string, RecipientIssue[]>();
  const seenIds = new Set<string>();

  for (const recipient of recipients) {
    const issues = collectIssues(recipient, phoneNumbers);
    if (seenIds.has(recipient.id)) {
      issues.push({
        field: 'id',
        code: 'duplicate_id',
        message: 'Another row has the same ID, so the two rows cannot be told apart.',
        severity: 'error',
      });
    }
    seenIds.add(recipient.id);
    if (issues.length > 0) {
      const existing = issuesById.get(recipient.id);
      if (existing) existing.push(...issues);
      else issuesById.set(recipient.id, issues);
    }
  }

  // The normaliser has cached every number above, so this pass parses nothing.
  const duplicateGroups = groupDuplicates(recipients, (recipient) => {
    const result = phoneNumbers.normalize(recipient.phone_number);
    return result.ok ? result.e164 : undefined;
  });

  if (duplicateGroups.size > 0) {
    const nameById = new Map<string, string>();
    for (const ids of duplicateGroups.values()) for (const id of ids) nameById.set(id, '');
    for (const recipient of recipients) {
      if (nameById.has(recipient.id))
        nameById.set(recipient.id, recipient.contact_info?.name?.trim() ?? '');
    }
    const nameOf = (id: string) => nameById.get(id) || undefined;
    for (const ids of duplicateGroups.values()) {
      const times = ids.length === 2 ? 'twice' : `${ids.length} times`;
      ids.forEach((id, position) => {
        const others = ids.filter((_, index) => index !== position);
        const otherName = others[0] === undefined ? undefined : nameOf(others[0]);
        const issue: RecipientIssue = {
          field: 'phone_number',
          code: 'duplicate_phone_number',
          message: `${describeOthers(others, nameOf)}, so this number would be called ${times}.`,
          params: { others: others.length, ...(otherName ? { otherName } : {}) },
          severity: 'warning',
        };
        const existing = issuesById.get(id);
        if (existing) existing.push(issue);
        else issuesById.set(id, [issue]);
      });
    }
  }

  let invalidCount = 0;
  let warningCount = 0;
  for (const issues of issuesById.values()) {
    if (issues.some((issue) => issue.severity === 'error')) invalidCount++;
    else warningCount++;
  }
  return { issuesById, duplicateGroups, invalidCount, warningCount };
}
