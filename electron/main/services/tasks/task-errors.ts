import { AppError } from '../../../../shared/contract/app-error';

// Failures of running a task, worded for the person using the app. Those of its file are the
// record files' (records/record-errors), said of a task (see TASK).

export function alreadyRunning(): AppError {
  return new AppError('conflict', 'This task is already running.');
}

export function notRunning(): AppError {
  return new AppError('conflict', 'This task is not running.');
}

export function neverRun(): AppError {
  return new AppError('conflict', 'This task has not been run yet.');
}

export function notWaiting(): AppError {
  return new AppError(
    'conflict',
    'This task is not waiting for you: it is still calling, or it has finished.',
  );
}

export function runningTaskCannotBeDeleted(): AppError {
  return new AppError('conflict', 'This task is running. Stop it first, then delete it.');
}

export function phoneNumberGone(): AppError {
  return new AppError(
    'not_found',
    'The phone number chosen for this task is no longer in your workspace. Choose another one.',
    { field: 'phoneNumber' },
  );
}

export function phoneNumberCannotCallOut(): AppError {
  return new AppError(
    'validation',
    'The phone number chosen for this task cannot make outgoing calls. Choose another one.',
    { field: 'phoneNumber' },
  );
}

export function callNotFollowable(): AppError {
  return new AppError(
    'server_error',
    'ElevenLabs accepted the call but did not say how to follow it, so Callsheet stopped here.',
  );
}
