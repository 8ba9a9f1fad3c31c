import type { RecipientCallStatus } from '../../../../shared/domain/calls/batch';
import type { BatchViewRecipient } from '../../../../shared/domain/results';

export interface CallFilter {
  status: RecipientCallStatus | 'all';
  /** Part of a name or of a number, as typed. */
  search: string;
}

/** Ł has no decomposition, so it is mapped by hand. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l');
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The calls to list. Names match case- and accent-insensitively ("wisniewska" finds
 * Wiśniewska); numbers match on their digits, so "600 700" finds +48600700800.
 */
export function filterCalls(
  calls: readonly BatchViewRecipient[],
  filter: CallFilter,
): readonly BatchViewRecipient[] {
  const text = fold(filter.search.trim());
  const digits = digitsOf(filter.search);
  if (filter.status === 'all' && text === '') return calls;
  return calls.filter((call) => {
    if (filter.status !== 'all' && call.status !== filter.status) return false;
    if (text === '') return true;
    const name = call.person?.contact_info.name;
    if (name !== undefined && fold(name).includes(text)) return true;
    const number = call.phoneNumber ?? call.person?.phone_number ?? '';
    return digits.length > 0 && digitsOf(number).includes(digits);
  });
}
