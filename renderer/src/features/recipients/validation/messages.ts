import type {
  CountryCode,
  RecipientIssue,
  ValidPhoneNumbers,
} from '../../../../../shared/domain/recipients';

// Rows travel as JSON text: a string copies far faster across to the worker than as many
// structured-cloned objects. A big list or change goes in pieces ('rows' messages, each
// made in a task of its own), so turning 100k rows into text never stalls the page; the
// message that completes it carries the version, and only that one starts a check.

export type ToValidator =
  /** Part of the next load or patch, sent ahead of it. */
  | { kind: 'rows'; rowsJson: string }
  | { kind: 'load'; version: number; defaultCountry: CountryCode; rowsJson: string }
  | { kind: 'patch'; version: number; upsertsJson: string; removed: string[] }
  | { kind: 'country'; version: number; defaultCountry: CountryCode }
  /** Numbers found valid elsewhere (an import), in pieces; they start no check. */
  | ({ kind: 'numbers' } & ValidPhoneNumbers);

/** The whole list checked as of `version` (every change up to it is included). */
export interface ListCheck {
  version: number;
  issuesById: Map<string, RecipientIssue[]>;
  duplicateIds: Set<string>;
}
