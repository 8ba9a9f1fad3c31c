import { recipientFieldLabel, type RecipientIssue } from '../../../../shared/domain/recipients';

export interface RecipientStatus {
  tone: 'ok' | 'warning' | 'error' | 'checking';
  /** A few words for the status column. */
  text: string;
  /** Every problem in full, for a tooltip. */
  detail: string;
}

/** What the status column says about a row. */
export function describeStatus(issues: readonly RecipientIssue[] | undefined): RecipientStatus {
  if (issues === undefined) return { tone: 'checking', text: 'Checking…', detail: '' };
  if (issues.length === 0) return { tone: 'ok', text: 'Ready', detail: 'Ready to call.' };
  const detail = issues.map((issue) => issue.message).join('\n');
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0] ?? issues[0];
  const more = (errors.length > 0 ? errors.length : issues.length) - 1;
  const suffix = more > 0 ? ` +${more}` : '';
  if (errors.length === 0) {
    const text =
      first?.code === 'duplicate_phone_number'
        ? 'Number used twice'
        : `Check ${recipientFieldLabel(first?.field ?? '').toLowerCase()}`;
    return { tone: 'warning', text: `${text}${suffix}`, detail };
  }
  return {
    tone: 'error',
    text: `Fix ${recipientFieldLabel(first?.field ?? '').toLowerCase()}${suffix}`,
    detail,
  };
}
