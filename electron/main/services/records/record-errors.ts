import { AppError } from '../../../../shared/contract/app-error';

// Failures of record files (drafts, tasks, saved results), worded for the person using the app.
// Each names the kind of record, so the task store says "task" where the draft store says
// "campaign".

/** What the person calls the records a store keeps. */
export interface RecordNoun {
  one: string;
  many: string;
}

export function recordNotFound(noun: RecordNoun): AppError {
  return new AppError(
    'not_found',
    `This ${noun.one} no longer exists. It may have been deleted in another window.`,
  );
}

export function notInBin(noun: RecordNoun): AppError {
  return new AppError(
    'not_found',
    `This ${noun.one} can no longer be restored: it is not in the bin any more.`,
  );
}

export function staleRevision(noun: RecordNoun): AppError {
  return new AppError(
    'conflict',
    `This ${noun.one} was changed in another window after you opened it, so Callsheet did not ` +
      'save over those changes. Open it again to see the latest version.',
  );
}

export function damagedRecord(noun: RecordNoun, movedTo: string): AppError {
  return new AppError(
    'not_found',
    `This ${noun.one}'s file is damaged and could not be opened. Callsheet kept it at ${movedTo} ` +
      'so nothing is lost.',
  );
}

/** A damaged file was set aside and the version saved just before it put back. */
export function recoveredMessage(
  noun: RecordNoun,
  name: string,
  reason: string,
  movedTo: string,
): string {
  return (
    `The ${noun.one} "${name}" could not be opened because ${reason}, so Callsheet went back ` +
    `to the version saved just before. The unreadable file was kept at ${movedTo}.`
  );
}

/** A damaged file was set aside and there was nothing to go back to. */
export function setAsideMessage(
  noun: RecordNoun,
  fileName: string,
  reason: string,
  movedTo: string,
): string {
  return (
    `A ${noun.one} file (${fileName}) could not be opened because ${reason}. Callsheet moved ` +
    `it to ${movedTo} so nothing overwrites it. Your other ${noun.many} are not affected.`
  );
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function becauseOf(error: unknown): string {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ' because the disk is full. Free some space and try again.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ' because it is not allowed to change its data folder.';
    default:
      return '.';
  }
}

/** A failed write, explained; the previous version of the file is still in place. */
export function saveFailed(error: unknown, noun: RecordNoun): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'internal',
    `Callsheet could not save this ${noun.one}${becauseOf(error)} The last saved version is kept.`,
  );
}

/** A failed move within a records folder (to the bin, back from it, or aside). */
export function moveFailed(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal', `Callsheet could not ${what}${becauseOf(error)}`);
}

export function readFailed(error: unknown, noun: RecordNoun): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'internal',
    errnoCode(error) === 'EACCES' || errnoCode(error) === 'EPERM'
      ? `Callsheet is not allowed to read a ${noun.one} file in its data folder.`
      : `Callsheet could not read a ${noun.one} file.`,
  );
}

/** The file on disk is shorter than what was written: most likely the disk filled up. */
export function incompleteWrite(noun: RecordNoun): AppError {
  return new AppError(
    'internal',
    `Callsheet could not save this ${noun.one} completely, probably because the disk is full. ` +
      'Free some space and it will save again. The last saved version is kept.',
  );
}
