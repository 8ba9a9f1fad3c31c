import { AppError } from '../../../../shared/contract/app-error';
import type { RecordNoun } from '../records/record-errors';

// Failures only campaign drafts have, worded for the person using the app. Those of their
// files are the record files' (see records/record-errors), said of a campaign.

export const CAMPAIGN: RecordNoun = { one: 'campaign', many: 'campaigns' };

export function launchedDraftIsReadOnly(): AppError {
  return new AppError(
    'conflict',
    'This campaign has already been launched, so it can no longer be changed. Duplicate it to ' +
      'start a new campaign from it.',
  );
}

export function alreadyLaunched(): AppError {
  return new AppError('conflict', 'This campaign has already been launched.');
}

export function incompleteUpload(): AppError {
  return new AppError(
    'internal',
    'Callsheet did not receive all of this campaign’s recipients, so it did not save them. It will try again.',
  );
}

export function tooManyRecipients(max: number): AppError {
  return new AppError(
    'validation',
    `A campaign can have at most ${max.toLocaleString('en-US')} recipients.`,
  );
}
