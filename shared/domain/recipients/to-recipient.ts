import { normalizeRecipient } from './normalize-recipient';
import type { RecipientIssue } from './recipient-issues';
import { normalizerFor } from './phone-numbers';
import { RecipientSchema, type Recipient, type StoredRecipientInput } from './recipient-schema';
import { collectIssues, type RecipientValidationContext } from './validate-recipient';

export type ToRecipientResult =
  | { ok: true; recipient: Recipient; warnings: RecipientIssue[] }
  | { ok: false; issues: RecipientIssue[] };

/**
 * The valid, canonical recipient to send to ElevenLabs or plan calls with, or the problems
 * that stop it. Warnings do not stop it; they are passed along.
 */
export function toRecipient(
  stored: StoredRecipientInput,
  context: RecipientValidationContext,
): ToRecipientResult {
  const phoneNumbers = normalizerFor(context.defaultCountry, context.phoneNumbers);
  const normalized = normalizeRecipient(stored, context.defaultCountry, { phoneNumbers });
  // Checked as stored so issue paths (list positions, field names) match what the user sees.
  const issues = collectIssues(stored, phoneNumbers);
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  const parsed = RecipientSchema.safeParse(normalized);
  if (!parsed.success) {
    // The checks above and the schema disagree; refuse rather than send something unchecked.
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        code: 'invalid_value',
        message: `This value can't be used: ${issue.message}.`,
        severity: 'error',
      })),
    };
  }
  return { ok: true, recipient: parsed.data, warnings: issues };
}
