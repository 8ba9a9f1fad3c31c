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
