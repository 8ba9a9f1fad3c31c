import type { CountryCode, RecipientIssue } from '../../../../../shared/domain/recipients';

// Rows travel as JSON text: one string copies far faster across to the worker than 100k
// structured-cloned objects, which would stall the page while the list opens.

export type ToValidator =
  | { kind: 'load'; version: number; defaultCountry: CountryCode; rowsJson: string }
  | { kind: 'patch'; version: number; upsertsJson: string; removed: string[] }
  | { kind: 'country'; version: number; defaultCountry: CountryCode };

/** The whole list checked as of `version` (every change up to it is included). */
export interface ListCheck {
  version: number;
  issuesById: Map<string, RecipientIssue[]>;
  duplicateIds: Set<string>;
}
