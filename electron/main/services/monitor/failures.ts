import { AppError } from '../../../../shared/contract/app-error';
import { elevenLabsErrorToAppError } from '../elevenlabs/error-mapping';

/** Any failure as the AppError the user would be shown, so it can be told apart by code. */
export function failureOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return (
    elevenLabsErrorToAppError(error) ??
    new AppError('internal', 'Something went wrong while following the calls.')
  );
}
